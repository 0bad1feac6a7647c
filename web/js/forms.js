// Form parts for the longer forms (activation, inviting and editing people), in the public
// health-service pattern: an error summary at the top that links to each field, and the same
// message beside the field itself. Nothing here talks to the server.
import { h } from "./dom.js";

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
    h("h2", { id: `${id}-title` }, "There is a problem"), h("ul", {}));
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
