// Setting up an account with a code from the clinic (#/activate/{code}, or #/activate to type
// one), signed out: the code is checked, the person chooses a password, and is told the name
// they sign in with. The same page sets a new password after a reset.
import { api, ApiError } from "../api.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, report } from "../forms.js";

const MIN_LENGTH = 10; // the server's MIN_PASSWORD_LENGTH
const ASK_AGAIN = "Ask your counselor or the clinic for a new code. It only takes them a minute.";

// `code`: from the link, or "" to type one. `toSignIn(name)`: the sign-in screen, name filled in.
export async function activateScreen({ code, toSignIn }) {
  const view = h("div", { class: "view activate" });
  if (!code) codeStep(view, toSignIn);
  else await checkStep(view, code, toSignIn);
  return view;
}

function replace(view, ...children) {
  view.replaceChildren(...children);
  (view.querySelector("[data-focus]") || view.querySelector("h1"))?.focus();
}

// Why a code cannot be used, in the server's words when it gave them.
function codeRefused(err) {
  if (err.status === 429) {
    return err.detail || "Too many tries with this code. It is locked now.";
  }
  if ([400, 404, 410, 422].includes(err.status)) {
    return err.detail || "This code has been used, has expired or is not right.";
  }
  return err.detail;
}

function codeStep(view, toSignIn, { value = "", problem = "" } = {}) {
  const summary = errorSummary("code-summary");
  const code = input("activation-code", {
    value, autocomplete: "one-time-code", autocapitalize: "none", spellcheck: "false", maxlength: 64,
  });
  const button = h("button", { type: "submit", class: "button primary" }, "Continue");
  const form = h("form", { class: "stack", novalidate: true, onSubmit: go },
    field("activation-code", "Your code", code, "It is on the paper or in the message from your counselor or the clinic."),
    button);
  async function go(event) {
    event.preventDefault();
    if (button.disabled) return;
    const typed = code.value.trim();
    if (!typed) return report(summary, form, [{ field: "activation-code", message: "Enter the code you were given." }]);
    button.disabled = true;
    try {
      const found = await api.checkActivation(typed);
      passwordStep(view, typed, found, toSignIn);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      report(summary, form, [{ field: err.offline ? null : "activation-code", message: codeRefused(err) }]);
    } finally {
      button.disabled = false;
    }
  }
  replace(view,
    heading("Set up your account"),
    h("p", {}, "Your counselor or the clinic gave you a code. Type it here to choose your password."),
    summary, form,
    h("p", { class: "back" }, h("a", { href: "#", onClick: (event) => { event.preventDefault(); toSignIn(""); } }, "Back to sign in")));
  if (problem) report(summary, form, [{ field: "activation-code", message: problem }]);
}

async function checkStep(view, code, toSignIn) {
  try {
    passwordStep(view, code, await api.checkActivation(code), toSignIn);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.offline) throw err; // the app shows "No connection" with a way to try again
    refusedStep(view, codeRefused(err), toSignIn);
  }
}

function refusedStep(view, message, toSignIn) {
  replace(view,
    heading("This code cannot be used"),
    h("p", { class: "notice", role: "status" }, message),
    h("p", {}, ASK_AGAIN),
    h("div", { class: "actions row" },
      h("button", { type: "button", class: "button secondary", onClick: () => {
        history.replaceState(null, "", "#/activate"); // not this code again on a reload
        codeStep(view, toSignIn);
      } }, "Type a different code"),
      h("button", { type: "button", class: "button secondary", onClick: () => toSignIn("") }, "Go to sign in")));
}

function passwordStep(view, code, found, toSignIn) {
  const reset = found.purpose === "reset";
  const summary = errorSummary("password-summary");
  const first = input("new-password", { type: "password", autocomplete: "new-password", maxlength: 256 });
  const second = input("new-password-again", { type: "password", autocomplete: "new-password", maxlength: 256 });
  const reveal = h("input", { type: "checkbox", id: "show-password", onChange: () => {
    for (const box of [first, second]) box.type = reveal.checked ? "text" : "password";
  } });
  const button = h("button", { type: "submit", class: "button primary" }, reset ? "Save new password" : "Set up my account");
  const form = h("form", { class: "stack", novalidate: true, onSubmit: save },
    h("input", { type: "text", name: "username", autocomplete: "username", value: found.sign_in_name, hidden: true, readonly: true }),
    field("new-password", reset ? "New password" : "Choose a password", first,
      `At least ${MIN_LENGTH} characters. A few words you will remember work well. Not your name or email.`),
    field("new-password-again", "Type it again", second),
    h("label", { class: "choice" }, reveal, "Show the password"),
    button);

  function problems() {
    if (!first.value) return [{ field: "new-password", message: "Choose a password." }];
    if (first.value.length < MIN_LENGTH) {
      return [{ field: "new-password", message: `Your password needs at least ${MIN_LENGTH} characters. It has ${first.value.length}.` }];
    }
    if (first.value !== second.value) {
      return [{ field: "new-password-again", message: "The two passwords are different. Type the same password twice." }];
    }
    return [];
  }

  async function save(event) {
    event.preventDefault();
    if (button.disabled) return;
    const wrong = problems();
    report(summary, form, wrong);
    if (wrong.length) return;
    button.disabled = true;
    try {
      const done = await api.activate(code, first.value);
      doneStep(view, done.sign_in_name || found.sign_in_name, reset, toSignIn);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if ([404, 410, 429].includes(err.status)) return refusedStep(view, codeRefused(err), toSignIn);
      report(summary, form, [{ field: err.offline ? null : "new-password", message: err.detail }]);
    } finally {
      button.disabled = false;
    }
  }

  replace(view,
    heading(reset ? `Hello, ${found.name}` : `Welcome, ${found.name}`),
    h("p", {}, reset
      ? "Choose a new password. Your old one stops working."
      : "Choose a password to finish setting up your account."),
    h("p", {}, "You will sign in as ", h("strong", { class: "sign-in-name" }, found.sign_in_name), "."),
    summary, form);
}

function doneStep(view, name, reset, toSignIn) {
  if (location.hash) history.replaceState(null, "", location.pathname); // the code is spent
  replace(view,
    heading(reset ? "Your password is saved" : "Your account is ready"),
    h("p", { class: "notice", role: "status" }, "You can sign in now as ", h("strong", { class: "sign-in-name" }, name), "."),
    name.includes("@") ? null : h("p", {}, "Keep your sign-in name somewhere safe. Your counselor can remind you of it."),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button primary", onClick: () => toSignIn(name) }, "Go to sign in")));
}
