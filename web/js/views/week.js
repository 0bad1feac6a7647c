import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { addDays, dayLabel, localDate } from "../format.js";
import { t, tn } from "../i18n.js";
import { sessionItem, updatedNote } from "./session.js";

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
