// Counselor homework screens (loaded only for counselors):
//   #/homework                        submitted work waiting for review, and what I assigned ("9 of 12 done")
//   #/homework/assign/session/12      assign a worksheet to a session's track (due before the next group)
//   #/homework/assign/client/4        assign a worksheet to one client
//   #/homework/assignment/7           one assignment: each client's progress; edit until someone submits
//   #/homework/submission/31          a client's answers: feedback, mark reviewed or return for revision
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { shortDay, time } from "../format.js";
import { answerList, dueText } from "./homework.js";

const STATUS = { assigned: "Not started", draft: "In progress", submitted: "Submitted", returned: "Returned", reviewed: "Reviewed" };

export async function assignmentsScreen(context) {
  const [kind, a, b] = context.params;
  if (kind === "assign") return assignScreen(context, a, Number(b));
  if (kind === "assignment") return assignmentScreen(context, Number(a));
  if (kind === "submission") return submissionScreen(context, Number(a));
  const zone = context.user.timezone;
  const [waitingWork, given] = await Promise.all([api.waitingHomework(), api.assignments()]);
  return h("section", { class: "assignments" },
    heading("Homework"),
    h("h2", {}, "Waiting for review"),
    waitingHomeworkList(waitingWork, zone),
    h("h2", {}, "Assigned"),
    given.length
      ? h("ul", { class: "cards" }, given.map((item) => h("li", { class: "card", "data-assignment": item.id },
        h("h3", {}, h("a", { href: `#/homework/assignment/${item.id}` }, item.title)),
        h("p", {}, item.track_name || item.client_name || ""),
        h("p", {}, dueText(item.due_at, zone)),
        h("p", { class: "progress-text" }, `${item.progress.done} of ${item.progress.total} done`),
        h("progress", { max: item.progress.total || 1, value: item.progress.done, "aria-label": `${item.title}: done` }))))
      : h("p", { class: "notice" }, "You have not assigned homework yet. Open a session's roster to assign from it."));
}

// Also shown in the review queue, beside check-ins.
export function waitingHomeworkList(items, zone) {
  if (!items.length) return h("p", { class: "notice" }, "No homework is waiting for review.");
  return h("ul", { class: "cards homework-queue" }, items.map((item) => h("li", { class: "card", "data-submission": item.submission_id },
    h("h3", {}, h("a", { href: `#/homework/submission/${item.submission_id}` }, `${item.client_name}: ${item.title}`)),
    h("p", {}, `Submitted ${shortDay(item.submitted_at, zone)}, ${time(item.submitted_at, zone)}`,
      item.revision > 1 ? ` (revision ${item.revision})` : ""))));
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
  const due = h("input", { id: "assign-due", type: "datetime-local" });
  const prompts = h("fieldset", { class: "question prompt-editor" });
  let chosen = null;

  function choose() {
    chosen = templates.find((template) => template.id === pick.value);
    title.value = chosen.title;
    instructions.value = chosen.description;
    prompts.replaceChildren(h("legend", {}, "Questions (edit the wording, or leave one out)"),
      ...chosen.prompts.map((prompt, i) => h("div", { class: "field prompt-edit", "data-key": prompt.key },
        h("label", { class: "choice" }, h("input", { type: "checkbox", checked: true, "aria-label": `Include question ${i + 1}` }), `Include question ${i + 1}`),
        h("label", { for: `prompt-${i}`, class: "visually-hidden" }, `Question ${i + 1}`),
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
      error.textContent = "Keep at least one question.";
      return;
    }
    if (!session && !due.value) {
      error.textContent = "Choose when it is due.";
      due.focus();
      return;
    }
    const body = { title: title.value.trim(), instructions: instructions.value.trim(), prompts: kept, template_id: chosen.id,
      due_at: due.value ? new Date(due.value).toISOString() : null };
    body[session ? "occurrence_id" : "client_id"] = targetId;
    error.textContent = "";
    button.disabled = true;
    try {
      const made = await api.assign(body);
      go(`#/homework/assignment/${made.id}`);
    } catch (err) {
      error.textContent = err.detail || "Assigning failed. Please try again.";
      button.disabled = false;
    }
  }

  const button = h("button", { type: "submit", class: "button primary" }, "Assign");
  return h("section", { class: "assign" },
    heading(session ? "Assign homework to this group" : "Assign homework"),
    h("form", { class: "stack", novalidate: true, onSubmit: submit, "aria-describedby": "assign-error" },
      h("div", { class: "field" }, h("label", { for: "template" }, "Worksheet"), pick),
      h("div", { class: "field" }, h("label", { for: "assign-title" }, "Title"), title),
      h("div", { class: "field" }, h("label", { for: "assign-instructions" }, "Instructions"), instructions),
      h("div", { class: "field" }, h("label", { for: "assign-due" }, "Due"),
        session ? h("p", { class: "hint", id: "due-hint" }, "Leave empty: due when the group next meets.") : null, due),
      prompts, error, button),
    h("p", {}, h("a", { href: session ? `#/sessions/${targetId}` : "#/homework" }, "Cancel")));
}

async function assignmentScreen({ user, announce, refresh }, id) {
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
        await api.changeAssignment(id, { title: title.value.trim(), due_at: due.value ? new Date(due.value).toISOString() : null });
        announce("Assignment saved.");
        await refresh();
      } catch (err) {
        error.textContent = err.detail || "Saving failed. Please try again.";
      }
    } }, h("h2", {}, "Edit (until someone submits)"),
    h("div", { class: "field" }, h("label", { for: "edit-title" }, "Title"), title),
    h("div", { class: "field" }, h("label", { for: "edit-due" }, "Due"), due),
    error, h("button", { type: "submit", class: "button secondary" }, "Save changes"));
  }
  return h("section", { class: "assignment" },
    heading(assignment.title),
    h("p", { class: "role" }, [assignment.track_name || assignment.client_name, dueText(assignment.due_at, zone)].filter(Boolean).join(" · ")),
    h("p", { class: "progress-text" }, `${done.done} of ${done.total} done`),
    h("ul", { class: "plain-list recipients" }, recipients.map((r) => h("li", { "data-client": r.client_id },
      ["submitted", "reviewed", "returned"].includes(r.status)
        ? h("a", { href: `#/homework/submission/${r.submission_id}` }, r.name) : r.name,
      `: ${STATUS[r.status]}`))),
    editor,
    h("p", {}, h("a", { href: "#/homework" }, "Back to homework")));
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
      announce(action === "reviewed" ? "Marked reviewed." : "Returned for revision.");
      go("#/homework");
    } catch (err) {
      error.textContent = err.detail || "Saving failed. Please try again.";
    }
  }
  const waitingReview = sub.status === "submitted";
  return h("section", { class: "submission" },
    heading(`${detail.client_name}: ${sheet.title}`),
    h("p", { class: "role" }, `${STATUS[sub.status]}${sub.submitted_at ? `, ${shortDay(sub.submitted_at, user.timezone)} ${time(sub.submitted_at, user.timezone)}` : ""}`,
      sub.revision > 1 ? ` · revision ${sub.revision}` : ""),
    answerList(sheet.prompts, sub.answers),
    waitingReview
      ? h("div", { class: "stack" },
        h("div", { class: "field" }, h("label", { for: "hw-feedback" }, "Feedback the client sees"), feedback),
        error,
        h("div", { class: "actions row" },
          h("button", { type: "button", class: "button primary", onClick: () => act("reviewed") }, "Mark reviewed"),
          h("button", { type: "button", class: "button secondary", onClick: () => act("returned") }, "Return for revision")))
      : (sub.feedback ? h("p", { class: "feedback" }, `Your feedback: ${sub.feedback}`) : null),
    h("p", {}, h("a", { href: "#/homework" }, "Back to homework")));
}
