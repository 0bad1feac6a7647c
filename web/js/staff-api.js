// The staff's and admins' calls, added to `api` when a staff screen first loads: a client's
// phone never downloads them (bench/b7_page_weight.py). Staff screens import from here.
import { ApiError, OFFLINE_DETAIL, api, get, query } from "./api.js";
import { locale, t } from "./i18n.js";
import { request } from "./views/verify.js"; // asks again when a sensitive action needs it

export { ApiError, api } from "./api.js";

Object.assign(api, {
  // the client chart's lists (staff; in the chart header's scope)
  clientCheckins: (id, days = 30) => get(`/api/counselor/clients/${id}/checkins?${query({ days })}`),
  clientHomework: (id) => get(`/api/counselor/clients/${id}/homework`),
  clientAttendance: (id, weeks = 4) => get(`/api/counselor/clients/${id}/attendance?${query({ weeks })}`),
  clientDrugTests: (id, days = 90) => get(`/api/counselor/clients/${id}/drug-tests?${query({ days })}`),
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

  // questionnaires (measurement-based care): a client's scores, one response, the queue of those
  // worth a look, the schedule they are due by, the safety plan, the FHIR export, outcomes
  clientMeasures: (id) => get(`/api/counselor/clients/${id}/measures`),
  measureResponse: (id) => get(`/api/counselor/measure-responses/${encodeURIComponent(id)}`),
  lookedAt: (id) => request("POST", `/api/counselor/measure-responses/${encodeURIComponent(id)}/review`),
  measureQueue: () => get("/api/counselor/measure-queue"),
  measureSchedules: (id) => get(`/api/counselor/clients/${id}/measure-schedules`),
  setMeasureSchedules: (id, schedules) => request("PUT", `/api/counselor/clients/${id}/measure-schedules`, { schedules }),
  clientSafetyPlan: (id) => get(`/api/counselor/clients/${id}/safety-plan`),
  setClientSafetyPlan: (id, plan) => request("PUT", `/api/counselor/clients/${id}/safety-plan`, plan),
  clientFhir: (id) => download(`/api/counselor/clients/${id}/fhir`, "application/fhir+json"),
  // params: {program, track, start, end}; an empty track is the whole program
  outcomes: (params) => get(`/api/counselor/outcomes?${query(params)}`),
  outcomesCsv: (params) => download(`/api/counselor/outcomes.csv?${query(params)}`, "text/csv"),

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
  trackSchedules: (trackId) => get(`/api/admin/tracks/${trackId}/measure-schedules`),
  setTrackSchedules: (trackId, schedules) => request("PUT", `/api/admin/tracks/${trackId}/measure-schedules`, { schedules }),
  resetTrackSchedules: (trackId) => request("DELETE", `/api/admin/tracks/${trackId}/measure-schedules`),
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
  resetFactors: (id) => request("POST", `/api/admin/people/${id}/factors/reset`),
  moveCaseload: (fromId, toId) => request("POST", `/api/admin/counselors/${fromId}/transfer`, { to: toId }),
});

// A file to save (the FHIR bundle, a CSV): resolves with {blob, name} (the server's file name, or
// null), or throws an ApiError with the server's `detail` ("" when it sent none: the screen words it).
async function download(path, accept) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: accept, "Accept-Language": locale() }, credentials: "same-origin", cache: "no-store" });
  } catch {
    throw new ApiError(0, t(OFFLINE_DETAIL));
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    throw new ApiError(response.status, typeof data?.detail === "string" ? data.detail : "");
  }
  const disposition = response.headers.get("Content-Disposition") || ""; // not text
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), name };
}
