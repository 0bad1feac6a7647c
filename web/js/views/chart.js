// A client's chart (loaded only for staff): a header (name, track, care team, this week's hours,
// risk) and tabs as routes: #/clients/{id} (Overview), #/clients/{id}/checkins, …/homework,
// …/attendance, …/meetings, …/tests. Overview's trends show 30 days, or 90 at #/clients/{id}/90.
// Opened from the review queue, a "Back to queue" returns to the same item there.
import { api, ApiError } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { MOODS, dayLabel, duration, shortDay, time, timeRange } from "../format.js";
import { aftercarePanel } from "./aftercare.js";
import { careTeamPanel } from "./careteam.js";

const TABS = [
  ["overview", "Overview"], ["checkins", "Check-ins"], ["homework", "Homework"],
  ["attendance", "Attendance"], ["meetings", "Meetings"], ["tests", "Tests"],
];
const RISKS = { urgent: "Urgent", high: "High", normal: "Normal" };
const PLACE = "companion-queue-place";

// --- where the queue was -----------------------------------------------------------------------

// The check-in opened from the queue (and its client, and the item after it): the queue and the
// chart come back to it. Kept for this tab only; signing out clears it with the rest.
export function rememberQueuePlace(checkin, client, next = null) {
  try {
    const before = queuePlace();
    sessionStorage.setItem(PLACE, JSON.stringify({ checkin, client, next: next ?? (before?.checkin === checkin ? before.next : null) }));
  } catch {
    // storage disabled: the queue starts at its top
  }
}

export function queuePlace() {
  try {
    return JSON.parse(sessionStorage.getItem(PLACE) || "null");
  } catch {
    return null;
  }
}

// --- the chart ---------------------------------------------------------------------------------

export async function clientScreen(context) {
  const [rawId, rawTab = "overview", range] = context.params;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id < 1) throw new ApiError(404, "There is no such client.");
  // #/clients/12/90 is the Overview over 90 days (the older address of that view).
  const [tab, days] = /^(30|90)$/.test(rawTab) ? ["overview", rawTab] : [rawTab, range];
  const known = TABS.find(([key]) => key === tab) ? tab : "overview";
  const summary = await clientSummary(id);
  const place = queuePlace();
  const fromQueue = place?.client === id ? place : null;
  // A tab's range is its address's last part: #/clients/12/checkins/90, …/attendance/12, …/tests/365.
  const body = await TAB_SCREENS[known]({ ...context, id, summary, days: days === "90" ? 90 : 30, range: Number(days) || null });
  return h("section", { class: "client-chart ws-wide", "data-client": id },
    chartHeader(summary, context.user, fromQueue),
    h("nav", { class: "chart-tabs", "aria-label": `${summary.name}'s chart` },
      h("ul", {}, TABS.map(([key, label]) => h("li", {},
        h("a", { href: key === "overview" ? `#/clients/${id}` : `#/clients/${id}/${key}`, "aria-current": key === known ? "page" : null }, label))))),
    h("div", { class: "chart-body", "data-tab": known }, body));
}

// The header's facts: A's summary when the server has it, else what the trends answer says.
async function clientSummary(id) {
  if (api.clientSummary) return api.clientSummary(id);
  const detail = await api.clientDetail(id);
  return { client_id: id, name: detail.name, hours: detail.hours, track: null, care_team: null, risk: null,
    checkins: { last_checkin: detail.last_checkin, missed: false, unreviewed: {} }, homework: null };
}

function chartHeader(s, user, fromQueue) {
  const hours = s.hours;
  const team = s.care_team?.length
    ? s.care_team.map((m) => `${m.name}${m.is_primary ? " (primary)" : ""}${m.on_leave ? " (on leave)" : ""}`).join(", ")
    : s.care_team ? "Nobody yet" : null;
  const risk = s.risk?.level;
  const facts = [
    ["Track", s.track ? `${s.track.name} · ${s.track.program}` : "Not enrolled now"],
    team !== null ? ["Care team", team] : null,
    ["Hours this week", hours ? hoursText(hours) : "Not enrolled"],
    ["Risk", risk && risk !== "normal"
      ? [h("span", { class: `badge risk-${risk}` }, `${RISKS[risk]}`, h("span", { class: "visually-hidden" }, " risk")),
        s.risk.alert_open ? h("span", { class: "flag" }, " alert not acknowledged") : null]
      : risk === "normal" ? "Normal (check-ins waiting)" : "Nothing waiting for review"],
  ].filter(Boolean);
  return h("header", { class: "chart-header" },
    h("div", { class: "chart-title" },
      heading(s.name),
      h("div", { class: "row chart-links" },
        fromQueue ? h("a", { class: "button secondary", href: "#/queue" }, "Back to queue") : null,
        h("a", { class: "button secondary", href: "#/caseload" }, "Caseload"),
        // A crisis plan only when the server offers one: never a link to nowhere.
        s.crisis_plan_url ? h("a", { class: "button secondary", href: s.crisis_plan_url }, "Crisis plan") : null,
        user.role === "counselor" ? h("a", { class: "button secondary", href: `#/homework/assign/client/${s.client_id}` }, "Assign homework") : null)),
    h("dl", { class: "chart-facts" }, facts.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])));
}

function hoursText(hours) {
  const short = hours.attended_minutes < hours.minimum_minutes;
  return `${duration(hours.attended_minutes)} of ${duration(hours.minimum_minutes)}${short
    ? hours.can_reach_minimum ? ` (${duration(hours.scheduled_minutes_left)} still scheduled)` : " — cannot reach the minimum this week"
    : " — minimum met"}`;
}

// --- Overview ----------------------------------------------------------------------------------

async function overviewTab({ id, summary, days, announce, user }) {
  const counselor = user.role === "counselor";
  const [detail, team] = await Promise.all([
    api.clientDetail(id).catch((err) => (err instanceof ApiError && err.status === 403 ? null : Promise.reject(err))),
    // Counselors change their own clients' teams, admins anyone's.
    api.staffCounselors().then((counselors) => careTeamPanel(id, { announce, counselors, self: counselor ? user.id : null })),
  ]);
  const points = detail ? (days === 90 ? detail.days_90 : detail.days_30) : [];
  const span = (n) => h("a", { class: "button secondary small", href: n === 90 ? `#/clients/${id}/90` : `#/clients/${id}`,
    "aria-current": n === days ? "true" : null }, `${n} days`);
  return h("div", { class: "overview-grid" },
    h("div", { class: "overview-side" },
      h("section", { class: "needs-action card", "aria-labelledby": "action-title" },
        h("h2", { id: "action-title" }, "Needs action"), actionList(id, summary, detail)),
      team),
    detail
      ? h("section", { class: "trends card", "aria-labelledby": "trends-title" },
        h("div", { class: "ws-titlebar" }, h("h2", { id: "trends-title" }, "Mood and craving"),
          h("nav", { class: "row", "aria-label": "Chart range" }, span(30), span(90))),
        h("dl", { class: "details" },
          row("Last check-in", detail.last_checkin ? dayLabel(detail.last_checkin) : "None yet"),
          row("Streak", `${detail.streak_days} day${detail.streak_days === 1 ? "" : "s"}`),
          row("Days with use (last 30)", detail.use_days_30)),
        h("div", { class: "chart-pair" },
          chart(points, "mood", "Mood", 1, 5, "circle"),
          chart(points, "craving", "Craving", 0, 10, "square")),
        h("details", { class: "data-table" }, h("summary", {}, "Show the data as a table"),
          h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Mood and craving, table" },
            h("table", {}, h("thead", {}, h("tr", {}, ["Day", "Mood", "Craving"].map((name) => h("th", { scope: "col" }, name)))),
              h("tbody", {}, points.filter((p) => p.mood !== null).map((p) => h("tr", {},
                h("th", { scope: "row" }, shortDay(`${p.date}T12:00:00Z`, "UTC")), h("td", {}, p.mood), h("td", {}, p.craving))))))))
      : h("p", { class: "notice" }, "Trends are shown to the client's counselors."));
}

const row = (label, value) => [h("dt", {}, label), h("dd", {}, value === "" ? "—" : value)];

// What needs doing for this client, each leading to where it is done.
function actionList(id, s, detail) {
  const unreviewed = s.checkins?.unreviewed || {};
  const waiting = ["urgent", "high", "normal"].filter((risk) => unreviewed[risk]);
  const total = waiting.reduce((sum, risk) => sum + unreviewed[risk], 0);
  const hours = s.hours || detail?.hours;
  const items = [
    s.risk?.alert_open ? [h("a", { href: `#/clients/${id}/checkins` }, "An urgent alert is not acknowledged yet"), "urgent"] : null,
    total ? [h("a", { href: `#/clients/${id}/checkins` },
      `${total} check-in${total === 1 ? "" : "s"} to review (${waiting.map((risk) => `${unreviewed[risk]} ${risk}`).join(", ")})`),
    unreviewed.urgent ? "urgent" : unreviewed.high ? "high" : ""] : null,
    s.homework?.overdue ? [h("a", { href: `#/clients/${id}/homework` }, `${s.homework.overdue} homework overdue`), "high"] : null,
    s.checkins?.missed ? [h("a", { href: `#/clients/${id}/checkins` }, "Check-ins missed (no check-in for days)"), "high"] : null,
    hours && !hours.can_reach_minimum && hours.attended_minutes < hours.minimum_minutes
      ? [h("a", { href: `#/clients/${id}/attendance` }, `Hours short: ${duration(hours.attended_minutes)} of ${duration(hours.minimum_minutes)}, cannot reach the minimum`), "high"]
      : null,
  ].filter(Boolean);
  return items.length
    ? h("ul", { class: "action-list" }, items.map(([what, level]) => h("li", { class: level ? `level-${level}` : null }, what)))
    : h("p", { class: "hint" }, "Nothing needs action now.");
}

// --- Check-ins ---------------------------------------------------------------------------------

// The client's check-ins of the last 30 (or 90) days, newest first, reviewed or waiting; each opens
// in the queue's detail (which acknowledges an urgent alert; this list does not).
async function checkinsTab({ id, user, range }) {
  const zone = user.timezone;
  const days = range === 90 ? 90 : 30;
  const { items } = await api.clientCheckins(id, days);
  const waiting = items.filter((item) => !item.reviewed_at).length;
  return h("section", { class: "chart-list", "aria-labelledby": "checkins-title" },
    h("div", { class: "ws-titlebar" },
      h("h2", { id: "checkins-title" }, `Check-ins, last ${days} days`),
      rangeLinks(`#/clients/${id}/checkins`, days, [[30, "30 days"], [90, "90 days"]], "Check-ins range")),
    items.length
      ? [h("p", { class: "hint" }, `${items.length} check-in${items.length === 1 ? "" : "s"}, ${waiting} waiting for review.`),
        tableIn("checkins-title", "chart-checkins",
          ["Day", "Risk", "Reviewed", "Mood", "Craving", "Used", "Sent"],
          items.map((item) => h("tr", { "data-checkin": item.id },
            h("th", { scope: "row" }, h("a", { href: `#/queue/${item.id}`, onClick: () => rememberQueuePlace(item.id, id) },
              shortDay(`${item.local_date}T12:00:00Z`, "UTC"))),
            h("td", {}, h("span", { class: `badge risk-${item.risk}` }, RISKS[item.risk])),
            h("td", {}, item.reviewed_at ? `Yes, ${shortDay(item.reviewed_at, zone)}` : h("strong", {}, "Waiting")),
            h("td", {}, `${item.mood} (${MOODS[item.mood - 1]})`),
            h("td", {}, item.craving),
            h("td", {}, item.used ? h("span", { class: "flag" }, "Yes") : "No"),
            h("td", {}, time(item.submitted_at, zone), item.revisions
              ? h("span", { class: "hint" }, ` · updated ${item.revisions === 1 ? "once" : `${item.revisions} times`}`) : null))))]
      : h("p", { class: "hint" }, `No check-ins in the last ${days} days.`));
}

// "30 days | 90 days": links (the first is the tab's own address), the one shown marked as current.
function rangeLinks(base, current, choices, label, ...more) {
  return h("nav", { class: "row", "aria-label": label }, choices.map(([n, text], at) =>
    h("a", { class: "button secondary small", href: at === 0 ? base : `${base}/${n}`, "aria-current": n === current ? "true" : null }, text)), ...more);
}

// A compact table in its own sideways-scrolling frame, named by the section's heading.
function tableIn(labelledBy, name, columns, rows) {
  return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": labelledBy },
    h("table", { class: `ws-table ${name}` },
      h("thead", {}, h("tr", {}, columns.map((column) => h("th", { scope: "col" }, column)))),
      h("tbody", {}, rows)));
}

// --- Homework ----------------------------------------------------------------------------------

const HOMEWORK = {
  not_started: "Not started", draft: "Started (draft)", submitted: "Submitted, to review",
  reviewed: "Reviewed", returned: "Returned for changes",
};

async function homeworkTab({ id, summary, user }) {
  const counselor = user.role === "counselor";
  const zone = user.timezone;
  const { items } = await api.clientHomework(id);
  const hw = summary.homework;
  return h("section", { class: "chart-list", "aria-labelledby": "homework-title" },
    h("h2", { id: "homework-title" }, "Homework"),
    hw ? h("p", { class: "hint homework-counts" }, `${hw.open} open, ${hw.overdue} overdue.`) : null,
    items.length
      ? tableIn("homework-title", "chart-homework", ["Worksheet", "Where it stands", "Due", "Submitted"],
        items.map((item) => h("tr", { "data-assignment": item.assignment_id },
          // Submitted work opens where it is reviewed (counselors review; a draft stays the client's).
          h("th", { scope: "row" }, item.submission_id && counselor
            ? h("a", { href: `#/homework/submission/${item.submission_id}` }, item.title) : item.title),
          h("td", {}, item.status === "submitted" ? h("strong", {}, HOMEWORK[item.status]) : HOMEWORK[item.status]),
          h("td", {}, `${shortDay(item.due_at, zone)}, ${time(item.due_at, zone)}`,
            item.overdue ? h("span", { class: "flag" }, " · overdue") : null),
          h("td", {}, item.submitted_at ? shortDay(item.submitted_at, zone) : "—"))))
      : h("p", { class: "hint" }, "No homework has been given yet."));
}

// --- Attendance --------------------------------------------------------------------------------

const MARKS = { present: "Present", late: "Late", absent: "Absent", excused: "Excused" };

// The last 4 (or 12) program weeks, newest first: each week's hours against the minimum, then its
// sessions with the mark recorded on the roster.
async function attendanceTab({ id, user, range }) {
  const zone = user.timezone;
  const weeks = range === 12 ? 12 : 4;
  const answer = await api.clientAttendance(id, weeks);
  const now = Date.now();
  const byWeek = answer.weeks.length
    ? answer.weeks.map((week) => [week, answer.items.filter((item) => item.week_start === week.week_start)])
    : [[null, answer.items]];
  return h("section", { class: "chart-list", "aria-labelledby": "attendance-title" },
    h("div", { class: "ws-titlebar" },
      h("h2", { id: "attendance-title" }, `Attendance, last ${weeks} weeks`),
      rangeLinks(`#/clients/${id}/attendance`, weeks, [[4, "4 weeks"], [12, "12 weeks"]], "Attendance range")),
    answer.weeks.length ? null : h("p", { class: "hint" }, "Not enrolled in a program: no weekly minimum."),
    byWeek.map(([week, sessions], at) => {
      const title = `attendance-week-${at}`;
      return h("section", { class: "attendance-week", "aria-labelledby": title },
        h("h3", { id: title }, week ? `Week of ${dayLabel(week.week_start)}` : "Sessions",
          week ? h("span", { class: `week-hours${week.can_reach_minimum ? "" : " flag"}` }, ` — ${weekText(week, at === 0)}`) : null),
        sessions.length
          ? tableIn(title, "chart-attendance", ["Session", "Attendance", "Minutes", "When"],
            sessions.map((item) => h("tr", { "data-occurrence": item.occurrence_id },
              h("th", { scope: "row" }, h("a", { href: `#/sessions/${item.occurrence_id}` }, item.title)),
              h("td", {}, item.cancelled ? "Cancelled" : item.status ? h("span", { class: `mark mark-${item.status}` }, MARKS[item.status])
                : Date.parse(item.starts_at) > now ? h("span", { class: "hint" }, "Not yet") : h("span", { class: "flag" }, "Not recorded")),
              h("td", {}, item.minutes === null ? "—" : duration(item.minutes)),
              h("td", {}, `${shortDay(item.starts_at, zone)}, ${timeRange(item.starts_at, item.ends_at, zone)}`))))
          : h("p", { class: "hint" }, "No sessions this week."));
    }));
}

function weekText(week, current) {
  const base = `${duration(week.attended_minutes)} of ${duration(week.minimum_minutes)}`;
  if (week.attended_minutes >= week.minimum_minutes) return `${base}, minimum met`;
  if (current && week.can_reach_minimum) return `${base}, ${duration(week.scheduled_minutes_left)} still scheduled`;
  return `${base}, short of the minimum`;
}

// --- Meetings (the aftercare plan) --------------------------------------------------------------

async function meetingsTab({ id, announce }) {
  return aftercarePanel(id, announce);
}

// --- Tests -------------------------------------------------------------------------------------

const KINDS = { random: "Random", scheduled: "Scheduled" };
const TEST_STATUS = { selected: "Waiting", collected: "Collected", missed: "Missed", excused: "Excused" };
const RESULTS = { negative: "Negative", positive: "Positive", dilute: "Dilute", invalid: "Invalid" };

// The client's drug tests of the last 90 (or 365) days and any ahead, newest first.
async function testsTab({ id, summary, user, range }) {
  const zone = user.timezone;
  const span = range === 365 ? 365 : 90;
  const { items } = await api.clientDrugTests(id, span);
  const test = summary.next_test;
  return h("section", { class: "chart-list", "aria-labelledby": "tests-title" },
    h("div", { class: "ws-titlebar" },
      h("h2", { id: "tests-title" }, span === 90 ? "Drug tests, last 90 days" : "Drug tests, last year"),
      rangeLinks(`#/clients/${id}/tests`, span, [[90, "90 days"], [365, "1 year"]], "Drug tests range",
        user.role === "counselor" ? h("a", { class: "button secondary small", href: "#/testing" }, "Schedule a test") : null)),
    test ? h("p", { class: test.overdue ? "flag" : "hint" }, `Next: ${dayLabel(test.local_date)}, ${timeRange(test.window_start_at, test.window_end_at, zone)}${test.overdue ? " (overdue)" : ""}.`) : null,
    items.length
      ? tableIn("tests-title", "chart-tests", ["Day", "Status", "Result", "Kind", "Window"],
        items.map((item) => h("tr", { "data-test": item.id },
          h("th", { scope: "row" }, user.role === "counselor"
            ? h("a", { href: `#/testing/${item.local_date}` }, shortDay(`${item.local_date}T12:00:00Z`, "UTC"))
            : shortDay(`${item.local_date}T12:00:00Z`, "UTC")),
          h("td", {}, item.overdue ? h("span", { class: "flag" }, "Overdue") : TEST_STATUS[item.status] || item.status),
          h("td", {}, item.result
            ? h("span", { class: item.result === "negative" ? null : "flag" }, RESULTS[item.result] || item.result,
              item.substances.length ? ` (${item.substances.join(", ")})` : "")
            : "—"),
          h("td", {}, KINDS[item.kind] || item.kind),
          h("td", {}, timeRange(item.window_start_at, item.window_end_at, zone)))))
      : h("p", { class: "hint" }, `No drug tests in the last ${span === 90 ? "90 days" : "year"}.`));
}

const TAB_SCREENS = {
  overview: overviewTab, checkins: checkinsTab, homework: homeworkTab,
  attendance: attendanceTab, meetings: meetingsTab, tests: testsTab,
};

// --- the trend charts ----------------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";
function s(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

// A line chart in SVG with a marker shape per series (readable without colour), named by a
// text summary that a screen reader reads; the table below has every value.
function chart(days, key, label, min, max, marker) {
  const W = 320, H = 120, L = 24, T = 8, B = 20;
  const x = (i) => L + (days.length > 1 ? (i * (W - L - 8)) / (days.length - 1) : 0);
  const y = (v) => T + ((max - v) * (H - T - B)) / (max - min);
  const points = days.map((p, i) => [i, p[key]]).filter(([, v]) => v !== null);
  const values = points.map(([, v]) => v);
  const id = `chart-${key}`;
  const text = values.length
    ? `${label} over ${days.length} days: ${values.length} days with a check-in, average ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(1)}, ` +
      `lowest ${Math.min(...values)}, highest ${Math.max(...values)}, latest ${values.at(-1)} (scale ${min} to ${max}).`
    : `${label}: no check-ins in these ${days.length} days.`;
  const lines = [];
  let run = [];
  for (const [i, p] of days.entries()) {
    if (p[key] !== null) run.push(`${x(i)},${y(p[key])}`);
    if ((p[key] === null || i === days.length - 1) && run.length) {
      lines.push(s("polyline", { points: run.join(" "), class: "line" }));
      run = [];
    }
  }
  const dot = ([i, v]) => (marker === "circle"
    ? s("circle", { cx: x(i), cy: y(v), r: 3.5, class: "dot" })
    : s("rect", { x: x(i) - 3.5, y: y(v) - 3.5, width: 7, height: 7, class: "dot" }));
  return h("figure", { class: `chart chart-${key}` },
    h("figcaption", { id }, text),
    s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": id },
      ...[min, max].flatMap((v) => [s("line", { x1: L, x2: W - 8, y1: y(v), y2: y(v), class: "grid" }),
        s("text", { x: L - 4, y: y(v) + 4, class: "tick" }, String(v))]),
      s("text", { x: L, y: H - 4, class: "tick start" }, days.length ? shortDay(`${days[0].date}T12:00:00Z`, "UTC") : ""),
      s("text", { x: W - 8, y: H - 4, class: "tick end" }, "Today"),
      ...lines, ...points.map(dot)));
}
