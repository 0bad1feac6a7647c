// A client's aftercare meetings (#/meetings): this week's progress against the counselor's
// target, a quick log for right after a meeting (kept in the outbox, so it works offline and a
// retry never makes two), a search of the meeting directory to fill it in, and recent logs.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { clockTime, meetingsProgress, when as spokenWhen } from "../format.js";
import { N_, locale, t, use } from "../i18n.js";
import { newId, outboxEvents, send, waiting } from "../outbox.js";

await use("views/meetings");

// The fellowships' own names (Spanish-speaking groups keep AA, NA, CA and SMART Recovery);
// shown with t(), as aftercare.js does too.
export const FELLOWSHIPS = { aa: N_("AA"), na: N_("NA"), smart: N_("SMART Recovery"), ca: N_("CA"),
  refuge: N_("Refuge Recovery"), celebrate: N_("Celebrate Recovery"), other: N_("Other") };
const FORMATS = [["in_person", N_("In person")], ["online", N_("Online")]];

// A weekday by number (0 = Sunday) in the language on screen, from CLDR (2023-01-01 was a
// Sunday); `start`: capitalised to start a line ("Domingo" in a menu, "domingo" in a sentence).
function dayName(day, { start = false } = {}) {
  const name = new Intl.DateTimeFormat(locale(), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2023, 0, 1 + day)));
  return start ? name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1) : name;
}
const WEEK = [0, 1, 2, 3, 4, 5, 6];

// "2 of 3 meetings this week (1 verified)", then "… — goal met" (never "4 of 3").
export const weekText = (week) => meetingsProgress(week);

// A datetime-local value for a Date, in this device's zone.
const localValue = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

// The latest start of a weekly meeting (day 0 = Sunday, "HH:MM") that is not in the future.
function lastHeld(day, at) {
  const [hours, minutes] = at.split(":").map(Number);
  const when = new Date();
  when.setHours(hours, minutes, 0, 0);
  when.setDate(when.getDate() - ((when.getDay() - day + 7) % 7));
  if (when > new Date()) when.setDate(when.getDate() - 7);
  return when;
}

const field = (id, label, control) => h("div", { class: "field" }, h("label", { for: id }, label), control);

function directorySearch(choose) {
  const q = h("input", { id: "dir-q", type: "search", maxlength: 100 });
  const day = h("select", { id: "dir-day" }, h("option", { value: "" }, t("Any day")), WEEK.map((i) => h("option", { value: i }, dayName(i, { start: true }))));
  const near = h("input", { id: "dir-near", type: "time" });
  const results = h("div", { class: "directory-results", "aria-live": "polite" });
  async function search() {
    results.replaceChildren(h("p", { class: "hint" }, t("Searching…")));
    try {
      const found = await api.meetingDirectory({ q: q.value.trim() || null, day: day.value || null, near: near.value || null, limit: 20 });
      results.replaceChildren(found.length
        ? h("ul", { class: "plain-list" }, found.map((meeting) => h("li", { "data-directory": meeting.id },
          h("span", {}, `${meeting.name} · ${dayName(meeting.day)} ${clockTime(meeting.time)} · ${meeting.location || meeting.city || (meeting.conference_url ? t("Online") : "")}`),
          " ",
          h("button", { type: "button", class: "button secondary", onClick: () => choose(meeting),
            "aria-label": t("Use this: {name}", { name: meeting.name }) }, t("Use this")))))
        : h("p", { class: "hint" }, t("No meetings match. Try fewer words, or type the meeting in yourself.")));
    } catch (err) {
      results.replaceChildren(h("p", { class: "form-error" }, err.detail));
    }
  }
  return h("details", { class: "directory" }, h("summary", {}, t("Find it in the meeting directory")),
    h("div", { class: "stack" },
      field("dir-q", t("Name or place"), q), field("dir-day", t("Day"), day), field("dir-near", t("Near this time"), near),
      h("button", { type: "button", class: "button secondary", onClick: search }, t("Search")), results));
}

export async function meetingsScreen({ user, announce, refresh }) {
  const [aftercare, recent] = await Promise.all([
    api.aftercare(),
    api.meetings(30).catch((err) => { if (err.offline) return null; throw err; }),
  ]);
  const pending = h("div", { class: "waiting" });
  const showWaiting = async () => {
    if (!pending.isConnected && pending.dataset.shown) return outboxEvents.removeEventListener("change", showWaiting);
    pending.dataset.shown = "1";
    const entries = await waiting(user.id, "meeting");
    pending.replaceChildren(...(entries.length ? [h("h2", {}, t("Waiting to send")), h("ul", { class: "plain-list" },
      entries.map(({ body }) => h("li", { "data-meeting": body.id }, h("span", { class: "badge waiting-badge" }, t("Waiting to send")),
        ` ${t(FELLOWSHIPS[body.fellowship])} – ${body.name}`)))] : []));
  };
  outboxEvents.addEventListener("change", showWaiting);
  await showWaiting();

  const fellowship = h("select", { id: "m-fellowship" }, Object.entries(FELLOWSHIPS).map(([value, label]) => h("option", { value }, t(label))));
  const name = h("input", { id: "m-name", maxlength: 200, autocomplete: "off" });
  const when = h("input", { id: "m-when", type: "datetime-local", value: localValue(new Date()) });
  const format = h("fieldset", { class: "question", id: "m-format" }, h("legend", {}, t("How")),
    h("div", { class: "choices" }, FORMATS.map(([value, label], i) =>
      h("label", { class: "choice chip" }, h("input", { type: "radio", name: "format", value, checked: i === 0 }), t(label)))));
  const note = h("textarea", { id: "m-note", rows: 2, maxlength: 2000 });
  const picked = h("p", { class: "hint", "aria-live": "polite" });
  const error = h("p", { id: "meeting-error", class: "form-error", "aria-live": "assertive" });
  const button = h("button", { type: "submit", class: "button primary" }, t("Log meeting"));
  let directoryId = null;

  function useMeeting(meeting) {
    directoryId = meeting.id;
    name.value = meeting.name;
    fellowship.value = meeting.fellowship in FELLOWSHIPS ? meeting.fellowship : "other";
    const online = meeting.format === "online";
    format.querySelector(`input[value=${online ? "online" : "in_person"}]`).checked = true;
    when.value = localValue(lastHeld(meeting.day, meeting.time));
    picked.textContent = t("From the directory: {name}.", { name: meeting.name });
    name.focus();
  }
  name.addEventListener("input", () => {
    directoryId = null;
    picked.textContent = "";
  });

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    if (!name.value.trim() || !when.value) {
      error.textContent = !name.value.trim() ? t("Please give the meeting's name.") : t("Please say when it was.");
      (!name.value.trim() ? name : when).focus();
      return;
    }
    const body = { id: newId(), fellowship: fellowship.value, name: name.value.trim(), attended_at: new Date(when.value).toISOString(),
      format: format.querySelector("input:checked").value, note: note.value.trim(), directory_id: directoryId };
    error.textContent = "";
    button.disabled = true;
    try {
      const outcome = await send(user.id, { id: body.id, kind: "meeting", body });
      if (outcome.answer) {
        announce(t("Meeting logged. Well done."));
        await refresh();
      } else {
        announce(t("Saved on this phone. It will be sent when you're back online."));
        form.reset();
        when.value = localValue(new Date());
      }
    } catch (err) {
      error.textContent = err.detail || t("The meeting could not be logged. Please try again.");
    } finally {
      button.disabled = false;
    }
  }
  const form = h("form", { class: "stack meeting-form", novalidate: true, onSubmit: submit, "aria-describedby": "meeting-error" },
    directorySearch(useMeeting), picked,
    field("m-fellowship", t("Fellowship"), fellowship), field("m-name", t("Meeting name"), name), field("m-when", t("When"), when),
    format, field("m-note", t("Note (optional)"), note), error, button);

  return h("section", { class: "meetings" },
    heading(t("Meetings")),
    h("p", { class: "meetings-progress" }, weekText(aftercare.week)),
    aftercare.week.target ? h("progress", { max: aftercare.week.target, value: Math.min(aftercare.week.logged, aftercare.week.target),
      "aria-label": t("Meetings toward this week's goal") }) : null,
    aftercare.plan?.notes ? h("div", { class: "card" }, h("h2", {}, t("Your aftercare plan")), h("p", { class: "plan-notes" }, aftercare.plan.notes)) : null,
    pending,
    h("h2", {}, t("Log a meeting")), form,
    h("h2", {}, t("Recent meetings")),
    recent === null
      ? h("p", { class: "hint" }, t("Your earlier meetings will show when you're back online."))
      : recent.length
        ? h("ul", { class: "plain-list recent-meetings" }, recent.map((meeting) => h("li", { "data-meeting": meeting.id },
          `${spokenWhen(meeting.attended_at, user.timezone)}: ${t(FELLOWSHIPS[meeting.fellowship])} – ${meeting.name}`,
          meeting.verified ? [" ", h("span", { class: "badge" }, t("Verified"))] : null)))
        : h("p", { class: "hint" }, t("No meetings logged yet.")));
}
