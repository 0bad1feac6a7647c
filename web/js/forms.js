// Form parts for the longer forms (activation, inviting and editing people), in the public
// health-service pattern: an error summary at the top that links to each field, and the same
// message beside the field itself. Nothing here talks to the server.
import { h } from "./dom.js";
import { t, tn, use } from "./i18n.js";

// Its styles (css/forms.css) load with it, never on a first visit (bench/B7); a form is not held
// up more than a second for them.
const styles = h("link", { rel: "stylesheet", href: "/css/forms.css" });
const styled = new Promise((resolve) => {
  styles.addEventListener("load", resolve);
  styles.addEventListener("error", resolve);
  setTimeout(resolve, 1000);
});
document.head.append(styles);
await use("forms");
await styled;

// A labelled control with an optional hint and a place for its error message.
export function field(id, label, control, hint = "") {
  control.id ||= id;
  control.name ||= id;
  control.setAttribute("aria-describedby", [hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" "));
  return h("div", { class: "field", "data-field": id },
    h("label", { for: id }, label),
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }),
    control);
}

export const input = (id, attributes = {}) => h("input", { id, name: id, ...attributes });

export const select = (id, options, attributes = {}) =>
  h("select", { id, name: id, ...attributes }, options.map(([value, label]) => h("option", { value }, label)));

// The summary box; empty and hidden until `report` fills it.
export function errorSummary(id) {
  return h("div", { class: "error-summary", id, tabindex: "-1", hidden: true, "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, t("There is a problem")), h("ul", {}));
}

// Show `problems` ([{ field, message }]; a problem without a field is about the whole form) in
// the summary and beside their fields, and move focus to the summary. No problems: clear both.
export function report(summary, form, problems) {
  for (const node of form.querySelectorAll(".field-error")) {
    node.hidden = true;
    node.textContent = "";
  }
  for (const node of form.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  summary.hidden = !problems.length;
  summary.querySelector("ul").replaceChildren(...problems.map(({ field: id, message }) => h("li", {}, id
    ? h("a", { href: `#${id}`, onClick: (event) => {
      event.preventDefault(); // the address is the app's route: focus the field instead
      form.querySelector(`#${CSS.escape(id)}`)?.focus();
    } }, message)
    : message)));
  for (const { field: id, message } of problems) {
    if (!id) continue;
    const control = form.querySelector(`#${CSS.escape(id)}`);
    control?.setAttribute("aria-invalid", "true");
    const error = form.querySelector(`#${CSS.escape(id)}-error`);
    if (error) {
      error.textContent = message;
      error.hidden = false;
    }
  }
  if (problems.length) summary.focus();
}

// A button (and the form it sends) that cannot be pressed twice while the server answers.
export async function busy(button, work) {
  if (button.disabled) return;
  button.disabled = true;
  try {
    await work();
  } finally {
    button.disabled = false;
  }
}

// --- checking a form before it is sent -----------------------------------------------------

// What a person reads about a control: its label's words, without a trailing "(optional)".
function labelOf(control) {
  const label = control.labels?.[0] || control.closest("fieldset")?.querySelector("legend");
  return (label?.textContent || control.name || t("This field")).replace(/\s*\(.*\)\s*$/, "").trim();
}

// The browser's own checks (required, min, max, step, type) in plain words, for one control.
export function controlProblem(control) {
  const v = control.validity;
  if (!v || v.valid || control.disabled || control.closest("[hidden]")) return null;
  const label = labelOf(control);
  const { min, max } = control;
  const values = { label, min, max };
  if (v.valueMissing) {
    const field = label.toLowerCase();
    return control.tagName === "SELECT" ? t("Choose {field}.", { field }) : t("Enter {field}.", { field });
  }
  if (v.badInput && control.type === "number") {
    if (min !== "" && max !== "") return t("{label} must be a number between {min} and {max}.", values);
    if (min !== "") return t("{label} must be a number of {min} or more.", values);
    if (max !== "") return t("{label} must be a number of {max} or less.", values);
    return t("{label} must be a number.", values);
  }
  if (v.badInput) return t("{label} is not complete: check it.", values);
  if (v.rangeUnderflow || v.rangeOverflow) {
    if (min !== "" && max !== "") return t("{label} must be between {min} and {max}.", values);
    if (min !== "") return t("{label} must be {min} or more.", values);
    if (max !== "") return t("{label} must be {max} or less.", values);
    return t("{label} must be in range.", values);
  }
  if (v.stepMismatch) return t("{label} must be in steps of {step}.", { label, step: control.step });
  if (v.typeMismatch && control.type === "url") return t("{label} must be a web address, like https://example.org.", values);
  if (v.typeMismatch && control.type === "email") return t("{label} must be an email address, like name@example.org.", values);
  if (v.tooLong) {
    return tn(control.maxLength, "{label} is too long: at most {count} character.", "{label} is too long: at most {count} characters.", { label });
  }
  if (v.patternMismatch) return control.title || t("{label} is not in the right form.", values);
  return t("{label} is not valid.", values);
}

// Every problem in `form` before it is sent: the browser's checks on each named control, then
// `extra` (a function of the form's elements returning [{ field, message }]) for rules the
// browser cannot know. A problem's `field` is the control's id.
export function problemsOf(form, extra = () => []) {
  const found = [];
  for (const control of form.elements) {
    if (!control.id || !control.willValidate) continue;
    const message = controlProblem(control);
    if (message) found.push({ field: control.id, message });
  }
  const seen = new Set(found.map((problem) => problem.field));
  return [...found, ...extra(form.elements).filter((problem) => problem && !seen.has(problem.field))];
}

// Check a field again as the person corrects it, once the form has shown its problems: the
// message beside it goes when it is right. (On input, not on leaving the field: a message going
// as focus moves to the submit button would move the button from under the pointer.)
export function recheckOnChange(form) {
  form.addEventListener("input", (event) => {
    const control = event.target;
    if (!control.id || control.getAttribute("aria-invalid") !== "true") return;
    const message = controlProblem(control);
    if (message) return;
    control.removeAttribute("aria-invalid");
    const error = form.querySelector(`#${CSS.escape(control.id)}-error`);
    if (error) {
      error.hidden = true;
      error.textContent = "";
    }
  });
}
