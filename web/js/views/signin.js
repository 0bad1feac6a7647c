import { h, heading } from "../dom.js";
import { lang, t } from "../i18n.js";

// The sign-in screen. `signIn(email, password)` resolves when signed in (the app then shows
// another view) or throws an ApiError whose detail is shown in the live region. Clients without
// an email sign in with a name the clinic gave them (maria-4821), so the field takes either.
// `name`: filled in (after setting up an account).
export function signInView({ signIn, message = "", name = "", chooseLanguage }) {
  const field = (id, label, attributes) =>
    h("div", { class: "field" }, h("label", { for: id }, label),
      h("input", { id, name: id, required: true, "aria-describedby": "signin-error", ...attributes }));
  const emailField = field("email", t("Email or sign-in name"), {
    type: "text", autocomplete: "username", autocapitalize: "none", spellcheck: "false", value: name,
  });
  const passwordField = field("password", t("Password"), { type: "password", autocomplete: "current-password" });
  const email = emailField.querySelector("input");
  const password = passwordField.querySelector("input");
  const button = h("button", { type: "submit", class: "button primary" }, t("Sign in"));
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
      showError(address ? t("Enter your password.") : t("Enter your email or sign-in name."), address ? password : email);
      return;
    }
    error.textContent = "";
    button.disabled = true;
    button.textContent = t("Signing in…");
    try {
      await signIn(address, password.value);
    } catch (err) {
      password.value = "";
      showError(err.detail || t("Sign-in failed. Please try again."), password);
    } finally {
      button.disabled = false;
      button.textContent = t("Sign in");
    }
  }

  return h("div", { class: "view signin" },
    languageSwitch(chooseLanguage),
    heading(t("Sign in")),
    message ? h("p", { class: "notice", role: "status" }, message) : null,
    h("form", { class: "stack", novalidate: true, onSubmit: submit },
      emailField, passwordField, error, button),
    h("p", { class: "hint" }, t("Forgot your password? Ask your counselor or the clinic to reset it.")),
    h("p", { class: "have-code" }, t("New here, or was your password reset?"), " ", h("a", { href: "#/activate" }, t("I have a code"))));
}

// English | Español, each written in its own language (and marked so for screen readers), before
// anyone signs in: the choice is kept for the account at sign-in.
const LANGUAGE_NAMES = { en: "English", es: "Español" }; // not text: each name in its own language

function languageSwitch(chooseLanguage) {
  if (!chooseLanguage) return null;
  return h("div", { class: "language-switch", role: "group", "aria-label": t("Language") },
    Object.entries(LANGUAGE_NAMES).map(([code, name]) =>
      h("button", { type: "button", lang: code, "aria-pressed": String(lang() === code),
        onClick: () => chooseLanguage(code) }, name)));
}
