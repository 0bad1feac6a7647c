// A client's homework: the list (#/homework: overdue, due soon, done) and one worksheet
// (#/homework/12). Words are kept on this phone as they are typed (the outbox, IndexedDB) and
// sent a moment later, so closing the app or losing signal mid-answer loses nothing.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { dueText } from "../format.js";
import { N_, t, use } from "../i18n.js";
import { keepHomework, savedHomework, send, sendHomework, homeworkKey, waiting } from "../outbox.js";

await use("views/homework");

const KEEP_AFTER_MS = 300; // typing pauses this long before the words are kept on the phone…
const SEND_AFTER_MS = 1500; // …and this long before they are sent
const STATUS = { assigned: N_("Not started"), draft: N_("In progress"), submitted: N_("Submitted"),
  returned: N_("Returned to revise"), reviewed: N_("Reviewed") };
const OPEN = ["assigned", "draft", "returned"];


export async function homeworkScreen(context) {
  if (context.params[0]) return worksheetScreen(context, Number(context.params[0]));
  const zone = context.user.timezone;
  const [items, queued] = await Promise.all([api.homework(), waiting(context.user.id, "homework")]);
  const unsent = new Set(queued.map((entry) => entry.assignment));
  const open = items.filter((item) => OPEN.includes(item.status));
  const groups = [
    [t("Overdue"), open.filter((item) => item.overdue)],
    [t("Due soon"), open.filter((item) => !item.overdue)],
    [t("Done"), items.filter((item) => !OPEN.includes(item.status))],
  ];
  return h("section", { class: "homework" },
    heading(t("Homework")),
    items.length ? null : h("p", { class: "notice" }, t("No homework right now. Your counselor assigns it in group.")),
    groups.filter(([, list]) => list.length).map(([title, list]) => h("section", { "aria-label": title },
      h("h2", {}, title),
      h("ul", { class: "cards" }, list.map((item) => h("li", { class: `card${item.overdue ? " flagged" : ""}`, "data-assignment": item.assignment_id },
        h("h3", {}, h("a", { href: `#/homework/${item.assignment_id}` }, item.title)),
        h("p", {}, dueText(item.due_at, zone)),
        h("p", { class: `badge status-${item.status}` }, t(STATUS[item.status])),
        unsent.has(item.assignment_id) ? h("p", { class: "badge waiting-badge" }, t("Waiting to send")) : null,
        item.has_feedback ? h("p", { class: "feedback" }, t("Your counselor left feedback.")) : null))))));
}

// --- one worksheet -------------------------------------------------------------------------

const controlId = (prompt) => `a-${prompt.key}`;

function promptControl(prompt, value) {
  const id = controlId(prompt);
  const hintId = `${id}-hint`;
  const help = prompt.help ? h("p", { class: "hint", id: hintId }, prompt.help) : null;
  const label = prompt.required ? prompt.label : t("{label} (optional)", { label: prompt.label });
  if (prompt.kind === "scale" || prompt.kind === "choice") {
    const options = prompt.kind === "scale"
      ? Array.from({ length: prompt.high - prompt.low + 1 }, (_, i) => ({ value: String(prompt.low + i), label: String(prompt.low + i) }))
      : prompt.options;
    const ends = prompt.kind === "scale" && (prompt.low_label || prompt.high_label)
      ? h("p", { class: "hint scale-ends" }, t("{low}: {lowLabel} · {high}: {highLabel}", { low: prompt.low, high: prompt.high,
        lowLabel: prompt.low_label || t("lowest"), highLabel: prompt.high_label || t("highest") }))
      : null;
    return h("fieldset", { class: "question", id, "data-key": prompt.key, "data-kind": prompt.kind },
      h("legend", {}, label), help, ends,
      h("div", { class: "choices" }, options.map((option) => h("label", { class: "choice chip" },
        h("input", { type: "radio", name: id, value: option.value, checked: value !== undefined && String(value) === option.value }),
        option.label))));
  }
  const text = prompt.kind === "list" ? (value || []).join("\n") : value || "";
  const control = h("textarea", { id, rows: prompt.kind === "list" ? 4 : 3, maxlength: 5000, "data-key": prompt.key,
    "data-kind": prompt.kind, "aria-describedby": [help ? hintId : null, prompt.kind === "list" ? `${id}-lines` : null].filter(Boolean).join(" ") || null });
  control.value = text;
  return h("div", { class: "field" }, h("label", { for: id }, label), help,
    prompt.kind === "list" ? h("p", { class: "hint", id: `${id}-lines` }, t("One per line.")) : null, control);
}

// The form's answers, keyed by prompt; empty ones left out.
function readAnswers(form, prompts) {
  const answers = {};
  for (const prompt of prompts) {
    const id = controlId(prompt);
    if (prompt.kind === "scale" || prompt.kind === "choice") {
      const checked = form.querySelector(`input[name="${id}"]:checked`);
      if (checked) answers[prompt.key] = prompt.kind === "scale" ? Number(checked.value) : checked.value;
    } else {
      const value = form.querySelector(`#${CSS.escape(id)}`).value;
      if (prompt.kind === "list") {
        const lines = value.split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 20);
        if (lines.length) answers[prompt.key] = lines;
      } else if (value.trim()) answers[prompt.key] = value;
    }
  }
  return answers;
}

// Read-only answers (the client's submitted worksheet, and the counselor's review).
export function answerList(prompts, answers) {
  return h("dl", { class: "answers" }, prompts.flatMap((prompt) => {
    const value = answers[prompt.key];
    let shown = value === undefined || value === "" ? h("em", {}, t("No answer")) : String(value);
    if (Array.isArray(value)) shown = h("ul", {}, value.map((line) => h("li", {}, line)));
    else if (prompt.kind === "choice" && value !== undefined) shown = prompt.options.find((o) => o.value === value)?.label || value;
    else if (prompt.kind === "scale" && value !== undefined) shown = `${value} (${prompt.low}–${prompt.high})`;
    return [h("dt", {}, prompt.label), h("dd", {}, shown)];
  }));
}

async function worksheetScreen({ user, announce }, id) {
  const zone = user.timezone;
  const sheet = await api.worksheet(id);
  const sub = sheet.submission;
  const local = await savedHomework(user.id, id);
  const open = OPEN.includes(sub.status);
  // Words on this phone newer than the server's draft win (they were typed offline or not yet sent).
  const localNewer = local && open && (!sub.draft_saved_at || new Date(local.body.saved_at) > new Date(sub.draft_saved_at));
  const answers = localNewer ? local.body.answers : sub.answers;
  const header = [
    heading(sheet.title),
    h("p", { class: sheet.overdue ? "alert" : "role" },
      sheet.overdue ? t("{due} (overdue)", { due: dueText(sheet.due_at, zone) }) : dueText(sheet.due_at, zone)),
    sheet.instructions ? h("p", { class: "instructions" }, sheet.instructions) : null,
    sub.feedback ? h("div", { class: "card feedback-card" }, h("h2", {}, t("Your counselor's feedback")), h("p", { class: "feedback" }, sub.feedback)) : null,
  ];
  const back = h("p", { class: "back" }, h("a", { href: "#/homework" }, t("Back to homework")));
  if (!open || (localNewer && local.body.submit)) {
    const waitingToSubmit = open; // submitted on this phone, not yet received
    return h("section", { class: "worksheet" }, header,
      h("p", { class: `badge ${waitingToSubmit ? "waiting-badge" : `status-${sub.status}`}` },
        waitingToSubmit ? t("Waiting to send") : t(STATUS[sub.status])),
      waitingToSubmit ? h("p", { class: "hint" }, t("Saved on this phone. It will be submitted when you're back online.")) : null,
      answerList(sheet.prompts, answers), back);
  }
  return h("section", { class: "worksheet" }, header, worksheetForm({ user, announce }, id, sheet, answers), back);
}

function worksheetForm({ user, announce }, id, sheet, answers) {
  const status = h("p", { class: "save-status hint", role: "status", "aria-live": "polite" },
    sheet.submission.draft_saved_at ? t("Saved.") : "");
  const error = h("p", { id: "worksheet-error", class: "form-error", "aria-live": "assertive" });
  const button = h("button", { type: "submit", class: "button primary" },
    sheet.submission.status === "returned" ? t("Submit again") : t("Submit"));
  const form = h("form", { class: "stack worksheet-form", novalidate: true, "aria-describedby": "worksheet-error" },
    sheet.prompts.map((prompt) => promptControl(prompt, answers[prompt.key])), status, error, button);
  let keepTimer = null;
  let sendTimer = null;
  let kept = Promise.resolve();

  const body = (submit) => ({ answers: readAnswers(form, sheet.prompts), saved_at: new Date().toISOString(), submit });
  function keepNow() {
    clearTimeout(keepTimer);
    keepTimer = null;
    kept = keepHomework(user.id, id, body(false)).then((ok) => {
      status.textContent = ok ? t("Saved on this phone.") : "";
    });
    return kept;
  }
  async function sendNow() {
    sendTimer = null;
    await keepNow();
    const result = await sendHomework(user.id, id).catch((err) => ({ refused: err }));
    if (!form.isConnected || keepTimer || sendTimer) return; // newer typing will send again
    if (result?.answer) status.textContent = t("Saved.");
    else if (result?.queued) status.textContent = t("Saved on this phone. It will be sent when you're back online.");
    else if (result?.refused) error.textContent = result.refused.detail;
  }
  function changed() {
    status.textContent = t("Saving…");
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepNow, KEEP_AFTER_MS);
    clearTimeout(sendTimer);
    sendTimer = setTimeout(sendNow, SEND_AFTER_MS);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  // The app closed or hidden mid-answer: keep the words now, not after the pause.
  const leaving = () => {
    if (!form.isConnected) return removeEventListener("pagehide", leaving);
    if (keepTimer || document.visibilityState === "hidden") keepNow();
  };
  addEventListener("pagehide", leaving);
  document.addEventListener("visibilitychange", leaving);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    const data = body(true);
    const missing = sheet.prompts.filter((prompt) => prompt.required && data.answers[prompt.key] === undefined);
    if (missing.length) {
      error.textContent = t("Please answer: {questions}.", { questions: missing.map((prompt) => prompt.label).join("; ") });
      const first = form.querySelector(`#${CSS.escape(controlId(missing[0]))}`);
      (first.matches("fieldset") ? first.querySelector("input") : first).focus();
      return;
    }
    clearTimeout(keepTimer);
    clearTimeout(sendTimer);
    keepTimer = sendTimer = null;
    error.textContent = "";
    button.disabled = true;
    try {
      await kept;
      const outcome = await send(user.id, { id: homeworkKey(id), kind: "homework", assignment: id, body: data });
      announce(outcome.answer ? t("Homework submitted.") : t("Saved on this phone. It will be submitted when you're back online."));
      location.hash = "#/homework";
    } catch (err) {
      error.textContent = err.detail || t("The homework could not be submitted. Please try again.");
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
