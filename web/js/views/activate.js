// Setting up an account with a code from the clinic (#/activate/{code}, or #/activate to type
// one), signed out: the code is checked, the person chooses a password, and is told the name
// they sign in with. The same page sets a new password after a reset. The language the page is
// in (the device's, or chosen at the top) becomes the account's with the password.
import { api, ApiError } from "../api.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, report } from "../forms.js";
import { N_, lang, locale, t, use } from "../i18n.js";

await use("views/activate");

const MIN_LENGTH = 10; // the server's MIN_PASSWORD_LENGTH
const ASK_AGAIN = N_("Ask your counselor or the clinic for a new code. It only takes them a minute.");

// --- the language: English | Español ------------------------------------------------------

// Each name written in its own language, and marked so for screen readers, whatever the page's.
const LANGUAGE_NAMES = [["en", "English"], ["es", "Español"]]; // not text: the same in every language

// Two radio buttons (ids language-en, language-es), the current language checked. `onChoose(code)`
// runs when the other one is chosen. `labelledBy`: the id of a heading that names the group
// (Settings); without it the group has its own legend.
export function languageChoice({ current = lang(), onChoose, labelledBy = null }) {
  return h("fieldset", { class: "question language-choice", "aria-labelledby": labelledBy },
    labelledBy ? null : h("legend", {}, t("Language")),
    h("div", { class: "choices" }, LANGUAGE_NAMES.map(([code, name]) => h("label", { class: "choice chip", lang: code },
      h("input", { type: "radio", name: "language", id: `language-${code}`, value: code, checked: code === current,
        onChange: (event) => event.target.checked && code !== current && onChoose(code) }),
      name))));
}

// The step on screen, to draw again in the other language without asking the server again (a
// typed code and password stay), and the language just chosen, whose radio then keeps focus.
let shown = null;
let chosen = null;
let picked = false; // a language was chosen on this screen (a reset keeps the account's otherwise)

// `code`: from the link, or "" to type one. `toSignIn(name)`: the sign-in screen, name filled in.
// `chooseLanguage(language)`: switches the page's language and draws this screen again.
export async function activateScreen({ code, toSignIn, chooseLanguage }) {
  const view = h("div", { class: "view activate" });
  const context = { toSignIn, chooseLanguage };
  const again = chosen && shown;
  const focus = chosen;
  chosen = null;
  if (again) again(view, context);
  else if (!code) codeStep(view, context);
  else await checkStep(view, code, context);
  view.querySelector(`#language-${focus}`)?.setAttribute("data-focus", "");
  return view;
}

// `draw(view, context)` draws this step again after a change of language.
function replace(view, context, draw, ...children) {
  shown = draw;
  const choice = context.chooseLanguage ? languageChoice({ onChoose: (language) => {
    chosen = language;
    picked = true;
    context.chooseLanguage(language);
  } }) : null;
  view.replaceChildren(...[choice, ...children].filter(Boolean));
  (view.querySelector("[data-focus]") || view.querySelector("h1"))?.focus();
}

// Why a code cannot be used, in the server's words when it gave them.
function codeRefused(err) {
  if (err.status === 429) {
    return err.detail || t("Too many tries with this code. It is locked now.");
  }
  if ([400, 404, 410, 422].includes(err.status)) {
    return err.detail || t("This code has been used, has expired or is not right.");
  }
  return err.detail;
}

function codeStep(view, context, { value = "", problem = "" } = {}) {
  const summary = errorSummary("code-summary");
  const code = input("activation-code", {
    value, autocomplete: "one-time-code", autocapitalize: "none", spellcheck: "false", maxlength: 64,
  });
  const button = h("button", { type: "submit", class: "button primary" }, t("Continue"));
  const form = h("form", { class: "stack", novalidate: true, onSubmit: go },
    field("activation-code", t("Your code"), code, t("It is on the paper or in the message from your counselor or the clinic.")),
    button);
  async function go(event) {
    event.preventDefault();
    if (button.disabled) return;
    const typed = code.value.trim();
    if (!typed) return report(summary, form, [{ field: "activation-code", message: t("Enter the code you were given.") }]);
    button.disabled = true;
    try {
      const found = await api.checkActivation(typed);
      passwordStep(view, typed, found, context);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      report(summary, form, [{ field: err.offline ? null : "activation-code", message: codeRefused(err) }]);
    } finally {
      button.disabled = false;
    }
  }
  replace(view, context, (again, next) => codeStep(again, next, { value: code.value }),
    heading(t("Set up your account")),
    h("p", {}, t("Your counselor or the clinic gave you a code. Type it here to choose your password.")),
    summary, form,
    h("p", { class: "back" }, h("a", { href: "#", onClick: (event) => { event.preventDefault(); context.toSignIn(""); } }, t("Back to sign in"))));
  if (problem) report(summary, form, [{ field: "activation-code", message: problem }]);
}

async function checkStep(view, code, context) {
  try {
    passwordStep(view, code, await api.checkActivation(code), context);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.offline) throw err; // the app shows "No connection" with a way to try again
    refusedStep(view, err, context);
  }
}

function refusedStep(view, err, context) {
  replace(view, context, (again, next) => refusedStep(again, err, next),
    heading(t("This code cannot be used")),
    h("p", { class: "notice", role: "status" }, codeRefused(err)),
    h("p", {}, t(ASK_AGAIN)),
    h("div", { class: "actions row" },
      h("button", { type: "button", class: "button secondary", onClick: () => {
        history.replaceState(null, "", "#/activate"); // not this code again on a reload
        codeStep(view, context);
      } }, t("Type a different code")),
      h("button", { type: "button", class: "button secondary", onClick: () => context.toSignIn("") }, t("Go to sign in"))));
}

// "You will sign in as maria-4821.": the whole sentence from the catalog, the name in bold.
function withName(sentence, name) {
  const [before, after = ""] = sentence.split("{name}");
  return [before, h("strong", { class: "sign-in-name" }, name), after];
}

function passwordStep(view, code, found, context, typed = ["", ""]) {
  const reset = found.purpose === "reset";
  const summary = errorSummary("password-summary");
  const first = input("new-password", { type: "password", autocomplete: "new-password", maxlength: 256 });
  const second = input("new-password-again", { type: "password", autocomplete: "new-password", maxlength: 256 });
  [first.value, second.value] = typed;
  const reveal = h("input", { type: "checkbox", id: "show-password", onChange: () => {
    for (const box of [first, second]) box.type = reveal.checked ? "text" : "password";
  } });
  const button = h("button", { type: "submit", class: "button primary" }, reset ? t("Save new password") : t("Set up my account"));
  const form = h("form", { class: "stack", novalidate: true, onSubmit: save },
    h("input", { type: "text", name: "username", autocomplete: "username", value: found.sign_in_name, hidden: true, readonly: true }),
    field("new-password", reset ? t("New password") : t("Choose a password"), first,
      t("At least {min} characters. A few words you will remember work well. Not your name or email.", { min: MIN_LENGTH })),
    field("new-password-again", t("Type it again"), second),
    h("label", { class: "choice" }, reveal, t("Show the password")),
    button);

  function problems() {
    if (!first.value) return [{ field: "new-password", message: t("Choose a password.") }];
    if (first.value.length < MIN_LENGTH) {
      return [{ field: "new-password", message: t("Your password needs at least {min} characters. It has {length}.",
        { min: MIN_LENGTH, length: first.value.length }) }];
    }
    if (first.value !== second.value) {
      return [{ field: "new-password-again", message: t("The two passwords are different. Type the same password twice.") }];
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
      // A new account takes the page's language; a reset changes it only when chosen here.
      const done = await api.activate(code, first.value, reset && !picked ? undefined : locale());
      doneStep(view, done.sign_in_name || found.sign_in_name, reset, context);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if ([404, 410, 429].includes(err.status)) return refusedStep(view, err, context);
      report(summary, form, [{ field: err.offline ? null : "new-password", message: err.detail }]);
    } finally {
      button.disabled = false;
    }
  }

  replace(view, context, (again, next) => passwordStep(again, code, found, next, [first.value, second.value]),
    heading(reset ? t("Hello, {name}", { name: found.name }) : t("Welcome, {name}", { name: found.name })),
    h("p", {}, reset
      ? t("Choose a new password. Your old one stops working.")
      : t("Choose a password to finish setting up your account.")),
    h("p", {}, withName(t("You will sign in as {name}."), found.sign_in_name)),
    summary, form);
}

function doneStep(view, name, reset, context) {
  if (location.hash) history.replaceState(null, "", location.pathname); // the code is spent
  replace(view, context, (again, next) => doneStep(again, name, reset, next),
    heading(reset ? t("Your password is saved") : t("Your account is ready")),
    h("p", { class: "notice", role: "status" }, withName(t("You can sign in now as {name}."), name)),
    name.includes("@") ? null : h("p", {}, t("Keep your sign-in name somewhere safe. Your counselor can remind you of it.")),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button primary", onClick: () => context.toSignIn(name) }, t("Go to sign in"))));
}
