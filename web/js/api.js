// The one module that talks to the server. Every call resolves with parsed JSON (or null for
// 204) or throws an ApiError carrying the server's `detail`, ready to show to the person.
// Offline, the service worker may answer a few GETs from its data cache: those answers come
// back with `cached: true`, so a screen can say it shows the last saved copy.

import { N_, locale, t } from "./i18n.js";

const CSRF_COOKIES = ["__Host-csrf", "companion-csrf"]; // Secure cookies, then plain-http ones
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const OFFLINE_DETAIL = N_("You appear to be offline. Check your connection and try again.");

export class ApiError extends Error {
  constructor(status, detail, retryAfter = null, code = null) {
    super(detail);
    this.name = "ApiError";
    this.status = status; // 0 when the server could not be reached
    this.detail = detail;
    this.retryAfter = retryAfter; // seconds, from Retry-After, or null
    this.code = code; // the server's name for the refusal ("step_up"), or null
  }
  get offline() {
    return this.status === 0;
  }
}

function csrfToken() {
  const cookies = new Map(
    document.cookie.split(";").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  for (const name of CSRF_COOKIES) {
    if (cookies.get(name)) return cookies.get(name);
  }
  return null;
}

async function send(method, path, body, timeout) {
  // The server answers in the language on screen, signed in or not (its errors are translated).
  const headers = { Accept: "application/json", "Accept-Language": locale() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (UNSAFE.has(method)) {
    if (!csrfToken()) await send("GET", "/healthz"); // any answer sets the CSRF cookie
    headers["X-CSRF-Token"] = csrfToken() || "";
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal: timeout ? AbortSignal.timeout(timeout) : undefined,
    });
  } catch {
    throw new ApiError(0, t(OFFLINE_DETAIL));
  }
  return { response, token: headers["X-CSRF-Token"] };
}

// `timeout` (ms) gives up on a hanging answer as if offline: for writes a phone will retry.
// (Staff and factor calls go through views/verify.js's `request`, which also asks a person to
// confirm it is them when the server wants that, then sends again.)
export async function request(method, path, body, timeout) {
  let { response, token } = await send(method, path, body, timeout);
  if (response.status === 403 && token !== undefined && csrfToken() !== token) {
    // Our CSRF cookie was stale and this answer replaced it: try once more with the new one.
    ({ response } = await send(method, path, body, timeout));
  }
  return parse(response);
}

// The service worker's cache of the last schedule (see sw.js); its name is shared with it.
const DATA_CACHE = "companion-data";

async function parse(response) {
  if (response.headers.get("X-Companion-Offline")) throw new ApiError(0, t(OFFLINE_DETAIL));
  if (response.status === 401) await forgetSaved();
  let data = null;
  if (response.status !== 204) {
    try {
      data = await response.json();
    } catch {
      data = null;
    }
  }
  if (response.ok) {
    if (data && typeof data === "object" && response.headers.get("X-Companion-Cached")) data.cached = true;
    return data;
  }
  const detail =
    (data && typeof data.detail === "string" && data.detail) ||
    t("Something went wrong (error {status}). Please try again.", { status: response.status });
  const retry = Number.parseInt(response.headers.get("Retry-After") || "", 10);
  const code = data && typeof data.code === "string" ? data.code : null;
  throw new ApiError(response.status, detail, Number.isFinite(retry) ? retry : null, code);
}

// Health data must not outlive the session on a shared phone: drop the saved schedule.
export async function forgetSaved() {
  try {
    await caches.delete(DATA_CACHE);
  } catch {
    // no Cache API (insecure context): nothing was saved
  }
}

export const get = (path) => request("GET", path);
export const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v != null)).toString();

export const api = {
  me: () => get("/api/auth/me"),
  login: async (email, password) => {
    await forgetSaved();
    return request("POST", "/api/auth/login", { email, password });
  },
  logout: async () => {
    const answer = await request("POST", "/api/auth/logout");
    await forgetSaved();
    return answer;
  },
  // setting up an account (or a new password) with a code from the clinic, signed out
  checkActivation: (code) => request("POST", "/api/activation/check", { code }),
  activate: (code, password, language) => request("POST", "/api/activation", { code, password, locale: language }),
  setLanguage: (language) => request("PUT", "/api/auth/me/language", { locale: language }),
  changePassword: (current, next) =>
    request("POST", "/api/auth/password", { current_password: current, new_password: next }),

  // a client's own schedule
  today: () => get("/api/me/today"),
  schedule: (days = 14) => get(`/api/me/schedule?days=${days}`),
  calendarFeed: () => get("/api/me/calendar-url"),
  newCalendarUrl: () => request("POST", "/api/me/calendar-url"),
  setCalendarDiscreet: (discreet) => request("PATCH", "/api/me/calendar-url", { discreet }),
  stopCalendarFeed: () => request("DELETE", "/api/me/calendar-url"),

  // a client's daily check-ins (the outbox in outbox.js sends them)
  checkin: (checkin) => request("POST", "/api/checkins", checkin, 20000),
  checkins: (days = 14) => get(`/api/checkins?days=${days}`),

  // a client's homework (the outbox sends the words; a worksheet opens offline from the last fetch)
  homework: () => get("/api/homework"),
  worksheet: (id) => get(`/api/homework/${id}`),
  saveHomework: (id, body) => request("PUT", `/api/homework/${id}/submission`, body, 20000),

  // a client's aftercare meetings (the outbox sends logs)
  logMeeting: (meeting) => request("POST", "/api/meetings", meeting, 20000),
  meetings: (days = 30) => get(`/api/meetings?days=${days}`),
  aftercare: () => get("/api/me/aftercare"),
  meetingDirectory: (params) => get(`/api/meeting-directory?${query(params)}`),

  // a client's questionnaire answers (the outbox sends them; views/safetyplan.js adds the rest)
  measureResponse: (response) => request("POST", "/api/measures/responses", response, 20000),

  // reminders on this device, and how they read (everyone signed in)
  vapidKey: () => get("/api/push/vapid-public-key"),
  subscribePush: (subscription) => request("POST", "/api/push/subscriptions", subscription),
  unsubscribePush: (endpoint) => request("DELETE", "/api/push/subscriptions", { endpoint }),
  testPush: () => request("POST", "/api/push/test"),
  notificationPrefs: () => get("/api/me/notification-preferences"),
  setNotificationPrefs: (prefs) => request("PUT", "/api/me/notification-preferences", prefs),

};
