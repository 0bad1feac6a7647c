// Dates and times for people: instants (UTC ISO strings from the server) shown in a given IANA
// zone, in the language on screen (CLDR's words through Intl; none written here). Nothing here
// talks to the server.
import { N_, locale, t, tn } from "./i18n.js";

const formats = new Map();

function format(zone, options) {
  const key = `${locale()}|${zone}|${JSON.stringify(options)}`;
  if (!formats.has(key)) {
    let made;
    try {
      made = new Intl.DateTimeFormat(locale(), { ...options, timeZone: zone || undefined });
    } catch {
      made = new Intl.DateTimeFormat(locale(), options); // an unknown zone: the device's own
    }
    formats.set(key, made);
  }
  return formats.get(key);
}

export const time = (iso, zone) => format(zone, { hour: "numeric", minute: "2-digit" }).format(new Date(iso));

export const dayName = (iso, zone) =>
  format(zone, { weekday: "long", month: "long", day: "numeric" }).format(new Date(iso));

export const shortDay = (iso, zone) =>
  format(zone, { weekday: "short", month: "short", day: "numeric" }).format(new Date(iso));

// "6:00 – 9:00 PM": one range in the locale's own words (Intl's formatRange), one hour format.
export function timeRange(start, end, zone) {
  const made = format(zone, { hour: "numeric", minute: "2-digit" });
  return made.formatRange ? made.formatRange(new Date(start), new Date(end)) : `${time(start, zone)} – ${time(end, zone)}`;
}

// "18:30" (a wall-clock time from the server, no date or zone) in the locale's format: "6:30 PM".
export function clockTime(text) {
  const [hours, minutes] = String(text).split(":").map(Number);
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return String(text);
  return time(new Date(Date.UTC(2020, 0, 6, hours, minutes)).toISOString(), "UTC");
}

const relative = (numeric) => new Intl.RelativeTimeFormat(locale(), { numeric });
const capitalize = (text) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

// The day an instant falls on, as a person says it: "Today", "Tomorrow", "Yesterday", the
// weekday within the coming week ("Wednesday"), else a date ("Wed, Dec 16"). `lower`: for the
// middle of a sentence ("due tomorrow"); weekdays and months keep their capitals.
export function dayWord(iso, zone, { now = Date.now(), lower = false } = {}) {
  const day = localDate(iso, zone);
  const today = localDate(new Date(now).toISOString(), zone);
  const apart = Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86400000);
  if (Math.abs(apart) <= 1) {
    const word = relative("auto").format(apart, "day");
    return lower ? word : capitalize(word);
  }
  if (apart > 1 && apart < 7) return format(zone, { weekday: "long" }).format(new Date(iso));
  return shortDay(iso, zone);
}

// "Today at 6:00 PM", "Tomorrow at 6:00 PM", "Wednesday at 6:00 PM", "Wed, Dec 16 at 6:00 PM".
export const when = (iso, zone, options = {}) =>
  t("{day} at {time}", { day: dayWord(iso, zone, options), time: time(iso, zone) });

// "Due tomorrow at 6:00 PM", "Due Wednesday at 6:00 PM".
export const dueText = (iso, zone, now = Date.now()) => t("Due {when}", { when: when(iso, zone, { now, lower: true }) });

// Aftercare meetings this week against the plan's target: "2 of 3 meetings this week", "3 of 3
// meetings this week — goal met", "4 meetings this week — goal met" (never "4 of 3"), or just
// the count without a target.
export function meetingsProgress(week) {
  const verified = week.verified ? ` ${tn(week.verified, "({count} verified)", "({count} verified)")}` : "";
  const met = week.target && week.logged >= week.target ? ` ${t("— goal met")}` : "";
  const logged = week.target && week.logged <= week.target
    ? tn(week.target, "{logged} of {count} meeting this week", "{logged} of {count} meetings this week", { logged: week.logged })
    : tn(week.logged, "{count} meeting this week", "{count} meetings this week");
  return `${logged}${verified}${met}`;
}

// "2026-11-24": the calendar day an instant falls on in a zone (for grouping and comparing).
export function localDate(iso, zone) {
  const parts = wallParts(iso, zone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// "2026-11-24T18:00": the wall time an instant shows in a zone (what datetime-local inputs take).
export function localDateTime(iso, zone) {
  const parts = wallParts(iso, zone);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function wallParts(iso, zone) {
  const options = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  const parts = {};
  for (const part of format(zone, options).formatToParts(new Date(iso))) parts[part.type] = part.value;
  if (parts.hour === "24") parts.hour = "00";
  return parts;
}

// A calendar day ("2026-11-24") moved by whole days, as a calendar day.
export function addDays(day, count) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

// The Monday of a calendar day's week.
export function mondayOf(day) {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

// The label of a calendar day ("2026-11-24"), without a zone: it is already a local day.
export const dayLabel = (day) => dayName(`${day}T12:00:00Z`, "UTC");

// 135 -> "2 h 15 min"; 45 -> "45 min"; 120 -> "2 h".
export function duration(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (!hours) return t("{minutes} min", { minutes: rest });
  return rest ? t("{hours} h {minutes} min", { hours, minutes: rest }) : t("{hours} h", { hours });
}

// A session's state relative to now: "Starts in 25 minutes" within the hour, "Happening now",
// "Ended"; "" when it is further off (its day and time say when).
export function countdown(start, end, now = Date.now()) {
  const toStart = Math.ceil((new Date(start) - now) / 60000);
  if (toStart > 60) return "";
  if (toStart > 0) return t("Starts {in}", { in: relative("always").format(toStart, "minute") });
  return new Date(end) > now ? t("Happening now") : t("Ended");
}

// A check-in's mood, 1–5, in words.
export const MOODS = [N_("Very low"), N_("Low"), N_("Okay"), N_("Good"), N_("Very good")];
