// Dates and times for people: instants (UTC ISO strings from the server) shown in a given IANA
// zone, with the browser's language. Nothing here talks to the server.

const formats = new Map();

function format(zone, options) {
  const key = `${zone}|${JSON.stringify(options)}`;
  if (!formats.has(key)) {
    let made;
    try {
      made = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone || undefined });
    } catch {
      made = new Intl.DateTimeFormat(undefined, options); // an unknown zone: the device's own
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

export const dueText = (iso, zone) => `Due ${shortDay(iso, zone)}, ${time(iso, zone)}`;
export const timeRange = (start, end, zone) => `${time(start, zone)} – ${time(end, zone)}`;

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
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

// When something starts, relative to now: "Starts in 2 h 5 min", "Happening now", "Ended".
export function countdown(start, end, now = Date.now()) {
  const toStart = Math.ceil((new Date(start) - now) / 60000);
  if (toStart > 0) return `Starts in ${duration(toStart)}`;
  return new Date(end) > now ? "Happening now" : "Ended";
}

// A check-in's mood, 1–5, in words.
export const MOODS = ["Very low", "Low", "Okay", "Good", "Very good"];
