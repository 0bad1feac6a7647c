// Counselor drug-testing screen (loaded only for counselors):
//   #/testing              today's tests among my clients (today in my zone), overdue first
//   #/testing/2026-11-24   another day's
// Each waiting test has a small form to record what happened (collected with its result, missed
// or excused); a recorded one shows its result and can be changed. Below, a test can be scheduled
// for one client on a day, outside the random draw.
import { api } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { addDays, dayLabel, localDate, timeRange } from "../format.js";

const STATUS = { selected: "Waiting for the client", collected: "Collected", missed: "Missed", excused: "Excused" };
const OUTCOMES = [["collected", "Collected"], ["missed", "Missed"], ["excused", "Excused"]];
const RESULTS = [["negative", "Negative"], ["positive", "Positive"], ["dilute", "Dilute"], ["invalid", "Invalid"]];
const KIND = { random: "Random", scheduled: "Scheduled" };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function testingScreen({ user, params, announce }) {
  const zone = user.timezone;
  const today = localDate(new Date().toISOString(), zone);
  const day = DAY.test(params[0] || "") ? params[0] : today;
  const [tests, { clients }] = await Promise.all([api.drugTests(day), api.caseload()]);
  const list = h("div", { class: "testing-day" });

  function render(items, focusId = null) {
    list.replaceChildren(items.length
      ? h("ul", { class: "cards" }, items.map((test) => testCard(test, zone, saved)))
      : h("p", { class: "notice" }, "No drug tests on this day."));
    if (focusId !== null) list.querySelector(`[data-test="${focusId}"] h2`)?.focus();
  }

  // After a save or a new test: the day's list again, from the server.
  async function reload(focusId = null) {
    render(await api.drugTests(day), focusId);
  }

  async function saved(test) {
    announce("Result saved.");
    await reload(test.id);
  }

  render(tests);
  // On a laptop the day's tests and the form to schedule one sit side by side (staff.css).
  return h("section", { class: "testing ws-wide" },
    h("div", { class: "testing-main" },
      heading("Testing"),
      h("p", { class: "role" }, day === today ? `Today, ${dayLabel(day)}` : dayLabel(day)),
      h("nav", { class: "actions row", "aria-label": "Days" },
        h("a", { class: "button secondary", href: `#/testing/${addDays(day, -1)}` }, "Previous day"),
        day !== today ? h("a", { class: "button secondary", href: "#/testing" }, "Today") : null,
        h("a", { class: "button secondary", href: `#/testing/${addDays(day, 1)}` }, "Next day")),
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
      "aria-controls": `t${test.id}-form` }, "Change", h("span", { class: "visually-hidden" }, ` the result for ${test.client_name}`));
    change.addEventListener("click", () => {
      form.hidden = !form.hidden;
      change.setAttribute("aria-expanded", String(!form.hidden));
      if (!form.hidden) form.querySelector("input[type=radio]:checked, input[type=radio]")?.focus();
    });
  }
  return h("li", { class: `card${test.overdue ? " flagged" : ""}`, "data-test": test.id, "data-client": test.client_id },
    h("h2", { tabindex: "-1" }, test.client_name),
    test.overdue ? h("p", { class: "badge alert-badge" }, "Overdue") : null,
    h("p", { class: "session-time" }, `Window ${timeRange(test.window_start_at, test.window_end_at, zone)}`),
    h("p", { class: "hint" }, `${KIND[test.kind] || test.kind} test`),
    h("p", { class: "test-status" }, `Status: ${STATUS[test.status] || test.status}`),
    recorded ? h("p", { class: "test-result" }, resultText(test)) : null,
    test.note ? h("p", { class: "hint" }, `Note: ${test.note}`) : null,
    change, form);
}

function resultText(test) {
  if (test.status !== "collected") return `Recorded: ${STATUS[test.status] || test.status}`;
  const result = RESULTS.find(([value]) => value === test.result)?.[1] || test.result || "";
  return `Result: ${result}${test.substances.length ? ` (${test.substances.join(", ")})` : ""}`;
}

function resultForm(test, saved) {
  const key = `t${test.id}`;
  const recorded = test.status !== "selected";
  const error = h("p", { id: `${key}-error`, class: "form-error", "aria-live": "assertive" });
  const result = h("select", { id: `${key}-result` },
    h("option", { value: "" }, "Choose a result"),
    RESULTS.map(([value, label]) => h("option", { value, selected: test.result === value }, label)));
  const substances = h("input", { id: `${key}-substances`, maxlength: 600, "aria-describedby": `${key}-substances-hint`,
    value: test.substances.join(", ") });
  const note = h("input", { id: `${key}-note`, maxlength: 1000, value: test.note || "" });
  const resultField = h("div", { class: "field" }, h("label", { for: `${key}-result` }, "Result"), result);
  const substancesField = h("div", { class: "field" },
    h("label", { for: `${key}-substances` }, "Substances"),
    h("p", { class: "hint", id: `${key}-substances-hint` }, "Separate them with commas."), substances);
  const outcomes = h("fieldset", { class: "mark" },
    h("legend", {}, "What happened", h("span", { class: "visually-hidden" }, ` (${test.client_name})`)),
    h("div", { class: "choices" }, OUTCOMES.map(([value, label]) => h("label", { class: "choice" },
      h("input", { type: "radio", name: `${key}-status`, value, checked: recorded && test.status === value }), label))));
  const button = h("button", { type: "submit", class: "button primary" }, "Save result");

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
      error.textContent = "Choose collected, missed or excused.";
      outcomes.querySelector("input[type=radio]")?.focus();
      return;
    }
    if (status === "collected" && !result.value) {
      error.textContent = "Choose the result of the collected test.";
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
      error.textContent = err.detail || "Saving failed. Please try again.";
      button.disabled = false;
    }
  }

  return h("form", { id: `${key}-form`, class: "stack result-form", novalidate: true, onSubmit: submit,
    "aria-describedby": `${key}-error` },
    outcomes, resultField, substancesField,
    h("div", { class: "field" }, h("label", { for: `${key}-note` }, "Note"), note),
    error, button);
}

function scheduleForm({ clients, day, shown, announce, reload }) {
  const error = h("p", { id: "schedule-error", class: "form-error", "aria-live": "assertive" });
  const client = h("select", { id: "schedule-client" },
    h("option", { value: "" }, "Choose a client"),
    clients.map((entry) => h("option", { value: entry.client_id }, entry.name)));
  const date = h("input", { id: "schedule-date", type: "date", value: day });
  const start = h("input", { id: "schedule-start", type: "time", value: "08:00" });
  const end = h("input", { id: "schedule-end", type: "time", value: "17:00" });
  const note = h("input", { id: "schedule-note", maxlength: 1000 });
  const button = h("button", { type: "submit", class: "button primary" }, "Schedule test");

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    const problem = !client.value ? [client, "Choose a client."]
      : !DAY.test(date.value) ? [date, "Choose the day of the test."]
        : !start.value || !end.value ? [start.value ? end : start, "Give the window's start and end times."]
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
      announce(`Test scheduled for ${made.client_name} on ${dayLabel(made.local_date)}.`);
      if (made.local_date === shown) await reload();
    } catch (err) {
      error.textContent = err.detail || "Scheduling failed. Please try again.";
    } finally {
      button.disabled = false;
    }
  }

  return h("form", { class: "stack form-card", novalidate: true, onSubmit: submit, "aria-describedby": "schedule-error" },
    h("h2", {}, "Schedule a test"),
    h("p", { class: "hint" }, "A test for one client on one day, outside the random draw. Times are the program's."),
    h("div", { class: "field" }, h("label", { for: "schedule-client" }, "Client"), client),
    h("div", { class: "field" }, h("label", { for: "schedule-date" }, "Day"), date),
    h("div", { class: "row" },
      h("div", { class: "field" }, h("label", { for: "schedule-start" }, "Window starts"), start),
      h("div", { class: "field" }, h("label", { for: "schedule-end" }, "Window ends"), end)),
    h("div", { class: "field" }, h("label", { for: "schedule-note" }, "Note"), note),
    error, button);
}
