// Counselor screens (loaded only for staff): the caseload with weekly hours and check-in flags, the week's
// sessions, and one session's roster where attendance is marked.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { addDays, dayLabel, duration, localDate, mondayOf, timeRange } from "../format.js";
import { agenda } from "./week.js";

const MARKS = [["present", "Present"], ["late", "Late"], ["absent", "Absent"], ["excused", "Excused"]];

export async function caseloadScreen({ user }) {
  const { clients } = await api.caseload();
  const mine = user.role === "counselor"; // check-in review and client detail are a counselor's
  return h("section", { class: "caseload" },
    heading("Caseload"),
    h("p", { class: "role" }, "This week's treatment hours (Monday to Sunday) and check-ins."),
    mine ? h("p", {}, h("a", { class: "button secondary", href: "#/invite" }, "Invite a client")) : null,
    clients.length
      ? h("ul", { class: "cards" }, clients.map((client) => caseloadCard(client, mine)))
      : h("p", { class: "notice" }, "No clients are on your caseload."));
}

function caseloadCard(client, mine) {
  const hours = client.hours;
  const short = hours && !hours.can_reach_minimum && hours.attended_minutes < hours.minimum_minutes;
  const checkins = client.checkins;
  const waiting = checkins && Object.entries(checkins.unreviewed).filter(([, count]) => count);
  return h("li", { class: `card${short || checkins?.missed ? " flagged" : ""}`, "data-client": client.client_id },
    h("h2", {}, mine ? h("a", { href: `#/clients/${client.client_id}` }, client.name) : client.name),
    short ? h("p", { class: "badge alert-badge" }, "Cannot reach the minimum this week") : null,
    checkins?.missed ? h("p", { class: "badge alert-badge" }, "No check-in for 2 days") : null,
    waiting?.length
      ? h("p", { class: "unreviewed" }, h(mine ? "a" : "span", { href: mine ? "#/queue" : null },
        `To review: ${waiting.map(([risk, count]) => `${count} ${risk}`).join(", ")}`))
      : null,
    client.homework?.overdue ? h("p", { class: "badge alert-badge" }, `${client.homework.overdue} homework overdue`) : null,
    client.meetings ? h("p", { class: "meetings-progress" }, client.meetings.target
      ? `Meetings this week: ${client.meetings.logged} of ${client.meetings.target}`
      : `Meetings this week: ${client.meetings.logged}`) : null,
    hours
      ? [h("p", { class: "hours" }, `Attended ${duration(hours.attended_minutes)} of ${duration(hours.minimum_minutes)}`),
        h("progress", { max: hours.minimum_minutes || 1, value: Math.min(hours.attended_minutes, hours.minimum_minutes),
          "aria-label": `${client.name}: attended hours toward the minimum` }),
        h("p", { class: "hint" }, `Scheduled still this week: ${duration(hours.scheduled_minutes_left)}`)]
      : h("p", { class: "hint" }, "Not enrolled in a program now."));
}

// #/sessions is this week's sessions, #/sessions/week/2026-11-23 another week's, and
// #/sessions/12 the roster of session 12.
export async function sessionsScreen(context) {
  const [first, second] = context.params;
  if (first && first !== "week") return rosterScreen(context, Number(first));
  const zone = context.user.timezone;
  const monday = first === "week" && /^\d{4}-\d{2}-\d{2}$/.test(second || "")
    ? mondayOf(second) : mondayOf(localDate(new Date().toISOString(), zone));
  const sunday = addDays(monday, 6);
  const all = await api.staffSessions(monday, 7);
  const week = all.filter((occurrence) => {
    const day = localDate(occurrence.starts_at, zone);
    return day >= monday && day <= sunday;
  });
  const rosterLink = (occurrence) => h("p", {},
    h("a", { class: "button secondary", href: `#/sessions/${occurrence.id}` },
      "Roster", h("span", { class: "visually-hidden" }, ` for ${occurrence.title}, ${timeRange(occurrence.starts_at, occurrence.ends_at, zone)}`)));
  return h("section", { class: "sessions-screen" },
    heading("Sessions"),
    h("p", { class: "role" }, `Week of ${dayLabel(monday)}`),
    h("nav", { class: "actions row", "aria-label": "Weeks" },
      h("a", { class: "button secondary", href: `#/sessions/week/${addDays(monday, -7)}` }, "Previous week"),
      h("a", { class: "button secondary", href: `#/sessions/week/${addDays(monday, 7)}` }, "Next week")),
    agenda(week, zone, { extra: (occurrence) => (occurrence.status === "cancelled" ? null : rosterLink(occurrence)) }));
}

async function rosterScreen({ user, announce }, id) {
  let data = await api.roster(id);
  const zone = user.timezone;
  const session = data.occurrence;
  const length = Math.round((new Date(session.ends_at) - new Date(session.starts_at)) / 60000);
  const error = h("p", { id: "roster-error", class: "form-error", "aria-live": "assertive" });
  const list = h("div", { class: "stack" });
  const save = h("button", { type: "submit", class: "button primary" }, "Save attendance");

  function render() {
    list.replaceChildren(...(data.roster.length
      ? data.roster.map((entry) => rosterEntry(entry, length))
      : [h("p", { class: "notice" }, "Nobody is expected at this session.")]));
  }

  async function submit(event) {
    event.preventDefault();
    if (save.disabled) return;
    const marks = [];
    for (const fieldset of list.querySelectorAll("fieldset[data-client]")) {
      const status = fieldset.querySelector("input[type=radio]:checked")?.value;
      if (!status) continue;
      const minutes = fieldset.querySelector("input[type=number]").value.trim();
      const mark = { client_id: Number(fieldset.dataset.client), status };
      if (minutes !== "" && (status === "present" || status === "late")) mark.minutes = Number(minutes);
      marks.push(mark);
    }
    if (!marks.length) {
      error.textContent = "Choose present, late, absent or excused for at least one person.";
      return;
    }
    error.textContent = "";
    save.disabled = true;
    try {
      data = await api.markAttendance(id, marks);
      render();
      announce("Attendance saved.");
    } catch (err) {
      error.textContent = err.detail || "Saving failed. Please try again.";
    } finally {
      save.disabled = false;
    }
  }

  render();
  return h("section", { class: "roster" },
    heading(session.title),
    h("p", { class: "session-time" }, `${dayLabel(localDate(session.starts_at, zone))}, ${timeRange(session.starts_at, session.ends_at, zone)}`),
    session.status === "cancelled" ? h("p", { class: "badge cancelled-badge" }, "Cancelled") : null,
    h("p", { class: "hint" }, `${duration(length)} long. Present without minutes counts the whole session; a late arrival needs the minutes attended.`),
    h("form", { class: "stack", novalidate: true, onSubmit: submit, "aria-describedby": "roster-error" }, list, error, save),
    user.role === "counselor" && session.status !== "cancelled"
      ? h("p", {}, h("a", { class: "button secondary", href: `#/homework/assign/session/${id}` }, "Assign homework"))
      : null,
    h("p", { class: "back" }, h("a", { href: "#/sessions" }, "Back to sessions")));
}

function rosterEntry(entry, length) {
  const key = `c${entry.client_id}`;
  return h("fieldset", { class: "mark", "data-client": entry.client_id },
    h("legend", {}, entry.name),
    h("div", { class: "choices" }, MARKS.map(([value, label]) =>
      h("label", { class: "choice" },
        h("input", { type: "radio", name: `${key}-status`, value, checked: entry.status === value }), label))),
    h("div", { class: "field minutes" },
      h("label", { for: `${key}-minutes` }, "Minutes attended"),
      h("input", { id: `${key}-minutes`, type: "number", inputmode: "numeric", min: 0, max: length,
        value: entry.minutes ?? "" })),
    entry.status ? h("p", { class: "hint" }, `Recorded: ${entry.status}${entry.minutes != null ? `, ${duration(entry.minutes)}` : ""}`) : null);
}
