// The one module that talks to the server. Every call resolves with parsed JSON (or null for
// 204) or throws an ApiError carrying the server's `detail`, ready to show to the person.
// Offline, the service worker may answer a few GETs from its data cache: those answers come
// back with `cached: true`, so a screen can say it shows the last saved copy.

const CSRF_COOKIES = ["__Host-csrf", "companion-csrf"]; // Secure cookies, then plain-http ones
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const OFFLINE_DETAIL = "You appear to be offline. Check your connection and try again.";

export class ApiError extends Error {
  constructor(status, detail, retryAfter = null) {
    super(detail);
    this.name = "ApiError";
    this.status = status; // 0 when the server could not be reached
    this.detail = detail;
    this.retryAfter = retryAfter; // seconds, from Retry-After, or null
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
  const headers = { Accept: "application/json" };
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
    throw new ApiError(0, OFFLINE_DETAIL);
  }
  return { response, token: headers["X-CSRF-Token"] };
}

// `timeout` (ms) gives up on a hanging answer as if offline: for writes a phone will retry.
async function request(method, path, body, timeout) {
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
  if (response.headers.get("X-Companion-Offline")) throw new ApiError(0, OFFLINE_DETAIL);
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
    `Something went wrong (error ${response.status}). Please try again.`;
  const retry = Number.parseInt(response.headers.get("Retry-After") || "", 10);
  throw new ApiError(response.status, detail, Number.isFinite(retry) ? retry : null);
}

// Health data must not outlive the session on a shared phone: drop the saved schedule.
export async function forgetSaved() {
  try {
    await caches.delete(DATA_CACHE);
  } catch {
    // no Cache API (insecure context): nothing was saved
  }
}

const get = (path) => request("GET", path);
const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v != null)).toString();

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
  activate: (code, password) => request("POST", "/api/activation", { code, password }),
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

  // reminders on this device, and how they read (everyone signed in)
  vapidKey: () => get("/api/push/vapid-public-key"),
  subscribePush: (subscription) => request("POST", "/api/push/subscriptions", subscription),
  unsubscribePush: (endpoint) => request("DELETE", "/api/push/subscriptions", { endpoint }),
  testPush: () => request("POST", "/api/push/test"),
  notificationPrefs: () => get("/api/me/notification-preferences"),
  setNotificationPrefs: (prefs) => request("PUT", "/api/me/notification-preferences", prefs),

  // counselors (and admins)
  // params: {q, track, attention, short, limit}; empty ones are left out (see GET /api/counselor/caseload)
  caseload: (params = {}) => {
    const wanted = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== "" && v !== false));
    const search = query(wanted);
    return get(`/api/counselor/caseload${search ? `?${search}` : ""}`);
  },
  staffSummary: () => get("/api/staff/summary"),
  clientSummary: (id) => get(`/api/staff/clients/${encodeURIComponent(id)}/summary`),
  staffSessions: (from, days = 7) => get(`/api/counselor/occurrences?${query({ from, days })}`),
  roster: (id) => get(`/api/counselor/occurrences/${id}/attendance`),
  markAttendance: (id, marks) => request("PUT", `/api/counselor/occurrences/${id}/attendance`, { marks }),
  reviewQueue: (after) => get(`/api/counselor/review-queue?${query({ limit: 50, after })}`),
  checkinDetail: (id) => get(`/api/counselor/checkins/${id}`),
  review: (id, note) => request("POST", `/api/counselor/checkins/${id}/review`, { note }),
  // many normal-risk check-ins at once, with one note (all or none)
  reviewMany: (ids, note) => request("POST", "/api/counselor/checkins/review", { ids, note }),
  clientDetail: (id) => get(`/api/counselor/clients/${id}`),
  templates: () => get("/api/counselor/templates"),
  createTemplate: (template) => request("POST", "/api/counselor/templates", template),
  updateTemplate: (id, template) => request("PUT", `/api/counselor/templates/${id}`, template),
  deleteTemplate: (id) => request("DELETE", `/api/counselor/templates/${id}`),
  assign: (assignment) => request("POST", "/api/counselor/assignments", assignment),
  assignments: (occurrence) => get(`/api/counselor/assignments?${query({ occurrence })}`),
  assignment: (id) => get(`/api/counselor/assignments/${id}`),
  changeAssignment: (id, change) => request("PATCH", `/api/counselor/assignments/${id}`, change),
  deleteAssignment: (id) => request("DELETE", `/api/counselor/assignments/${id}`),
  waitingHomework: () => get("/api/counselor/submissions"),
  submission: (id) => get(`/api/counselor/submissions/${id}`),
  reviewSubmission: (id, action, feedback) => request("POST", `/api/counselor/submissions/${id}/review`, { action, feedback }),
  clientAftercare: (id) => get(`/api/counselor/clients/${id}/aftercare`),
  setAftercare: (id, plan) => request("PUT", `/api/counselor/clients/${id}/aftercare`, plan),
  // a counselor invites a client into a track they lead
  myTracks: () => get("/api/counselor/tracks"),
  inviteClient: (client) => request("POST", "/api/counselor/invitations", client),
  verifyMeeting: (id) => request("POST", `/api/counselor/meetings/${id}/verify`),
  // drug tests: a day's list, recording what happened, scheduling one
  drugTests: (date) => get(`/api/counselor/drug-tests?${query({ date })}`),
  recordTestResult: (id, result) => request("POST", `/api/counselor/drug-tests/${id}/result`, result),
  scheduleTest: (test) => request("POST", "/api/counselor/drug-tests", test),

  // a client's care team (counselors: their own clients; admins: anyone), and who can be on one
  staffCounselors: () => get("/api/staff/counselors"),
  careTeam: (clientId) => get(`/api/staff/clients/${clientId}/care-team`),
  setCareTeam: (clientId, primary, others) => request("PUT", `/api/staff/clients/${clientId}/care-team`, { primary, others }),

  // admins
  presets: () => get("/api/admin/presets"),
  people: (role) => get(`/api/admin/people?${query({ role })}`),
  programs: () => get("/api/admin/programs"),
  createProgram: (program) => request("POST", "/api/admin/programs", program),
  updateProgram: (id, change) => request("PATCH", `/api/admin/programs/${id}`, change),
  tracks: (programId) => get(`/api/admin/programs/${programId}/tracks`),
  createTrack: (programId, track) => request("POST", `/api/admin/programs/${programId}/tracks`, track),
  series: (programId) => get(`/api/admin/programs/${programId}/series`),
  createSeries: (series) => request("POST", "/api/admin/series", series),
  updateSeries: (id, change) => request("PATCH", `/api/admin/series/${id}`, change),
  endSeries: (id) => request("POST", `/api/admin/series/${id}/end`),
  resumeSeries: (id) => request("POST", `/api/admin/series/${id}/resume`),
  seriesSessions: (id, from, days = 28) => get(`/api/admin/series/${id}/occurrences?${query({ from, days })}`),
  changeSession: (id, change) => request("PATCH", `/api/admin/occurrences/${id}`, change),
  testingPolicy: (trackId) => get(`/api/admin/tracks/${trackId}/testing-policy`),
  setTestingPolicy: (trackId, policy) => request("PUT", `/api/admin/tracks/${trackId}/testing-policy`, policy),
  enrollments: (programId) => get(`/api/admin/programs/${programId}/enrollments`),
  enroll: (enrollment) => request("POST", "/api/admin/enrollments", enrollment),
  updateEnrollment: (id, change) => request("PATCH", `/api/admin/enrollments/${id}`, change),
  checkinPolicy: (programId) => get(`/api/admin/programs/${programId}/checkin-policy`),
  setCheckinPolicy: (programId, policy) => request("PUT", `/api/admin/programs/${programId}/checkin-policy`, policy),
  updateTrack: (id, change) => request("PATCH", `/api/admin/tracks/${id}`, change),
  onCall: (programId) => get(`/api/admin/programs/${programId}/on-call`),
  setOnCall: (programId, setting) => request("PUT", `/api/admin/programs/${programId}/on-call`, setting),
  // people: the directory, invitations (the answer holds a one-time code), changes
  directory: (params) => get(`/api/admin/directory?${query(params)}`),
  person: (id) => get(`/api/admin/people/${id}`),
  invite: (person) => request("POST", "/api/admin/people", person),
  updatePerson: (id, change) => request("PATCH", `/api/admin/people/${id}`, change),
  deactivatePerson: (id) => request("POST", `/api/admin/people/${id}/deactivate`),
  reactivatePerson: (id) => request("POST", `/api/admin/people/${id}/reactivate`),
  resetPerson: (id) => request("POST", `/api/admin/people/${id}/reset`),
  moveCaseload: (fromId, toId) => request("POST", `/api/admin/counselors/${fromId}/transfer`, { to: toId }),
};
