// My safety plan (#/safety-plan): the Stanley–Brown safety plan's seven steps in their order, in
// the client's own words; one tap calls or texts a person on it. The client changes it here
// (their counselor may change it too: a save made from an older version is refused, and what the
// client typed stays on screen beside the newer one). Crisis help shows the plan first
// (views/crisisplan.js).
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { dayName } from "../format.js";
import { N_, t, use } from "../i18n.js";
import { crisisLinks } from "./notice.js";
import { contactList, frontDesk, lineList } from "./crisisplan.js";

// Its styles load with it, never on a first visit (bench/B7); the screen is not held up more than
// a second for them.
const styles = h("link", { rel: "stylesheet", href: "/css/safetyplan.css" });
const styled = new Promise((resolve) => {
  styles.addEventListener("load", resolve);
  styles.addEventListener("error", resolve);
  setTimeout(resolve, 1000);
});
document.head.append(styles);
await use("views/safetyplan");
await styled;

// The steps: the plan's key, its heading, what it is for, and whether its rows are people.
const STEPS = [
  ["warning_signs", N_("Warning signs"), N_("Thoughts, moods or situations that tell me a hard time may be starting.")],
  ["coping", N_("Things I can do on my own"), N_("What takes my mind off things without anyone else: a walk, music, a shower.")],
  ["distractions", N_("People and places that take my mind off things"), N_("Friends to be with, places to go."), true],
  ["people", N_("People I can ask for help"), N_("People I can call or text when I need help."), true],
  ["professionals", N_("Professionals and agencies"), N_("My counselor, doctor or others I can call. 988 is always here."), true],
  ["environment", N_("Making my environment safer"), N_("Things I can do to keep myself safe where I am.")],
  ["reasons", N_("My reasons for living"), N_("What matters most to me.")],
];
const MOST = 12; // rows a step may hold (the server's limit)

// --- the screen ----------------------------------------------------------------------------------

function stepView(plan, [key, title, hint, people], number) {
  const rows = plan.sections[key];
  let body = rows.length ? (people ? contactList(rows) : lineList(rows)) : h("p", { class: "hint" }, t("Nothing here yet."));
  if (key === "professionals") {
    body = [body, h("p", { class: "plan-lifeline" }, plan.crisis_lines[0]?.name), ...crisisLinks(), ...(frontDesk(plan) || [])];
  }
  return h("li", { class: "plan-step" },
    h("section", { "aria-labelledby": `step-${key}` },
      h("h2", { id: `step-${key}` }, h("span", { class: "step-number" }, number), " ", t(title)),
      h("p", { class: "hint" }, t(hint)),
      body));
}

function changedNote(plan, user) {
  if (!plan.edited_at) return null;
  const date = dayName(plan.edited_at, user.timezone);
  return h("p", { class: "updated plan-changed" }, plan.edited_by === user.display_name
    ? t("Last changed by you on {date}.", { date })
    : t("Last changed by {name} on {date}.", { name: plan.edited_by || t("your care team"), date }));
}

function planView(plan, user, edit) {
  const offline = plan.cached ? h("p", { class: "updated" }, h("span", { class: "offline-tag" }, t("Offline.")), " ", t("This is the last saved copy.")) : null;
  if (!plan.version) {
    return [offline,
      h("p", {}, t("A safety plan is a short list, in your own words, of what helps and who to reach when things get hard.")),
      h("p", {}, t("You can make it with your counselor, or start it on your own now and change it any time.")),
      h("div", { class: "actions" }, h("button", { type: "button", class: "button primary", onClick: () => edit() }, t("Start my safety plan"))),
      plan.fallback ? h("section", { class: "card plan-fallback", "aria-labelledby": "fallback-title" },
        h("h2", { id: "fallback-title" }, t("Until then, from your program")),
        h("p", { class: "coping-plan" }, plan.fallback)) : null,
      h("section", { class: "card", "aria-labelledby": "lines-title" },
        h("h2", { id: "lines-title" }, t("Help any time")), crisisLinks(), frontDesk(plan))];
  }
  const change = () => h("div", { class: "actions" }, h("button", { type: "button", class: "button secondary", onClick: () => edit() }, t("Change my plan")));
  return [offline, changedNote(plan, user), change(),
    h("ol", { class: "plan-steps" }, STEPS.map((step, i) => stepView(plan, step, i + 1))),
    change()];
}

// --- changing it -----------------------------------------------------------------------------------

function lineRow(value = "", number) {
  // Two rows that wrap: a line is a phrase ("Give my extra pills to my sister"), read whole.
  const input = h("textarea", { rows: 2, maxlength: 300, "aria-label": t("Line {number}", { number }), "data-line": "" });
  input.value = value;
  return h("div", { class: "plan-row" }, input,
    h("button", { type: "button", class: "button secondary remove", "aria-label": t("Remove line {number}", { number }) }, t("Remove")));
}

let rowIds = 0;
function contactRow(contact = { name: "", phone: "" }, number) {
  const id = `contact-${++rowIds}`;
  const name = h("input", { id: `${id}-name`, type: "text", maxlength: 100, autocomplete: "off", "data-name": "" });
  const phone = h("input", { id: `${id}-phone`, type: "tel", maxlength: 30, autocomplete: "off", inputmode: "tel",
    pattern: "[0-9+\\(\\) .\\-]*", "data-phone": "" });
  name.value = contact.name;
  phone.value = contact.phone || "";
  return h("div", { class: "plan-row contact-row" },
    h("div", { class: "field" }, h("label", { for: name.id }, t("Name")), name),
    h("div", { class: "field" }, h("label", { for: phone.id }, t("Phone (optional)")), phone),
    h("button", { type: "button", class: "button secondary remove", "aria-label": t("Remove person {number}", { number }) }, t("Remove")));
}

// Rows are renumbered as they come and go, so each control's name says which one it is.
function renumber(rows) {
  [...rows.children].forEach((row, i) => {
    const number = i + 1;
    const line = row.querySelector("[data-line]");
    if (line) line.setAttribute("aria-label", t("Line {number}", { number }));
    row.querySelector(".remove").setAttribute("aria-label", line
      ? t("Remove line {number}", { number })
      : t("Remove person {number}", { number }));
  });
}

function stepFields(sections, [key, title, hint, people], number) {
  const rows = h("div", { class: "plan-rows", "data-step": key });
  const add = h("button", { type: "button", class: "button secondary add" }, people ? t("Add a person") : t("Add a line"));
  const row = (value) => (people ? contactRow(value, rows.children.length + 1) : lineRow(value, rows.children.length + 1));
  for (const value of sections[key]) rows.append(row(value));
  if (!rows.children.length) rows.append(row());
  const full = () => { add.hidden = rows.children.length >= MOST; };
  add.addEventListener("click", () => {
    rows.append(row());
    full();
    rows.lastChild.querySelector("input, textarea").focus();
  });
  rows.addEventListener("click", (event) => {
    const remove = event.target.closest(".remove");
    if (!remove) return;
    remove.closest(".plan-row").remove();
    renumber(rows);
    full();
    (rows.lastChild?.querySelector("input, textarea") || add).focus();
  });
  full();
  return h("fieldset", { class: "plan-step", id: `edit-${key}` },
    h("legend", {}, h("span", { class: "step-number" }, number), " ", t(title)),
    h("p", { class: "hint" }, t(hint)),
    rows, add);
}

// The form's words as the API's sections (empty rows left out).
function read(form) {
  const sections = {};
  for (const [key, , , people] of STEPS) {
    const rows = [...form.querySelectorAll(`[data-step=${key}] .plan-row`)];
    sections[key] = people
      ? rows.map((row) => ({ name: row.querySelector("[data-name]").value.trim(), phone: row.querySelector("[data-phone]").value.trim() }))
        .filter((contact) => contact.name)
      : rows.map((row) => row.querySelector("[data-line]").value.replace(/\s+/g, " ").trim()).filter(Boolean);
  }
  return sections;
}

// A phone number with a name, or a number with letters: said beside the field, before sending.
function problems(form) {
  const found = [];
  for (const row of form.querySelectorAll(".contact-row")) {
    const name = row.querySelector("[data-name]");
    const phone = row.querySelector("[data-phone]");
    if (phone.value.trim() && !name.value.trim()) found.push([name, t("Add a name for this number.")]);
    if (!phone.validity.valid) found.push([phone, t("Use only numbers, spaces and + ( ) - . in a phone number.")]);
  }
  return found;
}

function editForm(plan, sections, { save, cancel }) {
  const error = h("p", { class: "form-error", id: "plan-error", role: "alert" });
  const button = h("button", { type: "submit", class: "button primary" }, t("Save my plan"));
  const form = h("form", { class: "plan-form stack", novalidate: true, "aria-describedby": "plan-error" },
    STEPS.map((step, i) => stepFields(sections, step, i + 1)),
    error,
    h("div", { class: "row" }, button,
      h("button", { type: "button", class: "button secondary", onClick: cancel }, t("Cancel"))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    for (const node of form.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
    const found = problems(form);
    if (found.length) {
      for (const [control] of found) control.setAttribute("aria-invalid", "true");
      error.textContent = found[0][1];
      found[0][0].focus();
      return;
    }
    error.textContent = "";
    button.disabled = true;
    try {
      await save(read(form), error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export async function safetyPlanScreen({ user, announce }) {
  const body = h("div", { class: "plan-body" });
  const view = h("section", { class: "safety-plan" }, heading(t("My safety plan")), body);
  let plan = await api.safetyPlan();

  function show() {
    body.replaceChildren(...[planView(plan, user, edit)].flat().filter(Boolean));
  }

  function edit(sections = plan.sections, newer = null) {
    let base = plan.version;
    const note = h("div", { class: "plan-conflict", tabindex: "-1" });
    const form = editForm(plan, sections, {
      async save(changed, error) {
        try {
          plan = await api.saveSafetyPlan({ base_version: base, sections: changed });
        } catch (err) {
          if (err.status !== 409) {
            error.textContent = err.detail || t("Your plan could not be saved. Please try again.");
            return;
          }
          // Someone else (their counselor) saved a newer version meanwhile: keep what is typed,
          // show theirs, and let the next save start from it.
          const latest = await api.safetyPlan().catch(() => null);
          if (!latest) {
            error.textContent = err.detail;
            return;
          }
          plan = latest;
          base = latest.version;
          conflict(note, latest, user);
          note.focus();
          return;
        }
        api.safetyPlan().catch(() => {}); // the new version saved for crisis help offline
        show();
        view.querySelector("h1").focus();
        announce(t("Your safety plan is saved."));
      },
      cancel() {
        show();
        view.querySelector("h1").focus();
      },
    });
    if (newer) conflict(note, newer, user);
    body.replaceChildren(
      h("p", { class: "hint" }, t("Write it in your own words. Leave out anything that doesn't fit you.")),
      note, form);
    form.querySelector("input, textarea").focus();
  }

  show();
  return view;
}

// The newer version someone else saved, above the client's own words, which stay in the form.
function conflict(note, latest, user) {
  const who = latest.edited_by || t("your care team");
  note.replaceChildren(
    h("p", { class: "notice" }, t("{name} saved a newer version of your plan while you were changing it. Your changes are still here, below. Look at the newer version, then save again.", { name: who })),
    h("details", { class: "plan-newer", open: true },
      h("summary", {}, t("The newer version")),
      changedNote(latest, user),
      h("ol", { class: "plan-steps" }, STEPS.map((step, i) => stepView(latest, step, i + 1)))));
}
