import { api } from "../api.js";
import { waiting as waitingCheckins } from "../outbox.js";
import { h, heading } from "../dom.js";
import { clockTime, countdown, dayLabel, dueText, duration, meetingsProgress, time, when } from "../format.js";
import { t, tn } from "../i18n.js";
import { sessionItem, updatedNote, where } from "./week.js";

// Each card is a function of the Today state ({ user, today, zone, waiting }) returning an
// <li class="card">, or null when it has nothing to show. Features add theirs to this list.
const CARDS = [testingCard, checkinCard, nextSessionCard, todaySessionsCard, homeworkCard, measuresCard, meetingsCard, weekHoursCard];

const serverCard = (today, tag) => today.cards.find((card) => card.card === tag);

// Today's check-in: the server's word, unless one made on this phone is still waiting to send.
function checkinCard({ today, waiting }) {
  const card = serverCard(today, "checkin");
  if (!card && !waiting.length) return null;
  const latest = card?.latest;
  let body;
  if (waiting.length) {
    body = [h("p", { class: "badge waiting-badge" }, t("Waiting to send")),
      h("p", {}, t("Saved on this phone. It will be sent when you're back online.")),
      h("a", { class: "button secondary", href: "#/checkin" }, t("Open check-in"))];
  } else if (card.done) {
    body = [h("p", {}, t("You've checked in today. Thank you.")),
      latest?.counselor_note ? h("p", { class: "feedback" }, t("Your counselor: {note}", { note: latest.counselor_note })) : null,
      h("a", { class: "button secondary", href: "#/checkin" }, t("Update today's check-in"))];
  } else body = h("a", { class: "button primary", href: "#/checkin" }, t("Check in for today"));
  return h("li", { class: "card checkin-card" }, h("h2", {}, t("Daily check-in")), body);
}

function nextSessionCard({ today, zone }) {
  const card = serverCard(today, "next_session");
  if (!card) return null;
  const next = card.occurrence;
  if (!next) {
    return h("li", { class: "card" }, h("h2", {}, t("Next session")), h("p", {}, t("Nothing is scheduled in the next two weeks.")));
  }
  const soon = countdown(next.starts_at, next.ends_at);
  return h("li", { class: "card next-session", "data-occurrence": next.id },
    h("h2", {}, t("Next session")),
    h("p", { class: "session-title" }, next.title),
    h("p", { class: "session-time" }, t("{when}, until {end}", { when: when(next.starts_at, zone), end: time(next.ends_at, zone) })),
    h("p", { class: "countdown", "data-starts": next.starts_at, "data-ends": next.ends_at, hidden: !soon }, soon),
    where(next));
}

function todaySessionsCard({ today, zone }) {
  const card = serverCard(today, "today_sessions");
  if (!card) return null;
  const nextId = serverCard(today, "next_session")?.occurrence?.id;
  const rest = card.occurrences.filter((occurrence) => occurrence.id !== nextId);
  return h("li", { class: "card" },
    h("h2", {}, nextId && rest.length < card.occurrences.length ? t("Also today") : t("Today's sessions")),
    rest.length
      ? h("ul", { class: "sessions" }, rest.map((occurrence) => sessionItem(occurrence, zone)))
      : h("p", {}, card.occurrences.length ? t("No other sessions today.") : t("No sessions today.")));
}

// The daily call-in: selected for testing today (when to come in, where, the counselor's
// note), or not. Times are the person's own format, not the server's 24-hour words.
function testingCard({ today, zone }) {
  const card = serverCard(today, "testing");
  if (!card || card.status === "no_testing") return null;
  const waiting = card.status === "selected" && card.test_status === "selected";
  const ended = waiting && new Date(card.window_end_at) <= Date.now();
  const range = waiting ? [time(card.window_start_at, zone), time(card.window_end_at, zone)] : null;
  const window = range && { start: range[0], end: range[1] };
  const message = testingMessage(card, { waiting, ended, window });
  const phone = card.phone ? h("a", { href: `tel:${card.phone.replace(/[^0-9+]/g, "")}` }, card.phone) : null;
  return h("li", { class: `card testing-card${card.status === "selected" ? " flagged" : ""}`, "data-status": card.status },
    h("h2", {}, t("Today's call-in")),
    h("p", { class: "testing-message" }, message),
    waiting && !ended && card.place ? h("p", { class: "testing-place" }, t("Where: {place}", { place: card.place })) : null,
    waiting && card.note ? h("p", { class: "feedback testing-note" }, t("From your counselor: {note}", { note: card.note })) : null,
    card.status === "selected" && phone ? h("p", { class: "testing-phone" }, t("Questions? Call the front desk:"), " ", phone) : null);
}

// The card's words from its codes (the server's `message` is English for other API readers).
function testingMessage(card, { waiting, ended, window }) {
  if (card.status === "pending") {
    return t("Today's testing selection has not been made yet. Check again after {time}.", { time: clockTime(card.selection_time) });
  }
  if (card.status !== "selected") return t("No test today.");
  if (card.test_status === "collected") return t("Your test today is done. Thank you.");
  if (card.test_status === "excused") return t("You are excused from today's test.");
  if (card.test_status === "missed") return t("Today's test was recorded as missed. Please talk with your counselor.");
  if (waiting && ended) return t("Your testing window today ({start} to {end}) has ended. Please contact your counselor.", window);
  return card.kind === "scheduled"
    ? t("You have a test scheduled today. Come in between {start} and {end}.", window)
    : t("You are selected for testing today. Come in between {start} and {end}.", window);
}

// Homework: what is open, the next one due, and what is overdue or returned to revise.
function homeworkCard({ today, zone }) {
  const card = serverCard(today, "homework");
  if (!card || !card.open) return null;
  const next = card.next;
  const notes = [card.overdue ? tn(card.overdue, "{count} overdue", "{count} overdue") : null,
    card.returned ? tn(card.returned, "{count} returned to revise", "{count} returned to revise") : null].filter(Boolean);
  return h("li", { class: `card homework-card${card.overdue ? " flagged" : ""}` },
    h("h2", {}, t("Homework")),
    h("p", {}, tn(card.open, "{count} worksheet to do", "{count} worksheets to do"), notes.length ? ` (${notes.join(", ")})` : ""),
    h("p", { class: "next-homework" }, t("Next: {title}", { title: next.title }), h("br"), dueText(next.due_at, zone)),
    h("a", { class: "button secondary", href: `#/homework/${next.assignment_id}` }, t("Open worksheet")));
}

// Questionnaires open now, and until when (the first to close).
function measuresCard({ today }) {
  const due = serverCard(today, "measures")?.due;
  if (!due?.length) return null;
  return h("li", { class: "card measures-card" },
    h("h2", {}, tn(due.length, "A short questionnaire is ready", "{count} short questionnaires are ready")),
    h("p", {}, t("Open until {day}", { day: dayLabel(due[0].due_until) })),
    h("a", { class: "button secondary", href: "#/measures" }, t("Open questionnaires")));
}

// Aftercare meetings this week against the counselor's target.
function meetingsCard({ today }) {
  const card = serverCard(today, "meetings");
  if (!card) return null;
  const week = card.week;
  const target = week.target;
  return h("li", { class: "card meetings-card" },
    h("h2", {}, t("Meetings this week")),
    h("p", { class: "meetings-progress" }, meetingsProgress(week)),
    target ? h("progress", { max: target, value: Math.min(week.logged, target), "aria-label": t("Meetings toward this week's goal") }) : null,
    h("a", { class: "button secondary", href: "#/meetings" }, t("Log a meeting")));
}

function weekHoursCard({ today }) {
  const card = serverCard(today, "week_hours");
  if (!card) return null;
  const hours = card.hours;
  const reached = hours.attended_minutes >= hours.minimum_minutes;
  let note;
  if (reached) note = h("p", {}, t("You've reached this week's minimum. Well done."));
  else if (!hours.can_reach_minimum) {
    note = h("p", { class: "alert" },
      t("The sessions left this week can't reach the {minimum} minimum.", { minimum: duration(hours.minimum_minutes) }), " ",
      t("Talk with your counselor about making up time."));
  } else note = h("p", {}, t("Sessions still ahead this week: {time}.", { time: duration(hours.scheduled_minutes_left) }));
  return h("li", { class: "card week-hours" },
    h("h2", {}, t("This week's hours")),
    h("p", { class: "hours" }, t("Attended {attended} of the {minimum} minimum",
      { attended: duration(hours.attended_minutes), minimum: duration(hours.minimum_minutes) })),
    h("progress", { max: hours.minimum_minutes || 1, value: Math.min(hours.attended_minutes, hours.minimum_minutes),
      "aria-label": t("Attended hours toward this week's minimum") }),
    note);
}

// The client's home screen: a greeting, when the data was fetched, and the cards.
export async function todayScreen({ user, setFrontDesk }) {
  const [today, waiting] = await Promise.all([api.today(), waitingCheckins(user.id, "checkin")]);
  const zone = today.timezone || user.timezone;
  setFrontDesk?.(today); // the crisis help in the header names the program's front desk
  // A client with a safety plan: its module and latest version saved now, for crisis help offline.
  const plan = serverCard(today, "measures")?.safety_plan;
  if (plan) setTimeout(() => import("./crisisplan.js").then((module) => module.warm(plan)).catch(() => {}), 3000);
  const view = h("section", { class: "today" },
    h("div", { class: "greeting" },
      heading(t("Hello, {name}", { name: user.display_name })),
      h("p", { class: "role" }, dayLabel(today.date))),
    updatedNote(today, zone),
    h("ul", { class: "cards", "aria-label": t("Your day") }, CARDS.map((card) => card({ user, today, zone, waiting }))));
  keepCountdownsCurrent(view);
  return view;
}

// Countdowns tick while the view is on screen; the timer stops once the view is replaced.
function keepCountdownsCurrent(view) {
  const timer = setInterval(() => {
    if (!view.isConnected) return clearInterval(timer);
    for (const node of view.querySelectorAll(".countdown")) {
      node.textContent = countdown(node.dataset.starts, node.dataset.ends);
      node.hidden = !node.textContent;
    }
  }, 30000);
}
