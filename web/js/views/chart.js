// A client's chart (loaded only for staff): a header (name, track, care team, this week's hours,
// risk) and tabs as routes: #/clients/{id} (Overview), #/clients/{id}/checkins, …/homework,
// …/attendance, …/meetings, …/tests, …/instruments (questionnaires), …/safety-plan. Overview's
// trends show 30 days, or 90 at #/clients/{id}/90.
// Opened from the review queue, a "Back to queue" returns to the same item there.
import { api, ApiError } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { MOODS, dayLabel, duration, shortDay, time, timeRange } from "../format.js";
import { N_, locale, t, tn, use } from "../i18n.js";
import { aftercarePanel } from "./aftercare.js";
import { careTeamPanel } from "./careteam.js";

await use("views/chart");

const TABS = [
  ["overview", N_("Overview")], ["checkins", N_("Check-ins")], ["homework", N_("Homework")],
  ["attendance", N_("Attendance")], ["meetings", N_("Meetings")], ["tests", N_("Tests")],
  ["instruments", N_("Instruments")], ["safety-plan", N_("Safety plan")],
];
const RISKS = { urgent: N_("Urgent"), high: N_("High"), normal: N_("Normal") };
const RISK_NAMES = { urgent: N_("Urgent risk"), high: N_("High risk"), normal: N_("Normal risk") };
// "30 days", "12 weeks": a range link's words.
const daysText = (n) => tn(n, "{count} day", "{count} days");
const weeksText = (n) => tn(n, "{count} week", "{count} weeks");
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
  if (!Number.isInteger(id) || id < 1) throw new ApiError(404, t("There is no such client."));
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
    h("nav", { class: "chart-tabs", "aria-label": t("{name}'s chart", { name: summary.name }) },
      h("ul", {}, TABS.map(([key, label]) => h("li", {},
        h("a", { href: key === "overview" ? `#/clients/${id}` : `#/clients/${id}/${key}`, "aria-current": key === known ? "page" : null }, t(label)))))),
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
    ? s.care_team.map(teamMember).join(", ")
    : s.care_team ? t("Nobody yet") : null;
  const risk = s.risk?.level;
  const facts = [
    [t("Track"), s.track ? `${s.track.name} · ${s.track.program}` : t("Not enrolled now")],
    team !== null ? [t("Care team"), team] : null,
    [t("Hours this week"), hours ? hoursText(hours) : t("Not enrolled")],
    [t("Risk"), risk && risk !== "normal"
      ? [h("span", { class: `badge risk-${risk}` },
        h("span", { "aria-hidden": "true" }, t(RISKS[risk])), h("span", { class: "visually-hidden" }, t(RISK_NAMES[risk]))),
      s.risk.alert_open ? h("span", { class: "flag" }, " ", t("alert not acknowledged")) : null]
      : risk === "normal" ? t("Normal (check-ins waiting)") : t("Nothing waiting for review")],
  ].filter(Boolean);
  return h("header", { class: "chart-header" },
    h("div", { class: "chart-title" },
      heading(s.name),
      h("div", { class: "row chart-links" },
        fromQueue ? h("a", { class: "button secondary", href: "#/queue" }, t("Back to queue")) : null,
        h("a", { class: "button secondary", href: "#/caseload" }, t("Caseload")),
        // A crisis plan only when the server offers one: never a link to nowhere.
        s.crisis_plan_url ? h("a", { class: "button secondary", href: s.crisis_plan_url }, t("Crisis plan")) : null,
        user.role === "counselor" ? h("a", { class: "button secondary", href: `#/homework/assign/client/${s.client_id}` }, t("Assign homework")) : null)),
    h("dl", { class: "chart-facts" }, facts.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])));
}

// "Dana Reyes (primary)", "Sam Okafor (on leave)".
function teamMember(m) {
  if (m.is_primary && m.on_leave) return t("{name} (primary, on leave)", { name: m.name });
  if (m.is_primary) return t("{name} (primary)", { name: m.name });
  return m.on_leave ? t("{name} (on leave)", { name: m.name }) : m.name;
}

function hoursText(hours) {
  const values = { attended: duration(hours.attended_minutes), minimum: duration(hours.minimum_minutes),
    left: duration(hours.scheduled_minutes_left ?? 0) };
  if (hours.attended_minutes >= hours.minimum_minutes) return t("{attended} of {minimum} — minimum met", values);
  return hours.can_reach_minimum
    ? t("{attended} of {minimum} ({left} still scheduled)", values)
    : t("{attended} of {minimum} — cannot reach the minimum this week", values);
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
    "aria-current": n === days ? "true" : null }, daysText(n));
  return h("div", { class: "overview-grid" },
    h("div", { class: "overview-side" },
      h("section", { class: "needs-action card", "aria-labelledby": "action-title" },
        h("h2", { id: "action-title" }, t("Needs action")), actionList(id, summary, detail)),
      team),
    detail
      ? h("section", { class: "trends card", "aria-labelledby": "trends-title" },
        h("div", { class: "ws-titlebar" }, h("h2", { id: "trends-title" }, t("Mood and craving")),
          h("nav", { class: "row", "aria-label": t("Chart range") }, span(30), span(90))),
        h("dl", { class: "details" },
          row(t("Last check-in"), detail.last_checkin ? dayLabel(detail.last_checkin) : t("None yet")),
          row(t("Streak"), daysText(detail.streak_days)),
          row(t("Days with use (last 30)"), detail.use_days_30)),
        h("div", { class: "chart-pair" },
          chart(points, "mood", 1, 5, "circle"),
          chart(points, "craving", 0, 10, "square")),
        h("details", { class: "data-table" }, h("summary", {}, t("Show the data as a table")),
          h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": t("Mood and craving, table") },
            h("table", {}, h("thead", {}, h("tr", {}, [N_("Day"), N_("Mood"), N_("Craving")].map((name) => h("th", { scope: "col" }, t(name))))),
              h("tbody", {}, points.filter((p) => p.mood !== null).map((p) => h("tr", {},
                h("th", { scope: "row" }, shortDay(`${p.date}T12:00:00Z`, "UTC")), h("td", {}, p.mood), h("td", {}, p.craving))))))))
      : h("p", { class: "notice" }, t("Trends are shown to the client's counselors.")));
}

const row = (label, value) => [h("dt", {}, label), h("dd", {}, value === "" ? "—" : value)];

// What needs doing for this client, each leading to where it is done.
function actionList(id, s, detail) {
  const unreviewed = s.checkins?.unreviewed || {};
  const waiting = ["urgent", "high", "normal"].filter((risk) => unreviewed[risk]);
  const total = waiting.reduce((sum, risk) => sum + unreviewed[risk], 0);
  const hours = s.hours || detail?.hours;
  const items = [
    s.risk?.alert_open ? [h("a", { href: `#/clients/${id}/checkins` }, t("An urgent alert is not acknowledged yet")), "urgent"] : null,
    total ? [h("a", { href: `#/clients/${id}/checkins` },
      tn(total, "{count} check-in to review ({levels})", "{count} check-ins to review ({levels})",
        { levels: waiting.map((risk) => WAITING[risk](unreviewed[risk])).join(", ") })),
    unreviewed.urgent ? "urgent" : unreviewed.high ? "high" : ""] : null,
    s.homework?.overdue ? [h("a", { href: `#/clients/${id}/homework` },
      tn(s.homework.overdue, "{count} homework overdue", "{count} homework overdue")), "high"] : null,
    s.checkins?.missed ? [h("a", { href: `#/clients/${id}/checkins` }, t("Check-ins missed (no check-in for days)")), "high"] : null,
    hours && !hours.can_reach_minimum && hours.attended_minutes < hours.minimum_minutes
      ? [h("a", { href: `#/clients/${id}/attendance` }, t("Hours short: {attended} of {minimum}, cannot reach the minimum",
        { attended: duration(hours.attended_minutes), minimum: duration(hours.minimum_minutes) })), "high"]
      : null,
  ].filter(Boolean);
  return items.length
    ? h("ul", { class: "action-list" }, items.map(([what, level]) => h("li", { class: level ? `level-${level}` : null }, what)))
    : h("p", { class: "hint" }, t("Nothing needs action now."));
}

// "2 urgent", "1 high": the check-ins waiting at one level.
const WAITING = {
  urgent: (n) => tn(n, "{count} urgent", "{count} urgent"),
  high: (n) => tn(n, "{count} high", "{count} high"),
  normal: (n) => tn(n, "{count} normal", "{count} normal"),
};

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
      h("h2", { id: "checkins-title" }, t("Check-ins, last {days} days", { days })),
      rangeLinks(`#/clients/${id}/checkins`, days, [[30, daysText(30)], [90, daysText(90)]], t("Check-ins range"))),
    items.length
      ? [h("p", { class: "hint" }, t("{checkins}, {waiting} waiting for review.", { checkins: tn(items.length, "{count} check-in", "{count} check-ins"), waiting })),
        tableIn("checkins-title", "chart-checkins",
          [N_("Day"), N_("Risk"), N_("Reviewed?"), N_("Mood"), N_("Craving"), N_("Used"), N_("Sent")],
          items.map((item) => h("tr", { "data-checkin": item.id },
            h("th", { scope: "row" }, h("a", { href: `#/queue/${item.id}`, onClick: () => rememberQueuePlace(item.id, id) },
              shortDay(`${item.local_date}T12:00:00Z`, "UTC"))),
            h("td", {}, h("span", { class: `badge risk-${item.risk}` }, t(RISKS[item.risk]))),
            h("td", {}, item.reviewed_at ? t("Yes, {day}", { day: shortDay(item.reviewed_at, zone) }) : h("strong", {}, t("Waiting"))),
            h("td", {}, `${item.mood} (${t(MOODS[item.mood - 1])})`),
            h("td", {}, item.craving),
            h("td", {}, item.used ? h("span", { class: "flag" }, t("Yes")) : t("No")),
            h("td", {}, time(item.submitted_at, zone), item.revisions
              ? h("span", { class: "hint" }, ` · ${tn(item.revisions, "updated once", "updated {count} times")}`) : null))))]
      : h("p", { class: "hint" }, t("No check-ins in the last {days} days.", { days })));
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
      h("thead", {}, h("tr", {}, columns.map((column) => h("th", { scope: "col" }, t(column))))),
      h("tbody", {}, rows)));
}

// --- Homework ----------------------------------------------------------------------------------

const HOMEWORK = {
  not_started: N_("Not started"), draft: N_("Started (draft)"), submitted: N_("Submitted, to review"),
  reviewed: N_("Reviewed"), returned: N_("Returned for changes"),
};

async function homeworkTab({ id, summary, user }) {
  const counselor = user.role === "counselor";
  const zone = user.timezone;
  const { items } = await api.clientHomework(id);
  const hw = summary.homework;
  return h("section", { class: "chart-list", "aria-labelledby": "homework-title" },
    h("h2", { id: "homework-title" }, t("Homework")),
    hw ? h("p", { class: "hint homework-counts" }, t("{open} open, {overdue} overdue.", { open: hw.open, overdue: hw.overdue })) : null,
    items.length
      ? tableIn("homework-title", "chart-homework", [N_("Worksheet"), N_("Where it stands"), N_("Due"), N_("Submitted")],
        items.map((item) => h("tr", { "data-assignment": item.assignment_id },
          // Submitted work opens where it is reviewed (counselors review; a draft stays the client's).
          h("th", { scope: "row" }, item.submission_id && counselor
            ? h("a", { href: `#/homework/submission/${item.submission_id}` }, item.title) : item.title),
          h("td", {}, item.status === "submitted" ? h("strong", {}, t(HOMEWORK[item.status])) : t(HOMEWORK[item.status] ?? item.status)),
          h("td", {}, `${shortDay(item.due_at, zone)}, ${time(item.due_at, zone)}`,
            item.overdue ? h("span", { class: "flag" }, ` · ${t("overdue")}`) : null),
          h("td", {}, item.submitted_at ? shortDay(item.submitted_at, zone) : "—"))))
      : h("p", { class: "hint" }, t("No homework has been given yet.")));
}

// --- Attendance --------------------------------------------------------------------------------

const MARKS = { present: N_("Present"), late: N_("Late"), absent: N_("Absent"), excused: N_("Excused") };

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
      h("h2", { id: "attendance-title" }, t("Attendance, last {weeks} weeks", { weeks })),
      rangeLinks(`#/clients/${id}/attendance`, weeks, [[4, weeksText(4)], [12, weeksText(12)]], t("Attendance range"))),
    answer.weeks.length ? null : h("p", { class: "hint" }, t("Not enrolled in a program: no weekly minimum.")),
    byWeek.map(([week, sessions], at) => {
      const title = `attendance-week-${at}`;
      return h("section", { class: "attendance-week", "aria-labelledby": title },
        h("h3", { id: title }, week ? t("Week of {day}", { day: dayLabel(week.week_start) }) : t("Sessions"),
          week ? h("span", { class: `week-hours${week.can_reach_minimum ? "" : " flag"}` }, ` — ${weekText(week, at === 0)}`) : null),
        sessions.length
          ? tableIn(title, "chart-attendance", [N_("Session"), N_("Attendance"), N_("Minutes"), N_("When")],
            sessions.map((item) => h("tr", { "data-occurrence": item.occurrence_id },
              h("th", { scope: "row" }, h("a", { href: `#/sessions/${item.occurrence_id}` }, item.title)),
              h("td", {}, item.cancelled ? t("Cancelled") : item.status ? h("span", { class: `mark mark-${item.status}` }, t(MARKS[item.status]))
                : Date.parse(item.starts_at) > now ? h("span", { class: "hint" }, t("Not yet")) : h("span", { class: "flag" }, t("Not recorded"))),
              h("td", {}, item.minutes === null ? "—" : duration(item.minutes)),
              h("td", {}, `${shortDay(item.starts_at, zone)}, ${timeRange(item.starts_at, item.ends_at, zone)}`))))
          : h("p", { class: "hint" }, t("No sessions this week.")));
    }));
}

function weekText(week, current) {
  const values = { attended: duration(week.attended_minutes), minimum: duration(week.minimum_minutes) };
  if (week.attended_minutes >= week.minimum_minutes) return t("{attended} of {minimum}, minimum met", values);
  if (current && week.can_reach_minimum) {
    return t("{attended} of {minimum}, {left} still scheduled", { ...values, left: duration(week.scheduled_minutes_left) });
  }
  return t("{attended} of {minimum}, short of the minimum", values);
}

// --- Meetings (the aftercare plan) --------------------------------------------------------------

async function meetingsTab({ id, announce }) {
  return aftercarePanel(id, announce);
}

// --- Tests -------------------------------------------------------------------------------------

const KINDS = { random: N_("Random"), scheduled: N_("Scheduled") };
const TEST_STATUS = { selected: N_("Waiting"), collected: N_("Collected"), missed: N_("Missed"), excused: N_("Excused") };
const RESULTS = { negative: N_("Negative"), positive: N_("Positive"), dilute: N_("Dilute"), invalid: N_("Invalid") };
const named = (names, key) => (names[key] ? t(names[key]) : key);

// The client's drug tests of the last 90 (or 365) days and any ahead, newest first.
async function testsTab({ id, summary, user, range }) {
  const zone = user.timezone;
  const span = range === 365 ? 365 : 90;
  const { items } = await api.clientDrugTests(id, span);
  const test = summary.next_test;
  return h("section", { class: "chart-list", "aria-labelledby": "tests-title" },
    h("div", { class: "ws-titlebar" },
      h("h2", { id: "tests-title" }, span === 90 ? t("Drug tests, last 90 days") : t("Drug tests, last year")),
      rangeLinks(`#/clients/${id}/tests`, span, [[90, daysText(90)], [365, t("1 year")]], t("Drug tests range"),
        user.role === "counselor" ? h("a", { class: "button secondary small", href: "#/testing" }, t("Schedule a test")) : null)),
    test ? h("p", { class: test.overdue ? "flag" : "hint" }, nextTestText(test, zone)) : null,
    items.length
      ? tableIn("tests-title", "chart-tests", [N_("Day"), N_("Status"), N_("Result"), N_("Kind"), N_("Window")],
        items.map((item) => h("tr", { "data-test": item.id },
          h("th", { scope: "row" }, user.role === "counselor"
            ? h("a", { href: `#/testing/${item.local_date}` }, shortDay(`${item.local_date}T12:00:00Z`, "UTC"))
            : shortDay(`${item.local_date}T12:00:00Z`, "UTC")),
          h("td", {}, item.overdue ? h("span", { class: "flag" }, t("Overdue")) : named(TEST_STATUS, item.status)),
          h("td", {}, item.result
            ? h("span", { class: item.result === "negative" ? null : "flag" }, named(RESULTS, item.result),
              item.substances.length ? ` (${item.substances.join(", ")})` : "")
            : "—"),
          h("td", {}, named(KINDS, item.kind)),
          h("td", {}, timeRange(item.window_start_at, item.window_end_at, zone)))))
      : h("p", { class: "hint" }, span === 90 ? t("No drug tests in the last 90 days.") : t("No drug tests in the last year.")));
}

// "Next: Tuesday, November 24, 7:00 – 10:00 AM." (and "(overdue)" once its window has passed).
function nextTestText(test, zone) {
  const values = { day: dayLabel(test.local_date), window: timeRange(test.window_start_at, test.window_end_at, zone) };
  return test.overdue ? t("Next: {day}, {window} (overdue).", values) : t("Next: {day}, {window}.", values);
}

// Questionnaires and the safety plan (views/instruments.js) load when their tab is opened.
const instruments = () => import("./instruments.js");

const TAB_SCREENS = {
  overview: overviewTab, checkins: checkinsTab, homework: homeworkTab,
  attendance: attendanceTab, meetings: meetingsTab, tests: testsTab,
  instruments: async (context) => (await instruments()).instrumentsTab(context),
  "safety-plan": async (context) => (await instruments()).safetyPlanTab(context),
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
// Each series' summary, said whole: "Mood over 30 days: 21 days with a check-in, average 3.3, …".
const SERIES = {
  mood: {
    summary: (values) => t("Mood over {days} days: {checkins}, average {average}, lowest {lowest}, highest {highest}, latest {latest} (scale {min} to {max}).", values),
    none: (values) => t("Mood: no check-ins in these {days} days.", values),
  },
  craving: {
    summary: (values) => t("Craving over {days} days: {checkins}, average {average}, lowest {lowest}, highest {highest}, latest {latest} (scale {min} to {max}).", values),
    none: (values) => t("Craving: no check-ins in these {days} days.", values),
  },
};

function chart(days, key, min, max, marker) {
  const W = 320, H = 120, L = 24, T = 8, B = 20;
  const x = (i) => L + (days.length > 1 ? (i * (W - L - 8)) / (days.length - 1) : 0);
  const y = (v) => T + ((max - v) * (H - T - B)) / (max - min);
  const points = days.map((p, i) => [i, p[key]]).filter(([, v]) => v !== null);
  const values = points.map(([, v]) => v);
  const id = `chart-${key}`;
  const average = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(values.reduce((a, b) => a + b, 0) / (values.length || 1));
  const text = values.length
    ? SERIES[key].summary({ days: days.length, checkins: tn(values.length, "{count} day with a check-in", "{count} days with a check-in"),
      average, lowest: Math.min(...values), highest: Math.max(...values), latest: values.at(-1), min, max })
    : SERIES[key].none({ days: days.length });
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
      s("text", { x: W - 8, y: H - 4, class: "tick end" }, t("Today")),
      ...lines, ...points.map(dot)));
}
