// Counselor screens for check-ins (loaded only for staff): the review queue (#/queue), one
// check-in beside the client's last 14 days (#/queue/{id}), and a client's trends (#/clients/{id}).
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { MOODS, dayLabel, duration, localDate, shortDay, time } from "../format.js";
import { aftercarePanel } from "./aftercare.js";
import { careTeamPanel } from "./careteam.js";
import { waitingHomeworkList } from "./assignments.js";

const RISKS = { urgent: "Urgent", high: "High", normal: "Normal" };
const MEDICATION = { yes: "Taken", no: "Not taken", not_prescribed: "Not prescribed" };
const riskBadge = (risk) => h("span", { class: `badge risk-${risk}` }, RISKS[risk], h("span", { class: "visually-hidden" }, " risk"));
const brief = (c) => `Mood ${c.mood} of 5 (${MOODS[c.mood - 1]}), craving ${c.craving} of 10, ${c.used ? "used" : "no use"}`;

// Who an urgent check-in's alert reached, and who opened it when: "Reached Dana Reyes and Sam
// Okafor · Acknowledged by Dana Reyes at 6:05 PM", or "… · Not acknowledged yet".
const names = (list) => new Intl.ListFormat("en", { type: "conjunction" }).format(list);

function when(iso, zone) {
  const sameDay = localDate(iso, zone) === localDate(new Date().toISOString(), zone);
  return sameDay ? `at ${time(iso, zone)}` : `on ${shortDay(iso, zone)} at ${time(iso, zone)}`;
}

function alertLine(alert, zone) {
  if (!alert) return null;
  const reached = alert.reached.length ? `Reached ${names(alert.reached)}` : "Reached nobody yet";
  const acknowledged = alert.acknowledged_at
    ? `Acknowledged by ${alert.acknowledged_by || "a former staff member"} ${when(alert.acknowledged_at, zone)}`
    : "Not acknowledged yet";
  return h("p", { class: `alert-state${alert.acknowledged_at ? "" : " open"}` }, `${reached} · ${acknowledged}`);
}

export async function queueScreen(context) {
  if (context.params[0]) return checkinScreen(context, context.params[0]);
  const counselor = context.user.role === "counselor"; // homework is reviewed by counselors only
  const [{ items, counts, next_cursor: next }, homework] = await Promise.all([
    api.reviewQueue(), counselor ? api.waitingHomework() : null]);
  const list = h("ul", { class: "cards queue" }, items.map((item) => queueItem(item, context.user.timezone)));
  let cursor = next;
  const error = h("p", { class: "form-error", "aria-live": "polite" });
  const more = h("button", { type: "button", class: "button secondary", hidden: !cursor, onClick: loadMore }, "Load more");
  async function loadMore() {
    if (more.disabled) return;
    more.disabled = true;
    try {
      const page = await api.reviewQueue(cursor);
      const added = page.items.map((item) => queueItem(item, context.user.timezone));
      list.append(...added);
      cursor = page.next_cursor;
      more.hidden = !cursor;
      added[0]?.querySelector("a").focus();
    } catch (err) {
      error.textContent = err.detail;
    } finally {
      more.disabled = false;
    }
  }
  return h("section", { class: "review-queue" },
    heading("Review queue"),
    h("p", { class: "counts" }, `Waiting for review: ${counts.urgent} urgent, ${counts.high} high, ${counts.normal} normal.`),
    counselor ? null : h("p", { class: "hint" }, "Urgent check-ins come here when nobody on the client's care team or on call could see them."),
    h("h2", {}, "Check-ins"),
    items.length ? list : h("p", { class: "notice" }, "No check-ins are waiting for review."),
    h("div", { class: "actions" }, more), error,
    counselor ? [h("h2", {}, "Homework"), waitingHomeworkList(homework, context.user.timezone)] : null);
}

function queueItem(item, zone) {
  return h("li", { class: `card queue-item risk-${item.risk}`, "data-checkin": item.id },
    h("p", { class: "badges" }, riskBadge(item.risk),
      item.safety_concern ? h("span", { class: "badge alert-badge" }, "Safety concern") : null),
    h("h2", {}, h("a", { href: `#/queue/${item.id}` }, item.client_name,
      h("span", { class: "visually-hidden" }, `, check-in of ${dayLabel(item.local_date)}`))),
    h("p", {}, brief(item)),
    h("p", { class: "hint" }, `${dayLabel(item.local_date)}, sent ${shortDay(item.submitted_at, zone)} ${time(item.submitted_at, zone)}`),
    alertLine(item.alert, zone));
}

const row = (label, value) => [h("dt", {}, label), h("dd", {}, value === "" ? "—" : value)];

async function checkinScreen({ announce, user }, id) {
  const data = await api.checkinDetail(id);
  let c = data.checkin;
  const review = h("div", { class: "review" });
  const error = h("p", { id: "review-error", class: "form-error", "aria-live": "assertive" });
  const note = h("textarea", { id: "review-note", rows: 3, maxlength: 2000, "aria-describedby": "review-note-hint review-error" });
  const button = h("button", { type: "submit", class: "button primary" }, "Mark reviewed");
  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    error.textContent = "";
    try {
      c = await api.review(id, note.value.trim());
      showReview();
      announce("Marked reviewed.");
    } catch (err) {
      error.textContent = err.detail;
    } finally {
      button.disabled = false;
    }
  }
  function showReview() {
    review.replaceChildren(c.reviewed_at
      ? h("p", { class: "notice reviewed" }, "Reviewed. ", c.counselor_note ? `Note for the client: ${c.counselor_note}` : "No note.")
      : h("form", { class: "stack", novalidate: true, onSubmit: submit },
        h("div", { class: "field" }, h("label", { for: "review-note" }, "Note for the client (optional)"),
          h("p", { class: "hint", id: "review-note-hint" }, "They see it with this check-in."), note),
        error, button));
  }
  showReview();
  return h("section", { class: "review-item" },
    heading(`${data.client_name}, ${dayLabel(c.local_date)}`),
    h("div", { class: "review-layout" },
      h("div", {},
        h("p", { class: "badges" }, riskBadge(c.risk), c.safety_concern ? h("span", { class: "badge alert-badge" }, "Safety concern") : null),
        alertLine(data.alert, user.timezone),
        h("dl", { class: "details" },
          row("Mood", `${c.mood} of 5 (${MOODS[c.mood - 1]})`),
          row("Craving", `${c.craving} of 10`),
          row("Used", c.used ? `Yes${c.substances.length ? `: ${c.substances.join(", ")}` : ""}` : "No"),
          row("Medication", MEDICATION[c.medication] || c.medication),
          row("Sleep", `${c.sleep_hours} h`),
          row("Triggers", c.triggers.join(", ")),
          row("What helped", c.helped),
          row("Thoughts of self-harm", c.safety_concern ? "Yes" : "No"),
          row("Note", c.note)),
        review,
        h("p", { class: "row" }, h("a", { class: "button secondary",
          href: user.role === "admin" ? `#/people/${data.client_id}` : `#/clients/${data.client_id}` }, "Client details"),
          h("a", { class: "button secondary", href: "#/queue" }, "Back to the queue"))),
      recentTable(data.recent)));
}

function recentTable(recent) {
  return h("section", { class: "recent", "aria-labelledby": "recent-title" },
    h("h2", { id: "recent-title" }, "Last 14 days"),
    // Scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
    recent.length ? h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Last 14 days, table" }, h("table", {},
      h("thead", {}, h("tr", {}, ["Day", "Mood", "Craving", "Used", "Risk", "Reviewed"].map((name) => h("th", { scope: "col" }, name)))),
      h("tbody", {}, recent.map((c) => h("tr", {},
        h("th", { scope: "row" }, shortDay(`${c.local_date}T12:00:00Z`, "UTC")),
        h("td", {}, c.mood), h("td", {}, c.craving), h("td", {}, c.used ? "Yes" : "No"),
        h("td", {}, RISKS[c.risk]), h("td", {}, c.reviewed_at ? "Yes" : "No"))))))
      : h("p", {}, "No check-ins in these days."));
}

// #/clients/12 shows 30 days, #/clients/12/90 ninety.
export async function clientScreen({ params, announce, user }) {
  const [id, range] = params;
  const [d, aftercare, team] = await Promise.all([
    api.clientDetail(Number(id)), aftercarePanel(Number(id), announce),
    api.staffCounselors().then((counselors) => careTeamPanel(Number(id), { announce, counselors, self: user.id }))]);
  const days = range === "90" ? d.days_90 : d.days_30;
  const hours = d.hours;
  const span = (n) => h("a", { class: "button secondary", href: `#/clients/${id}${n === 90 ? "/90" : ""}`,
    "aria-current": (n === 90) === (range === "90") ? "true" : null }, `${n} days`);
  return h("section", { class: "client-detail" },
    heading(d.name),
    h("dl", { class: "details" },
      row("Last check-in", d.last_checkin ? dayLabel(d.last_checkin) : "None yet"),
      row("Streak", `${d.streak_days} day${d.streak_days === 1 ? "" : "s"}`),
      row("Days with use (last 30)", d.use_days_30),
      row("This week's hours", hours ? `${duration(hours.attended_minutes)} of ${duration(hours.minimum_minutes)}` : "Not enrolled")),
    h("nav", { class: "row", "aria-label": "Chart range" }, span(30), span(90)),
    chart(days, "mood", "Mood", 1, 5, "circle"),
    chart(days, "craving", "Craving", 0, 10, "square"),
    h("details", { class: "data-table" }, h("summary", {}, "Show the data as a table"),
      h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Mood and craving, table" },
        h("table", {}, h("thead", {}, h("tr", {}, ["Day", "Mood", "Craving"].map((name) => h("th", { scope: "col" }, name)))),
          h("tbody", {}, days.filter((p) => p.mood !== null).map((p) => h("tr", {},
            h("th", { scope: "row" }, shortDay(`${p.date}T12:00:00Z`, "UTC")), h("td", {}, p.mood), h("td", {}, p.craving))))))),
    team,
    aftercare,
    h("p", {}, h("a", { class: "button secondary", href: `#/homework/assign/client/${id}` }, "Assign homework")),
    h("p", { class: "back" }, h("a", { href: "#/caseload" }, "Back to caseload")));
}

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
