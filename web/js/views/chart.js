// A client's chart (loaded only for staff): a header (name, track, care team, this week's hours,
// risk) and tabs as routes: #/clients/{id} (Overview), #/clients/{id}/checkins, …/homework,
// …/attendance, …/meetings, …/tests. Overview's trends show 30 days, or 90 at #/clients/{id}/90.
// Opened from the review queue, a "Back to queue" returns to the same item there.
import { api, ApiError } from "../api.js";
import { h, heading } from "../dom.js";
import { MOODS, dayLabel, duration, shortDay, time } from "../format.js";
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
  const body = await TAB_SCREENS[known]({ ...context, id, summary, days: days === "90" ? 90 : 30 });
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

// The client's check-ins waiting for review (from the queue, which is scoped to the caseload),
// then the days of the last 30 with their mood and craving.
async function checkinsTab({ id, user }) {
  const zone = user.timezone;
  const waiting = [];
  let after = null;
  for (let page = 0; page < 4; page += 1) { // the queue's first 200: a client's are among them
    const answer = await api.reviewQueue(after);
    waiting.push(...answer.items.filter((item) => item.client_id === id));
    after = answer.next_cursor;
    if (!after) break;
  }
  const detail = await api.clientDetail(id).catch((err) => (err instanceof ApiError && err.status === 403 ? null : Promise.reject(err)));
  const days = detail ? detail.days_30.filter((p) => p.mood !== null).reverse() : [];
  return h("div", { class: "chart-columns" },
    h("section", { "aria-labelledby": "waiting-title" },
      h("h2", { id: "waiting-title" }, "Waiting for review"),
      waiting.length
        ? h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "waiting-title" },
          h("table", { class: "ws-table chart-checkins" },
            h("thead", {}, h("tr", {}, ["Day", "Risk", "Mood", "Craving", "Used", "Sent"].map((name) => h("th", { scope: "col" }, name)))),
            h("tbody", {}, waiting.map((item) => h("tr", { "data-checkin": item.id },
              h("th", { scope: "row" }, h("a", { href: `#/queue/${item.id}`, onClick: () => rememberQueuePlace(item.id, id) },
                shortDay(`${item.local_date}T12:00:00Z`, "UTC"))),
              h("td", {}, h("span", { class: `badge risk-${item.risk}` }, RISKS[item.risk])),
              h("td", {}, `${item.mood} (${MOODS[item.mood - 1]})`), h("td", {}, item.craving), h("td", {}, item.used ? "Yes" : "No"),
              h("td", {}, time(item.submitted_at, zone), item.revisions
                ? h("span", { class: "hint" }, ` · updated ${item.revisions === 1 ? "once" : `${item.revisions} times`}`) : null))))))
        : h("p", { class: "hint" }, "No check-ins are waiting for review.")),
    h("section", { "aria-labelledby": "days-title" },
      h("h2", { id: "days-title" }, "Last 30 days"),
      days.length
        ? h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "days-title" },
          h("table", { class: "ws-table" },
            h("thead", {}, h("tr", {}, ["Day", "Lowest mood", "Highest craving"].map((name) => h("th", { scope: "col" }, name)))),
            h("tbody", {}, days.map((p) => h("tr", {},
              h("th", { scope: "row" }, shortDay(`${p.date}T12:00:00Z`, "UTC")), h("td", {}, p.mood), h("td", {}, p.craving))))))
        : h("p", { class: "hint" }, detail ? "No check-ins in the last 30 days." : "Shown to the client's counselors.")));
}

// --- Homework ----------------------------------------------------------------------------------

async function homeworkTab({ id, summary, user }) {
  const counselor = user.role === "counselor";
  const waiting = counselor ? (await api.waitingHomework()).filter((item) => item.client_id === id) : [];
  const zone = user.timezone;
  const hw = summary.homework;
  return h("div", {},
    hw ? h("p", { class: "homework-counts" }, `${hw.open} open, ${hw.overdue} overdue.`) : null,
    h("h2", {}, "Submitted, waiting for review"),
    waiting.length
      ? h("ul", { class: "plain-list" }, waiting.map((item) => h("li", { "data-submission": item.submission_id },
        h("a", { href: `#/homework/submission/${item.submission_id}` }, item.title),
        ` — submitted ${shortDay(item.submitted_at, zone)}, ${time(item.submitted_at, zone)}`)))
      : h("p", { class: "hint" }, counselor ? "Nothing is waiting for review." : "Counselors review homework."),
    counselor ? h("p", {}, h("a", { class: "button secondary", href: `#/homework/assign/client/${id}` }, "Assign homework")) : null);
}

// --- Attendance --------------------------------------------------------------------------------

async function attendanceTab({ summary, user }) {
  const zone = user.timezone;
  const hours = summary.hours;
  const next = summary.next_session;
  return h("div", {},
    h("h2", {}, "This week"),
    hours
      ? h("dl", { class: "details" },
        row("Attended", duration(hours.attended_minutes)),
        row("Program minimum", duration(hours.minimum_minutes)),
        row("Still scheduled", duration(hours.scheduled_minutes_left)),
        row("Can reach the minimum", hours.can_reach_minimum ? "Yes" : "No"))
      : h("p", { class: "hint" }, "Not enrolled in a program now."),
    h("h2", {}, "Next session"),
    next
      ? h("p", {}, `${next.title}: ${shortDay(next.starts_at, zone)}, ${time(next.starts_at, zone)} `,
        h("a", { href: `#/sessions/${next.id}` }, "Roster", h("span", { class: "visually-hidden" }, ` for ${next.title}`)))
      : h("p", { class: "hint" }, "No session is scheduled."),
    h("p", { class: "hint" }, "Attendance is marked on each session's roster (Sessions)."));
}

// --- Meetings (the aftercare plan) --------------------------------------------------------------

async function meetingsTab({ id, announce }) {
  return aftercarePanel(id, announce);
}

// --- Tests -------------------------------------------------------------------------------------

async function testsTab({ summary, user }) {
  const zone = user.timezone;
  const test = summary.next_test;
  return h("div", {},
    h("h2", {}, "Next drug test"),
    test
      ? h("p", { class: test.overdue ? "flag" : null },
        `${dayLabel(test.local_date)}, window ${time(test.window_start_at, zone)} – ${time(test.window_end_at, zone)}`,
        test.overdue ? " (overdue)" : "", " ",
        user.role === "counselor" ? h("a", { href: `#/testing/${test.local_date}` }, "Open that day's tests") : null)
      : h("p", { class: "hint" }, "No drug test is waiting."),
    user.role === "counselor"
      ? h("p", {}, h("a", { class: "button secondary", href: "#/testing" }, "Schedule a test on Testing"))
      : null);
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
