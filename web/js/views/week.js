// The client's agenda (Week: the next 14 days, grouped by day) and one session as every
// schedule shows it (Today's cards, the staff's agenda and series): its time, title and where.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { addDays, dayLabel, localDate, shortDay, time, timeRange } from "../format.js";
import { t, tn } from "../i18n.js";

// One session as a list item: its time, title, and where to go (a place, or a Join link).
// Cancelled sessions are struck through and say so in words; moved ones say so too.
export function sessionItem(occurrence, zone, { extra = null, day = false } = {}) {
  const cancelled = occurrence.status === "cancelled";
  const range = timeRange(occurrence.starts_at, occurrence.ends_at, zone);
  const when = day ? `${shortDay(occurrence.starts_at, zone)}, ${range}` : range;
  const body = [
    h("p", { class: "session-time" }, when),
    h("p", { class: "session-title" }, occurrence.title),
    occurrence.facilitator ? h("p", { class: "session-meta" }, t("With {name}", { name: occurrence.facilitator })) : null,
  ];
  return h("li", { class: `session${cancelled ? " cancelled" : ""}`, "data-occurrence": occurrence.id },
    badges(occurrence),
    cancelled ? h("s", {}, body) : body,
    cancelled ? null : where(occurrence),
    extra);
}

function badges(occurrence) {
  const list = [];
  if (occurrence.status === "cancelled") list.push(h("span", { class: "badge cancelled-badge" }, t("Cancelled")));
  if (occurrence.moved) list.push(h("span", { class: "badge" }, t("Moved"), h("span", { class: "visually-hidden" }, " ", t("from its usual time"))));
  return list.length ? h("p", { class: "badges" }, list) : null;
}

// Where to be: the room, or a Join button for a video session (https links only).
export function where(occurrence) {
  const parts = [];
  if (occurrence.location) parts.push(h("p", { class: "session-meta" }, occurrence.location));
  if (/^https:\/\//i.test(occurrence.video_url || "")) {
    parts.push(h("p", {},
      h("a", { class: "button join", href: occurrence.video_url, target: "_blank", rel: "noopener noreferrer" },
        t("Join"), h("span", { class: "visually-hidden" }, " ", t("{title} (video, opens in a new tab)", { title: occurrence.title })))));
  }
  return parts;
}

// "Updated 1:27 AM", and when the answer came from the phone's saved copy, that we're offline.
export function updatedNote(data, zone) {
  const at = data.generated_at;
  const sameDay = localDate(at, zone) === localDate(new Date().toISOString(), zone);
  const label = sameDay ? time(at, zone) : `${shortDay(at, zone)}, ${time(at, zone)}`;
  return h("p", { class: "updated" },
    data.cached ? [h("span", { class: "offline-tag" }, t("Offline.")), " "] : null,
    t("Updated {time}", { time: label }));
}

// The client's agenda: the next 14 days, grouped by day, cancelled sessions included.
export async function weekScreen({ user }) {
  const schedule = await api.schedule(14);
  const zone = schedule.timezone || user.timezone;
  return h("section", { class: "week" },
    heading(t("Your schedule")),
    h("p", { class: "role" }, tn(schedule.days, "The next {count} day.", "The next {count} days.")),
    updatedNote(schedule, zone),
    agenda(schedule.occurrences, zone));
}

export function agenda(occurrences, zone, { extra } = {}) {
  if (!occurrences.length) return h("p", { class: "notice" }, t("No sessions in these days."));
  const today = localDate(new Date().toISOString(), zone);
  const days = new Map();
  for (const occurrence of occurrences) {
    const day = localDate(occurrence.starts_at, zone);
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(occurrence);
  }
  return h("div", { class: "agenda" }, [...days].map(([day, list]) =>
    h("section", { class: "day", "aria-label": dayLabel(day) },
      h("h2", {}, relative(day, today)),
      h("ul", { class: "sessions" }, list.map((occurrence) => sessionItem(occurrence, zone, { extra: extra?.(occurrence) }))))));
}

function relative(day, today) {
  if (day === today) return t("Today, {day}", { day: dayLabel(day) });
  if (day === addDays(today, 1)) return t("Tomorrow, {day}", { day: dayLabel(day) });
  return dayLabel(day);
}
