// Counselor homework screens (loaded only for counselors):
//   #/homework                        submitted work waiting for review, and what I assigned ("9 of 12 done")
//   #/homework/assign/session/12      assign a worksheet to a session's track (due before the next group)
//   #/homework/assign/client/4        assign a worksheet to one client
//   #/homework/assignment/7           one assignment: each client's progress; edit until someone
//                                     submits; delete while nobody has started it
//   #/homework/submission/31          a client's answers: feedback, mark reviewed or return for revision
//   #/homework/templates              the starter worksheets and my own
//   #/homework/template/new[/ID]      a new worksheet of my own (from a copy of ID); /template/ID edits mine
import { api, ApiError } from "../staff-api.js";
import { confirmation } from "../confirm.js";
import { h, heading } from "../dom.js";
import { shortDay, time } from "../format.js";
import { dueText } from "../format.js";
import { N_, t, tn, use } from "../i18n.js";
import { answerList } from "./homework.js";

await use("views/assignments");

const STATUS = { assigned: N_("Not started"), draft: N_("In progress"), submitted: N_("Submitted"), returned: N_("Returned"), reviewed: N_("Reviewed") };
const statusText = (status) => (STATUS[status] ? t(STATUS[status]) : status);

export async function assignmentsScreen(context) {
  const [kind, a, b] = context.params;
  if (kind === "assign") return assignScreen(context, a, Number(b));
  if (kind === "assignment") return assignmentScreen(context, Number(a));
  if (kind === "submission") return submissionScreen(context, Number(a));
  if (kind === "templates") return templatesScreen(context);
  if (kind === "template") return templateScreen(context, a, b);
  const zone = context.user.timezone;
  const [waitingWork, given] = await Promise.all([api.waitingHomework(), api.assignments()]);
  return h("section", { class: "assignments" },
    h("div", { class: "ws-titlebar" }, heading(t("Homework")),
      h("a", { class: "button secondary", href: "#/homework/templates" }, t("Worksheets"))),
    h("div", { class: "homework-columns" },
      h("section", { "aria-labelledby": "waiting-heading" },
        h("h2", { id: "waiting-heading" }, t("Waiting for review")),
        waitingHomeworkList(waitingWork, zone)),
      h("section", { "aria-labelledby": "assigned-heading" },
        h("h2", { id: "assigned-heading" }, t("Assigned")),
        given.length
          ? assignedTable(given, zone)
          : h("p", { class: "notice" }, t("You have not assigned homework yet. Open a session's roster to assign from it.")))));
}

// What the counselor gave, newest first: one row each, with who has it, when it is due and how
// many are done.
function assignedTable(given, zone) {
  return h("div", { class: "ws-table-wrap table-wrap", tabindex: "0", role: "region", "aria-labelledby": "assigned-caption" }, h("table", { class: "ws-table assigned-table" },
    h("caption", { class: "visually-hidden", id: "assigned-caption" }, t("Homework you assigned, newest first")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("Homework")), h("th", { scope: "col" }, t("For")),
      h("th", { scope: "col" }, t("Due")), h("th", { scope: "col" }, t("Done")))),
    h("tbody", {}, given.map((item) => h("tr", { "data-assignment": item.id },
      h("th", { scope: "row" }, h("a", { href: `#/homework/assignment/${item.id}` }, item.title)),
      h("td", {}, item.track_name || item.client_name || ""),
      h("td", {}, dueText(item.due_at, zone)),
      h("td", { class: "progress-cell" },
        h("progress", { max: item.progress.total || 1, value: item.progress.done, "aria-label": t("{title}: done", { title: item.title }) }),
        h("span", { class: "progress-text" }, " ", t("{done} of {total}", item.progress))))))));
}

// Also shown in the review queue, beside check-ins.
export function waitingHomeworkList(items, zone) {
  if (!items.length) return h("p", { class: "notice" }, t("No homework is waiting for review."));
  return h("ul", { class: "cards homework-queue" }, items.map((item) => h("li", { class: "card", "data-submission": item.submission_id },
    h("h3", {}, h("a", { href: `#/homework/submission/${item.submission_id}` }, `${item.client_name}: ${item.title}`)),
    h("p", {}, submittedText(item, zone)))));
}

// "Submitted Mon, Nov 23, 6:05 PM", and which revision after the first.
function submittedText(item, zone) {
  const values = { day: shortDay(item.submitted_at, zone), time: time(item.submitted_at, zone), revision: item.revision };
  return item.revision > 1 ? t("Submitted {day}, {time} (revision {revision})", values) : t("Submitted {day}, {time}", values);
}

const localInput = (iso) => {
  if (!iso) return "";
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};

async function assignScreen({ go }, target, targetId) {
  const templates = await api.templates();
  const session = target === "session";
  const error = h("p", { id: "assign-error", class: "form-error", "aria-live": "assertive" });
  const pick = h("select", { id: "template" }, templates.map((template) => h("option", { value: template.id }, template.title)));
  const title = h("input", { id: "assign-title", maxlength: 120, required: true });
  const instructions = h("textarea", { id: "assign-instructions", rows: 2, maxlength: 2000 });
  const due = h("input", { id: "assign-due", type: "datetime-local", "aria-describedby": session ? "due-hint" : null });
  const prompts = h("fieldset", { class: "question prompt-editor" });
  let chosen = null;

  function choose() {
    chosen = templates.find((template) => template.id === pick.value);
    title.value = chosen.title;
    instructions.value = chosen.description;
    prompts.replaceChildren(h("legend", {}, t("Questions (edit the wording, or leave one out)")),
      ...chosen.prompts.map((prompt, i) => h("div", { class: "field prompt-edit", "data-key": prompt.key },
        h("label", { class: "choice include" }, h("input", { type: "checkbox", checked: true, "aria-label": t("Include question {number}", { number: i + 1 }) }),
          h("span", { class: "visually-hidden" }, t("Include question {number}", { number: i + 1 }))),
        h("label", { for: `prompt-${i}`, class: "visually-hidden" }, t("Question {number}", { number: i + 1 })),
        h("input", { id: `prompt-${i}`, value: prompt.label, maxlength: 300 }))));
  }
  pick.addEventListener("change", choose);
  choose();

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    const kept = [...prompts.querySelectorAll(".prompt-edit")].flatMap((row, i) => {
      if (!row.querySelector("input[type=checkbox]").checked) return [];
      const label = row.querySelector(`#prompt-${i}`).value.trim();
      return [{ ...chosen.prompts[i], label: label || chosen.prompts[i].label }];
    });
    if (!kept.length) {
      error.textContent = t("Keep at least one question.");
      return;
    }
    if (!session && !due.value) {
      error.textContent = t("Choose when it is due.");
      due.focus();
      return;
    }
    const body = { title: title.value.trim(), instructions: instructions.value.trim(), prompts: kept, template_id: chosen.id,
      due_at: due.value ? new Date(due.value).toISOString() : null };
    body[session ? "occurrence_id" : "client_id"] = targetId;
    error.textContent = "";
    warning.close();
    button.disabled = true;
    try {
      const made = await api.assign(body);
      go(`#/homework/assignment/${made.id}`);
    } catch (err) {
      button.disabled = false;
      if (!(err instanceof ApiError) || err.status !== 409) {
        error.textContent = err.detail || t("Assigning failed. Please try again.");
        return;
      }
      // The same worksheet is still open for this group or client: ask before giving it again.
      warning.ask(button, {
        title: t("This worksheet is already assigned"),
        words: [err.detail, t("Assign it again anyway?")],
        yes: t("Assign anyway"),
        no: t("Cancel"),
        work: async () => {
          const made = await api.assign({ ...body, confirm_duplicate: true });
          go(`#/homework/assignment/${made.id}`);
        },
      });
    }
  }

  const warning = confirmation();
  warning.node.classList.add("confirm-warning");
  const button = h("button", { type: "submit", class: "button primary" }, t("Assign"));
  return h("section", { class: "assign" },
    heading(session ? t("Assign homework to this group") : t("Assign homework")),
    h("form", { class: "assign-form", novalidate: true, onSubmit: submit, "aria-describedby": "assign-error" },
      h("div", { class: "stack assign-settings" },
        h("div", { class: "field" }, h("label", { for: "template" }, t("Worksheet")), pick),
        h("div", { class: "field" }, h("label", { for: "assign-title" }, t("Title")), title),
        h("div", { class: "field" }, h("label", { for: "assign-instructions" }, t("Instructions")), instructions),
        h("div", { class: "field" }, h("label", { for: "assign-due" }, t("Due")),
          session ? h("p", { class: "hint", id: "due-hint" }, t("Leave empty: due when the group next meets.")) : null, due)),
      prompts,
      h("div", { class: "stack assign-actions" }, error, button, warning.node, warning.error)),
    h("p", { class: "back" }, h("a", { href: session ? `#/sessions/${targetId}` : "#/homework" }, t("Cancel"))));
}

async function assignmentScreen({ user, announce, refresh, go }, id) {
  const zone = user.timezone;
  const { assignment, recipients } = await api.assignment(id);
  const done = assignment.progress;
  let editor = null;
  if (assignment.editable) {
    const title = h("input", { id: "edit-title", value: assignment.title, maxlength: 120 });
    const due = h("input", { id: "edit-due", type: "datetime-local", value: localInput(assignment.due_at) });
    const error = h("p", { class: "form-error", "aria-live": "assertive" });
    editor = h("form", { class: "stack", novalidate: true, onSubmit: async (event) => {
      event.preventDefault();
      try {
        const change = { title: title.value.trim() };
        if (due.value && due.value !== localInput(assignment.due_at)) change.due_at = new Date(due.value).toISOString();
        await api.changeAssignment(id, change);
        announce(t("Assignment saved."));
        await refresh();
      } catch (err) {
        error.textContent = err.detail || t("Saving failed. Please try again.");
      }
    } }, h("h2", {}, t("Edit (until someone submits)")),
    h("div", { class: "field" }, h("label", { for: "edit-title" }, t("Title")), title),
    h("div", { class: "field" }, h("label", { for: "edit-due" }, t("Due")), due),
    error, h("button", { type: "submit", class: "button secondary" }, t("Save changes")));
  }
  const who = assignment.track_name || assignment.client_name;
  return h("section", { class: "assignment" },
    heading(assignment.title),
    h("p", { class: "role" }, [who, dueText(assignment.due_at, zone)].filter(Boolean).join(" · ")),
    h("p", { class: "progress-text" }, t("{done} of {total} done", { done: done.done, total: done.total })),
    h("div", { class: "assignment-columns" },
      h("section", { "aria-labelledby": "recipients-heading" },
        h("h2", { id: "recipients-heading" }, t("Who has it")),
        h("ul", { class: "plain-list recipients" }, recipients.map((r) => h("li", { "data-client": r.client_id },
          ["submitted", "reviewed", "returned"].includes(r.status)
            ? h("a", { href: `#/homework/submission/${r.submission_id}` }, r.name) : r.name,
          `: ${statusText(r.status)}`)))),
      h("div", { class: "stack" }, editor, deletePart({ assignment, who, announce, go }))),
    h("p", { class: "back" }, h("a", { href: "#/homework" }, t("Back to homework"))));
}

// Homework given by mistake goes away while nobody has started it (no draft saved, nothing
// handed in), after a question naming it; the server has the last word (409 once started).
function deletePart({ assignment, who, announce, go }) {
  const progress = assignment.progress;
  if (progress.done + progress.returned + progress.started > 0) {
    return h("p", { class: "hint delete-hint" }, t("Someone has started this homework, so it can no longer be deleted."));
  }
  const confirm = confirmation();
  const button = h("button", { type: "button", class: "button secondary", id: "delete-assignment" }, t("Delete this homework"));
  button.addEventListener("click", () => confirm.ask(button, {
    title: t("Delete “{title}”?", { title: assignment.title }),
    words: [who
      ? t("It disappears from the homework of {who}. Nobody has started it yet.", { who })
      : t("It disappears from the clients' homework. Nobody has started it yet.")],
    yes: t("Yes, delete it"),
    no: t("Keep it"),
    work: async () => {
      await api.deleteAssignment(assignment.id);
      announce(t("Deleted “{title}”.", { title: assignment.title }));
      go("#/homework");
    },
  }));
  return h("section", { class: "delete-part", "aria-labelledby": "delete-heading" },
    h("h2", { id: "delete-heading" }, t("Assigned by mistake?")),
    h("p", { class: "hint" }, t("Nobody has started it yet, so you can still delete it.")),
    button, confirm.node, confirm.error);
}

async function submissionScreen({ user, announce, go }, id) {
  const detail = await api.submission(id);
  const sheet = detail.assignment;
  const sub = sheet.submission;
  const feedback = h("textarea", { id: "hw-feedback", rows: 3, maxlength: 2000 });
  feedback.value = sub.feedback || "";
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  async function act(action) {
    error.textContent = "";
    try {
      await api.reviewSubmission(id, action, feedback.value.trim());
      announce(action === "reviewed" ? t("Marked reviewed.") : t("Returned for revision."));
      go("#/homework");
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
    }
  }
  const waitingReview = sub.status === "submitted";
  return h("section", { class: "submission" },
    heading(`${detail.client_name}: ${sheet.title}`),
    h("p", { class: "role" }, `${statusText(sub.status)}${sub.submitted_at ? `, ${shortDay(sub.submitted_at, user.timezone)} ${time(sub.submitted_at, user.timezone)}` : ""}`,
      sub.revision > 1 ? ` · ${t("revision {revision}", { revision: sub.revision })}` : ""),
    h("div", { class: "submission-columns" },
      answerList(sheet.prompts, sub.answers),
      waitingReview
        ? h("div", { class: "stack review-part" },
          h("div", { class: "field" }, h("label", { for: "hw-feedback" }, t("Feedback the client sees")), feedback),
          error,
          h("div", { class: "actions row" },
            h("button", { type: "button", class: "button primary", onClick: () => act("reviewed") }, t("Mark reviewed")),
            h("button", { type: "button", class: "button secondary", onClick: () => act("returned") }, t("Return for revision"))))
        : (sub.feedback ? h("p", { class: "feedback" }, t("Your feedback: {feedback}", { feedback: sub.feedback })) : null)),
    h("p", { class: "back" }, h("a", { href: "#/homework" }, t("Back to homework"))));
}

// --- worksheet templates ---------------------------------------------------------------------

async function templatesScreen({ announce, refresh }) {
  const templates = await api.templates();
  // Removing one of mine asks first (confirm.js), naming it; homework given from it stays.
  function removeButton(template, confirm) {
    const button = h("button", { type: "button", class: "button secondary", "aria-label": t("Remove {title}", { title: template.title }) },
      t("Remove"));
    button.addEventListener("click", () => confirm.ask(button, {
      title: t("Remove “{title}”?", { title: template.title }),
      words: [t("Homework already given from it stays as it is.")],
      yes: t("Yes, remove it"),
      no: t("Keep it"),
      work: async () => {
        await api.deleteTemplate(template.id);
        announce(t("Worksheet removed."));
        await refresh();
      },
    }));
    return button;
  }
  const item = (template) => {
    const confirm = confirmation();
    return h("li", { class: "card", "data-template": template.id },
      h("h3", {}, template.title),
      h("p", {}, template.description),
      h("p", { class: "hint" }, tn(template.prompts.length, "{count} question", "{count} questions")),
      h("p", { class: "actions row" },
        template.mine
          ? [h("a", { class: "button secondary", href: `#/homework/template/${template.id}`, "aria-label": t("Edit {title}", { title: template.title }) },
            t("Edit")),
          removeButton(template, confirm)]
          : h("a", { class: "button secondary", href: `#/homework/template/new/${template.id}`,
            "aria-label": t("Make my own copy of {title}", { title: template.title }) }, t("Make my own copy"))),
      template.mine ? [confirm.node, confirm.error] : null);
  };
  const mine = templates.filter((template) => template.mine);
  return h("section", { class: "templates" },
    heading(t("Worksheets")),
    h("p", {}, h("a", { class: "button primary", href: "#/homework/template/new" }, t("New worksheet"))),
    h("h2", {}, t("My worksheets")),
    mine.length ? h("ul", { class: "cards" }, mine.map(item)) : h("p", { class: "hint" }, t("None yet. Start from a copy of a starter worksheet, or a new one.")),
    h("h2", {}, t("Starter worksheets")),
    h("ul", { class: "cards" }, templates.filter((template) => template.starter).map(item)),
    h("p", { class: "back" }, h("a", { href: "#/homework" }, t("Back to homework"))));
}

const KINDS = [["text", N_("Text")], ["scale", N_("Scale")], ["choice", N_("One choice")], ["list", N_("List of lines")]];

let rowCount = 0; // ids stay unique as questions come and go
function promptRow(prompt, number) {
  const id = `p${++rowCount}`;
  const options = h("textarea", { id: `${id}-options`, rows: 3, "aria-describedby": `${id}-options-hint` });
  options.value = (prompt.options || []).map((option) => option.label).join("\n");
  const optionsField = h("div", { class: "field", hidden: prompt.kind !== "choice" },
    h("label", { for: `${id}-options` }, t("Choices")), h("p", { class: "hint", id: `${id}-options-hint` }, t("One per line.")), options);
  const kind = h("select", { id: `${id}-kind` }, KINDS.map(([value, label]) => h("option", { value, selected: value === prompt.kind }, t(label))));
  kind.addEventListener("change", () => { optionsField.hidden = kind.value !== "choice"; });
  const row = h("fieldset", { class: "question prompt-row", "data-key": prompt.key || "" },
    h("legend", {}, t("Question {number}", { number })),
    h("div", { class: "field" }, h("label", { for: `${id}-label` }, t("Question")), h("input", { id: `${id}-label`, maxlength: 300, value: prompt.label || "" })),
    h("div", { class: "field" }, h("label", { for: `${id}-kind` }, t("Answer as")), kind),
    optionsField,
    h("label", { class: "choice" }, h("input", { type: "checkbox", id: `${id}-required`, checked: prompt.required !== false }), t("Required")),
    h("button", { type: "button", class: "button secondary", onClick: () => row.remove(), "aria-label": t("Remove question {number}", { number }) },
      t("Remove question")));
  row.prompt = prompt;
  return row;
}

// The editor's questions as prompts; keys kept for questions that had one, new ones made unique.
function readPrompts(rows) {
  const used = new Set(rows.map((row) => row.dataset.key).filter(Boolean));
  let next = 1;
  const freshKey = () => {
    while (used.has(`q${next}`)) next += 1;
    used.add(`q${next}`);
    return `q${next}`;
  };
  return rows.map((row) => {
    const read = (suffix) => row.querySelector(`[id$="-${suffix}"]`);
    const kind = read("kind").value;
    const base = row.prompt.kind === kind ? row.prompt : {};
    const prompt = { key: row.dataset.key || freshKey(), kind, label: read("label").value.trim(), help: base.help || "",
      required: read("required").checked };
    if (kind === "scale") Object.assign(prompt, { low: base.low ?? 0, high: base.high ?? 10, low_label: base.low_label || "", high_label: base.high_label || "" });
    if (kind === "choice") {
      prompt.options = read("options").value.split("\n").map((line) => line.trim()).filter(Boolean)
        .map((label, i) => ({ value: `o${i + 1}`, label }));
    }
    return prompt;
  });
}

async function templateScreen({ go, announce }, which, source) {
  const templates = which === "new" && !source ? [] : await api.templates();
  const editing = which !== "new" ? templates.find((template) => template.id === which && template.mine) : null;
  if (which !== "new" && !editing) {
    return h("section", {}, heading(t("Worksheet not found")), h("p", { class: "back" }, h("a", { href: "#/homework/templates" }, t("Back to worksheets"))));
  }
  const start = editing || templates.find((template) => template.id === source) || { title: "", description: "", prompts: [{ kind: "text", label: "" }] };
  const title = h("input", { id: "tpl-title", maxlength: 120, value: which === "new" && source ? t("{title} (my copy)", { title: start.title }) : start.title });
  const description = h("textarea", { id: "tpl-description", rows: 2, maxlength: 2000 });
  description.value = start.description;
  const rows = h("div", { class: "stack" }, start.prompts.map((prompt, i) => promptRow(prompt, i + 1)));
  const error = h("p", { id: "tpl-error", class: "form-error", "aria-live": "assertive" });
  const add = h("button", { type: "button", class: "button secondary", onClick: () => {
    const row = promptRow({ kind: "text", label: "" }, rows.children.length + 1);
    rows.append(row);
    row.querySelector("input").focus();
  } }, t("Add a question"));
  async function save(event) {
    event.preventDefault();
    const prompts = readPrompts([...rows.children]);
    const empty = prompts.findIndex((prompt) => !prompt.label);
    if (!title.value.trim() || !prompts.length || empty >= 0) {
      error.textContent = !title.value.trim() ? t("Give the worksheet a title.")
        : !prompts.length ? t("Add at least one question.") : t("Question {number} needs its wording.", { number: empty + 1 });
      return;
    }
    const body = { title: title.value.trim(), description: description.value.trim(), prompts };
    try {
      if (editing) await api.updateTemplate(editing.id, body);
      else await api.createTemplate(body);
      announce(t("Worksheet saved."));
      go("#/homework/templates");
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
    }
  }
  return h("section", { class: "template-editor" },
    heading(editing ? t("Edit {title}", { title: editing.title }) : t("New worksheet")),
    h("form", { class: "stack", novalidate: true, onSubmit: save, "aria-describedby": "tpl-error" },
      h("div", { class: "field" }, h("label", { for: "tpl-title" }, t("Title")), title),
      h("div", { class: "field" }, h("label", { for: "tpl-description" }, t("Description")), description),
      rows, add, error, h("button", { type: "submit", class: "button primary" }, t("Save worksheet"))),
    h("p", { class: "back" }, h("a", { href: "#/homework/templates" }, t("Back to worksheets"))));
}
