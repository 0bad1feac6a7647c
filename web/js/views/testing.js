// Counselor drug-testing screen (loaded only for counselors):
//   #/testing              today's tests among my clients (today in my zone), overdue first
//   #/testing/2026-11-24   another day's
// Each waiting test has a small form to record what happened (collected with its result, missed
// or excused); a recorded one shows its result and can be changed. Below, a test can be scheduled
// for one client on a day, outside the random draw.
import { api } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { addDays, dayLabel, localDate, timeRange } from "../format.js";
import { N_, t, use } from "../i18n.js";

await use("views/testing");

// The server's codes (status, result, kind) stay as they are; their words are shown.
const STATUS = { selected: N_("Waiting for the client"), collected: N_("Collected"), missed: N_("Missed"), excused: N_("Excused") };
const OUTCOMES = [["collected", N_("Collected")], ["missed", N_("Missed")], ["excused", N_("Excused")]];
const RESULTS = [["negative", N_("Negative")], ["positive", N_("Positive")], ["dilute", N_("Dilute")], ["invalid", N_("Invalid")]];
const KIND = { random: N_("Random test"), scheduled: N_("Scheduled test") };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const statusWords = (test) => (STATUS[test.status] ? t(STATUS[test.status]) : test.status);

export async function testingScreen({ user, params, announce }) {
  const zone = user.timezone;
  const today = localDate(new Date().toISOString(), zone);
  const day = DAY.test(params[0] || "") ? params[0] : today;
  const [tests, { clients }] = await Promise.all([api.drugTests(day), api.caseload()]);
  const list = h("div", { class: "testing-day" });

  function render(items, focusId = null) {
    list.replaceChildren(items.length
      ? h("ul", { class: "cards" }, items.map((test) => testCard(test, zone, saved)))
      : h("p", { class: "notice" }, t("No drug tests on this day.")));
    if (focusId !== null) list.querySelector(`[data-test="${focusId}"] h2`)?.focus();
  }

  // After a save or a new test: the day's list again, from the server.
  async function reload(focusId = null) {
    render(await api.drugTests(day), focusId);
  }

  async function saved(test) {
    announce(t("Result saved."));
    await reload(test.id);
  }

  render(tests);
  // On a laptop the day's tests and the form to schedule one sit side by side (staff.css).
  return h("section", { class: "testing ws-wide" },
    h("div", { class: "testing-main" },
      heading(t("Testing")),
      h("p", { class: "role" }, day === today ? t("Today, {day}", { day: dayLabel(day) }) : dayLabel(day)),
      h("nav", { class: "actions row", "aria-label": t("Days") },
        h("a", { class: "button secondary", href: `#/testing/${addDays(day, -1)}` }, t("Previous day")),
        day !== today ? h("a", { class: "button secondary", href: "#/testing" }, t("Today")) : null,
        h("a", { class: "button secondary", href: `#/testing/${addDays(day, 1)}` }, t("Next day"))),
      list),
    scheduleForm({ clients, day: day < today ? today : day, shown: day, announce, reload }));
}

function testCard(test, zone, saved) {
  const recorded = test.status !== "selected";
  const form = resultForm(test, saved);
  let change = null;
  if (recorded) {
    form.hidden = true;
    change = h("button", { type: "button", class: "button secondary", "aria-expanded": "false",
      "aria-controls": `t${test.id}-form` }, h("span", { "aria-hidden": "true" }, t("Change")),
    h("span", { class: "visually-hidden" }, t("Change the result for {name}", { name: test.client_name })));
    change.addEventListener("click", () => {
      form.hidden = !form.hidden;
      change.setAttribute("aria-expanded", String(!form.hidden));
      if (!form.hidden) form.querySelector("input[type=radio]:checked, input[type=radio]")?.focus();
    });
  }
  return h("li", { class: `card${test.overdue ? " flagged" : ""}`, "data-test": test.id, "data-client": test.client_id },
    h("h2", { tabindex: "-1" }, test.client_name),
    test.overdue ? h("p", { class: "badge alert-badge" }, t("Overdue")) : null,
    h("p", { class: "session-time" }, t("Window {time}", { time: timeRange(test.window_start_at, test.window_end_at, zone) })),
    h("p", { class: "hint" }, KIND[test.kind] ? t(KIND[test.kind]) : test.kind),
    h("p", { class: "test-status" }, t("Status: {status}", { status: statusWords(test) })),
    recorded ? h("p", { class: "test-result" }, resultText(test)) : null,
    test.note ? h("p", { class: "hint" }, t("Note: {note}", { note: test.note })) : null,
    change, form);
}

function resultText(test) {
  if (test.status !== "collected") return t("Recorded: {status}", { status: statusWords(test) });
  const words = RESULTS.find(([value]) => value === test.result)?.[1];
  const result = words ? t(words) : test.result || "";
  return test.substances.length
    ? t("Result: {result} ({substances})", { result, substances: test.substances.join(", ") })
    : t("Result: {result}", { result });
}

function resultForm(test, saved) {
  const key = `t${test.id}`;
  const recorded = test.status !== "selected";
  const error = h("p", { id: `${key}-error`, class: "form-error", "aria-live": "assertive" });
  const result = h("select", { id: `${key}-result` },
    h("option", { value: "" }, t("Choose a result")),
    RESULTS.map(([value, label]) => h("option", { value, selected: test.result === value }, t(label))));
  const substances = h("input", { id: `${key}-substances`, maxlength: 600, "aria-describedby": `${key}-substances-hint`,
    value: test.substances.join(", ") });
  const note = h("input", { id: `${key}-note`, maxlength: 1000, value: test.note || "" });
  const resultField = h("div", { class: "field" }, h("label", { for: `${key}-result` }, t("Result")), result);
  const substancesField = h("div", { class: "field" },
    h("label", { for: `${key}-substances` }, t("Substances")),
    h("p", { class: "hint", id: `${key}-substances-hint` }, t("Separate them with commas.")), substances);
  const outcomes = h("fieldset", { class: "mark" },
    h("legend", {}, t("What happened"), h("span", { class: "visually-hidden" }, ` (${test.client_name})`)),
    h("div", { class: "choices" }, OUTCOMES.map(([value, label]) => h("label", { class: "choice" },
      h("input", { type: "radio", name: `${key}-status`, value, checked: recorded && test.status === value }), t(label)))));
  const button = h("button", { type: "submit", class: "button primary" }, t("Save result"));

  const chosen = () => outcomes.querySelector("input[type=radio]:checked")?.value;
  function showParts() {
    resultField.hidden = chosen() !== "collected";
    substancesField.hidden = chosen() !== "collected" || result.value !== "positive";
  }
  outcomes.addEventListener("change", showParts);
  result.addEventListener("change", showParts);
  showParts();

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    const status = chosen();
    if (!status) {
      error.textContent = t("Choose collected, missed or excused.");
      outcomes.querySelector("input[type=radio]")?.focus();
      return;
    }
    if (status === "collected" && !result.value) {
      error.textContent = t("Choose the result of the collected test.");
      result.focus();
      return;
    }
    const body = { status, result: status === "collected" ? result.value : null, note: note.value.trim() };
    if (body.result === "positive") {
      body.substances = substances.value.split(",").map((name) => name.trim()).filter(Boolean);
    }
    error.textContent = "";
    button.disabled = true;
    try {
      await saved(await api.recordTestResult(test.id, body));
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
      button.disabled = false;
    }
  }

  return h("form", { id: `${key}-form`, class: "stack result-form", novalidate: true, onSubmit: submit,
    "aria-describedby": `${key}-error` },
    outcomes, resultField, substancesField,
    h("div", { class: "field" }, h("label", { for: `${key}-note` }, t("Note")), note),
    error, button);
}

function scheduleForm({ clients, day, shown, announce, reload }) {
  const error = h("p", { id: "schedule-error", class: "form-error", "aria-live": "assertive" });
  const client = h("select", { id: "schedule-client" },
    h("option", { value: "" }, t("Choose a client")),
    clients.map((entry) => h("option", { value: entry.client_id }, entry.name)));
  const date = h("input", { id: "schedule-date", type: "date", value: day });
  const start = h("input", { id: "schedule-start", type: "time", value: "08:00" });
  const end = h("input", { id: "schedule-end", type: "time", value: "17:00" });
  const note = h("input", { id: "schedule-note", maxlength: 1000 });
  const button = h("button", { type: "submit", class: "button primary" }, t("Schedule test"));

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    const problem = !client.value ? [client, t("Choose a client.")]
      : !DAY.test(date.value) ? [date, t("Choose the day of the test.")]
        : !start.value || !end.value ? [start.value ? end : start, t("Give the window's start and end times.")]
          : null;
    if (problem) {
      error.textContent = problem[1];
      problem[0].focus();
      return;
    }
    error.textContent = "";
    button.disabled = true;
    try {
      const made = await api.scheduleTest({ client_id: Number(client.value), local_date: date.value,
        window_start: start.value.slice(0, 5), window_end: end.value.slice(0, 5), note: note.value.trim() });
      note.value = "";
      announce(t("Test scheduled for {name} on {day}.", { name: made.client_name, day: dayLabel(made.local_date) }));
      if (made.local_date === shown) await reload();
    } catch (err) {
      error.textContent = err.detail || t("Scheduling failed. Please try again.");
    } finally {
      button.disabled = false;
    }
  }

  return h("form", { class: "stack form-card", novalidate: true, onSubmit: submit, "aria-describedby": "schedule-error" },
    h("h2", {}, t("Schedule a test")),
    h("p", { class: "hint" }, t("A test for one client on one day, outside the random draw. Times are the program's.")),
    h("div", { class: "field" }, h("label", { for: "schedule-client" }, t("Client")), client),
    h("div", { class: "field" }, h("label", { for: "schedule-date" }, t("Day")), date),
    h("div", { class: "row" },
      h("div", { class: "field" }, h("label", { for: "schedule-start" }, t("Window starts")), start),
      h("div", { class: "field" }, h("label", { for: "schedule-end" }, t("Window ends")), end)),
    h("div", { class: "field" }, h("label", { for: "schedule-note" }, t("Note")), note),
    error, button);
}
