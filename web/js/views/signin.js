import { h, heading } from "../dom.js";

// The sign-in screen. `signIn(email, password)` resolves when signed in (the app then shows
// another view) or throws an ApiError whose detail is shown in the live region. Clients without
// an email sign in with a name the clinic gave them (maria-4821), so the field takes either.
// `name`: filled in (after setting up an account).
export function signInView({ signIn, message = "", name = "" }) {
  const field = (id, label, attributes) =>
    h("div", { class: "field" }, h("label", { for: id }, label),
      h("input", { id, name: id, required: true, "aria-describedby": "signin-error", ...attributes }));
  const emailField = field("email", "Email or sign-in name", {
    type: "text", autocomplete: "username", autocapitalize: "none", spellcheck: "false", value: name,
  });
  const passwordField = field("password", "Password", { type: "password", autocomplete: "current-password" });
  const email = emailField.querySelector("input");
  const password = passwordField.querySelector("input");
  const button = h("button", { type: "submit", class: "button primary" }, "Sign in");
  const error = h("p", { id: "signin-error", class: "form-error", "aria-live": "polite" });

  function showError(text, focus) {
    error.textContent = text;
    for (const input of [email, password]) input.setAttribute("aria-invalid", String(input === focus));
    focus.focus();
  }

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    const address = email.value.trim();
    if (!address || !password.value) {
      showError(address ? "Enter your password." : "Enter your email or sign-in name.", address ? password : email);
      return;
    }
    error.textContent = "";
    button.disabled = true;
    button.textContent = "Signing in…";
    try {
      await signIn(address, password.value);
    } catch (err) {
      password.value = "";
      showError(err.detail || "Sign-in failed. Please try again.", password);
    } finally {
      button.disabled = false;
      button.textContent = "Sign in";
    }
  }

  return h("div", { class: "view signin" },
    heading("Sign in"),
    message ? h("p", { class: "notice", role: "status" }, message) : null,
    h("form", { class: "stack", novalidate: true, onSubmit: submit },
      emailField, passwordField, error, button),
    h("p", { class: "hint" }, "Forgot your password? Ask your counselor or the clinic to reset it."),
    h("p", { class: "have-code" }, "New here, or was your password reset? ", h("a", { href: "#/activate" }, "I have a code")));
}
