// Admin screens (loaded only for admins): the programs, and each program's settings split into
// short pages under one sub-navigation, so none is longer than a screen or two on a laptop.
// Completing or discharging an enrollment, ending a series and cancelling a session ask first,
// naming what is affected, and can be undone from a toast (an ended series resumed later, a
// session restored). Forms check what they can before sending and say what is wrong beside
// the field; the server's refusals show under the form.
//   #/admin                                programs, and a new one
//   #/admin/programs/1                     program details: name, zone, hours, phone; who is on call
//   #/admin/programs/1/tracks              tracks: add one, make one inactive
//   #/admin/programs/1/sessions            session series, and a new one
//   #/admin/programs/1/series/3            a series' upcoming sessions: cancel, restore, move
//   #/admin/programs/1/enrollments         who is enrolled in which track; enroll, complete, discharge
//   #/admin/programs/1/testing             each track's random drug testing
//   #/admin/programs/1/risk                the check-in risk rules
//   #/admin/programs/1/questionnaires      when each track's questionnaires are due
import { api, ApiError } from "../staff-api.js";
import { confirmation, refreshIfOn, undoToast } from "../confirm.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, problemsOf, recheckOnChange, report, select } from "../forms.js";
import { dayLabel, duration, localDate, localDateTime, time, timeRange } from "../format.js";
import { N_, locale, t, use } from "../i18n.js";
import { scheduleForm } from "./instruments.js";
import { sessionItem } from "./week.js";

await use("views/admin");

const KINDS = [["group", N_("Group")], ["individual", N_("Individual")], ["family", N_("Family")], ["education", N_("Education")]];
const TRACK_KINDS = new Set(["group", "education"]);
const REPEATS = [["", N_("Does not repeat")], ["1", N_("Every week")], ["2", N_("Every other week")]];
// [value, label] lists in the language on screen, for select().
const shown = (options) => options.map(([key, label]) => [key, t(label)]);

// The weekdays as RRULE and the testing policy write them, Monday first; their names come from
// Intl in the language on screen ("Mon", "lun"), from a week known to start on a Monday.
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
function dayName(code, style = "short") {
  const index = DAYS.indexOf(code);
  if (index < 0) return code;
  return new Intl.DateTimeFormat(locale(), { weekday: style, timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}
// A weekday on its own (a checkbox's label): "Mon", "Lun".
const dayChip = (code) => {
  const name = dayName(code);
  return name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1);
};
// Numbers as the language writes them: 9.5 -> "9.5".
const number = (value) => Number(value).toLocaleString(locale());

// A program's pages: [path after #/admin/programs/ID, name in the sub-navigation, screen].
const PARTS = [
  ["", N_("Program details"), detailsPart],
  ["tracks", N_("Tracks"), tracksPart],
  ["sessions", N_("Sessions"), sessionsPart],
  ["enrollments", N_("Enrollments"), enrollmentsPart],
  ["testing", N_("Testing policy"), testingPart],
  ["risk", N_("Risk rules"), riskPart],
  ["questionnaires", N_("Questionnaires"), questionnairesPart],
];

export async function adminScreen(context) {
  const [what, programId, sub = "", seriesId] = context.params;
  if (what !== "programs" || !programId) return programsScreen(context);
  const id = Number(programId);
  if (sub === "series" && seriesId) return seriesScreen(context, id, Number(seriesId));
  const part = PARTS.find(([path]) => path === sub);
  if (!part) throw new ApiError(404, t("There is no such page. Choose one from the program's pages."));
  const programs = await api.programs();
  const program = programs.find((candidate) => candidate.id === id);
  if (!program) throw new ApiError(404, t("No such program."));
  const [path, label, screen] = part;
  return programFrame(context, programs, program, path, path ? t(label) : program.name, await screen(context, program));
}

const partHref = (programId, path) => `#/admin/programs/${programId}${path ? `/${path}` : ""}`;

// Every program page: its title, the program's pages (the one shown marked), and a way to
// another program when there are several.
function programFrame(context, programs, program, path, title, content, about = null) {
  return h("section", { class: "admin admin-program" },
    h("div", { class: "ws-titlebar" },
      h("div", {},
        heading(title),
        h("p", { class: "hint admin-about" }, about || [path ? program.name : null,
          t("{zone} · minimum {hours} h a week", { zone: program.timezone, hours: number(program.min_weekly_hours) })]
          .filter(Boolean).join(" · "))),
      programPicker(context, programs, program, path)),
    h("nav", { class: "admin-subnav", "aria-label": t("Program pages") }, h("ul", {}, PARTS.map(([to, name]) =>
      h("li", {}, h("a", { href: partHref(program.id, to), "aria-current": to === path ? "page" : null }, t(name)))))),
    content);
}

function programPicker(context, programs, program, path) {
  const all = h("a", { href: "#/admin" }, t("All programs"));
  if (programs.length < 2) return h("p", { class: "admin-picker" }, all);
  const pick = select("program-pick", programs.map((one) => [one.id, one.name]));
  pick.value = String(program.id);
  pick.addEventListener("change", () => context.go(partHref(pick.value, path)));
  return h("div", { class: "admin-picker" },
    h("label", { for: "program-pick" }, t("Program")), pick, all);
}

// --- small form parts -------------------------------------------------------------------

// A form that checks itself before sending (each problem beside its field and in a summary
// above), shows the server's message when refused, and calls `done` on success. `check`
// returns the problems the browser's own checks cannot see ([{ field, message }]).
function actionForm({ id, title, fields, submit, send, done, check = () => [], wide = false }) {
  const error = h("p", { class: "form-error", "aria-live": "polite", id: `${id}-error` });
  const summary = errorSummary(`${id}-problems`);
  const button = h("button", { type: "submit", class: "button primary", id: `${id}-submit` }, submit);
  const form = h("form", { class: `stack admin-form${wide ? " wide" : ""}`, id, novalidate: true, "aria-describedby": `${id}-error`, onSubmit: run },
    summary, h("div", { class: "form-fields" }, fields), error, button);
  recheckOnChange(form);
  async function run(event) {
    event.preventDefault();
    if (button.disabled) return;
    error.textContent = "";
    const problems = problemsOf(form, check);
    report(summary, form, problems);
    if (problems.length) return;
    button.disabled = true;
    try {
      await done(await send(form.elements));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.detail;
    } finally {
      button.disabled = false;
    }
  }
  return h("section", { class: "card form-card", "aria-labelledby": `${id}-title` }, h("h2", { id: `${id}-title` }, title), form);
}

// A button that does something to the server, then refreshes the screen or shows why not.
// `name`: the whole of what it does, for screen readers, when the label alone does not say
// which one ("Restore" -> "Restore the session on Monday, November 24 at 6:00 PM").
function actionButton(label, work, { context, message, id, name = null, className = "button secondary" }) {
  const button = h("button", { type: "button", class: className, id, "aria-label": name }, label);
  button.addEventListener("click", async () => {
    if (button.disabled) return;
    button.disabled = true;
    try {
      await work();
      context.announce(message);
      await context.refresh();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      context.announce(err.detail);
      button.after(h("p", { class: "form-error", role: "alert" }, err.detail));
      button.disabled = false;
    }
  });
  return button;
}

const value = (elements, name) => elements.namedItem(name)?.value.trim() ?? "";

const ZONES = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

// A time zone field with the zones to choose from, and its check.
function zoneField(id, current) {
  const zone = input(id, { required: true, value: current, list: ZONES.length ? `${id}-zones` : null, autocomplete: "off" });
  return [field(id, t("Time zone"), zone, t("Sessions repeat at the same wall time in this zone, e.g. America/Denver.")),
    ZONES.length ? h("datalist", { id: `${id}-zones` }, ZONES.map((one) => h("option", { value: one }))) : null];
}

function zoneProblem(elements, id) {
  const zone = value(elements, id);
  if (!zone || !ZONES.length || ZONES.includes(zone) || zone === "UTC") return null;
  return { field: id, message: t("Choose a time zone from the list, like America/Denver.") };
}

// --- programs ---------------------------------------------------------------------------

async function programsScreen(context) {
  const programs = await api.programs();
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone || "America/Denver"; // not text: a zone
  return h("section", { class: "admin" },
    heading(t("Programs")),
    h("div", { class: "admin-columns" },
      programs.length
        ? h("div", { class: "ws-table-wrap table-wrap", tabindex: "0", role: "region", "aria-labelledby": "programs-caption" },
          h("table", { class: "ws-table admin-table" },
            h("caption", { id: "programs-caption" }, t("Programs")),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("Name")), h("th", { scope: "col" }, t("Time zone")),
            h("th", { scope: "col" }, t("Minimum a week")))),
          h("tbody", {}, programs.map((program) => h("tr", { "data-program": program.id },
            h("th", { scope: "row" }, h("a", { href: `#/admin/programs/${program.id}` }, program.name)),
            h("td", {}, program.timezone), h("td", {}, t("{hours} h", { hours: number(program.min_weekly_hours) })))))))
        : h("p", { class: "notice" }, t("No programs yet.")),
      actionForm({
        id: "new-program", title: t("New program"), submit: t("Create program"),
        fields: programFields("program", { name: "", timezone: here, min_weekly_hours: 9, phone: "" }),
        check: (elements) => [zoneProblem(elements, "program-zone")],
        send: (elements) => api.createProgram(programBody(elements, "program")),
        done: (program) => context.go(`#/admin/programs/${program.id}`),
      })));
}

function programFields(key, program) {
  return [
    field(`${key}-name`, t("Name"), input(`${key}-name`, { required: true, maxlength: 100, value: program.name })),
    ...zoneField(`${key}-zone`, program.timezone),
    field(`${key}-hours`, t("Minimum hours a week"), input(`${key}-hours`, { type: "number", inputmode: "decimal", min: 0, max: 60, step: 0.5, required: true, value: program.min_weekly_hours }),
      t("From 0 to 60, in half hours.")),
    field(`${key}-phone`, t("Front-desk phone"), input(`${key}-phone`, { type: "tel", maxlength: 32, autocomplete: "off", value: program.phone }),
      t("Shown to a client with crisis help after a high-risk check-in, to reach their counselor.")),
  ];
}

function programBody(elements, key) {
  return {
    name: value(elements, `${key}-name`), timezone: value(elements, `${key}-zone`),
    min_weekly_hours: Number(value(elements, `${key}-hours`)), phone: value(elements, `${key}-phone`),
  };
}

// --- program details: name, zone, hours, phone; who is on call ------------------------------

async function detailsPart(context, program) {
  const [counselors, onCall] = await Promise.all([api.people("counselor"), api.onCall(program.id)]);
  return h("div", { class: "admin-columns" },
    actionForm({
      id: "program", title: t("Program details"), submit: t("Save program details"),
      fields: programFields("details", program),
      check: (elements) => [zoneProblem(elements, "details-zone")],
      send: (elements) => api.updateProgram(program.id, programBody(elements, "details")),
      done: () => { context.announce(t("Program details saved.")); return context.refresh(); },
    }),
    onCallSection(context, { program, counselors, onCall }));
}

// Who an urgent check-in reaches when nobody on the client's care team can, how long before an
// unopened one goes further, and whether counselors may invite clients.
function onCallSection(context, { program, counselors, onCall }) {
  const chosen = new Set(onCall.counselors.map((person) => person.id));
  const current = onCall.counselors.length
    ? t("On call now: {names}.", { names: new Intl.ListFormat(locale(), { type: "conjunction" }).format(onCall.counselors.map((p) => p.name)) })
    : t("Nobody is on call. Urgent check-ins of clients without a care team go to the admins.");
  const people = h("fieldset", { class: "question" }, h("legend", {}, t("On-call counselors")),
    counselors.length
      ? h("div", { class: "choices stacked" }, counselors.map((c) => h("label", { class: "choice" },
        h("input", { type: "checkbox", name: "oncall-counselor", value: c.id, checked: chosen.has(c.id) }), c.name)))
      : h("p", { class: "hint" }, t("No counselors yet.")));
  return h("section", { class: "admin-part", "aria-labelledby": "oncall-heading" },
    h("h2", { id: "oncall-heading" }, t("Urgent check-ins")),
    h("p", {}, t("An urgent check-in reaches the client's care team first. When nobody there can see it, it goes to the counselors on call, and after that to the admins.")),
    h("p", { class: "oncall-now" }, current),
    actionForm({
      id: "oncall", title: t("Who is on call"), submit: t("Save on-call settings"),
      fields: [
        people,
        field("oncall-minutes", t("Minutes before an unopened urgent check-in goes further"),
          input("oncall-minutes", { type: "number", inputmode: "numeric", min: 1, max: 240, required: true, value: onCall.escalate_minutes }),
          t("From 1 to 240. If nobody opens it in this time, the next group is told.")),
        h("label", { class: "choice" }, input("oncall-invite", { type: "checkbox", checked: onCall.counselors_invite }),
          t("Counselors may invite clients into the tracks they lead")),
      ],
      send: (elements) => api.setOnCall(program.id, {
        counselors: [...people.querySelectorAll("input:checked")].map((box) => Number(box.value)),
        escalate_minutes: Number(value(elements, "oncall-minutes")),
        counselors_invite: elements.namedItem("oncall-invite").checked,
      }),
      done: () => { context.announce(t("On-call settings saved.")); return context.refresh(); },
    }));
}

// --- tracks ------------------------------------------------------------------------------

async function tracksPart(context, program) {
  const tracks = await api.tracks(program.id);
  const item = (track) => {
    const name = h("span", { class: "row-name" }, track.name);
    return h("li", { class: "admin-row", "data-track": track.id },
      name, h("span", { class: track.active ? "badge" : "badge muted" }, track.active ? t("Active") : t("Inactive")),
      h("div", { class: "actions row" }, actionButton(
        track.active ? t("Make inactive") : t("Make active"),
        () => api.updateTrack(track.id, { active: !track.active }),
        { context,
          name: track.active ? t("Make inactive {name}", { name: track.name }) : t("Make active {name}", { name: track.name }),
          message: track.active
            ? t("{name} is inactive: no new series or enrollments.", { name: track.name })
            : t("{name} is active again: it takes new series and enrollments.", { name: track.name }) })));
  };
  return h("div", { class: "admin-columns" },
    h("section", { class: "admin-part", "aria-labelledby": "tracks-heading" },
      h("h2", { id: "tracks-heading" }, t("This program's tracks")),
      h("p", { class: "hint" }, t("A track is a cohort that meets together. An inactive track takes no new series or enrollments; its history stays.")),
      tracks.length ? h("ul", { class: "admin-rows" }, tracks.map(item)) : h("p", { class: "notice" }, t("No tracks yet."))),
    actionForm({
      id: "new-track", title: t("New track"), submit: t("Add track"),
      fields: [field("track-name", t("Track name"), input("track-name", { required: true, maxlength: 100 }))],
      check: (elements) => {
        const name = value(elements, "track-name").toLowerCase();
        return [tracks.some((track) => track.name.toLowerCase() === name)
          ? { field: "track-name", message: t("This program already has a track with that name.") } : null];
      },
      send: (elements) => api.createTrack(program.id, { name: value(elements, "track-name") }),
      done: () => { context.announce(t("Track added.")); return context.refresh(); },
    }));
}

// --- sessions ----------------------------------------------------------------------------

async function sessionsPart(context, program) {
  const [tracks, series, clients, counselors, presets] = await Promise.all([
    api.tracks(program.id), api.series(program.id), api.people("client"), api.people("counselor"), api.presets(),
  ]);
  return seriesSection(context, { program, tracks, series, clients, counselors, presets });
}

// --- enrollments -------------------------------------------------------------------------

async function enrollmentsPart(context, program) {
  const [tracks, enrollments, clients] = await Promise.all([
    api.tracks(program.id), api.enrollments(program.id), api.people("client"),
  ]);
  return enrollmentsSection(context, { program, tracks, enrollments, clients });
}

// --- random testing, per track --------------------------------------------------------------

async function testingPart(context, program) {
  const tracks = await api.tracks(program.id);
  return h("section", { class: "admin-part", "aria-labelledby": "testing-heading" },
    h("h2", { id: "testing-heading" }, t("Random drug testing")),
    h("p", { class: "hint" }, t("Each track has its own: how often a client is drawn, on which days, when the draw is made and when those drawn come in. Open a track to see or change it.")),
    tracks.length
      ? h("ul", { class: "admin-rows testing-rows" }, tracks.map((track) => h("li", { "data-track": track.id },
        testingPolicy(context, track), track.active ? null : h("span", { class: "badge muted" }, t("Inactive track")))))
      : h("p", { class: "notice" }, t("No tracks yet: add one under Tracks first.")));
}

// --- risk rules ----------------------------------------------------------------------------

// The craving levels (0 to 10) that make a check-in high, and 11 for never.
const craving = () => [
  ...Array.from({ length: 10 }, (_, n) => [String(n), t("{number} or higher", { number: number(n) })]),
  ["10", t("10 only")], ["11", t("Never (off)")],
];

async function riskPart(context, program) {
  const policy = await api.checkinPolicy(program.id);
  const box = (id, label, checked) => h("label", { class: "choice" }, input(id, { type: "checkbox", checked }), label);
  const cravingAt = select("risk-craving", craving());
  cravingAt.value = String(policy.high_craving_at);
  return h("div", { class: "admin-columns" },
    actionForm({
      id: "risk", title: t("Check-in risk rules"), submit: t("Save risk rules"),
      fields: [
        h("fieldset", { class: "question" }, h("legend", {}, t("A check-in is marked")),
          box("risk-safety", t("Urgent when the client says they may not be safe"), policy.urgent_on_safety),
          box("risk-use", t("High when the client reports use"), policy.high_on_use)),
        field("risk-craving", t("High when craving (0 to 10) is"), cravingAt),
        field("risk-missed", t("Days without a check-in before a client is flagged"),
          input("risk-missed", { type: "number", inputmode: "numeric", min: 1, max: 14, step: 1, required: true, value: policy.missed_days }),
          t("From 1 to 14. The client shows as needing attention on the caseload.")),
      ],
      send: (elements) => api.setCheckinPolicy(program.id, {
        urgent_on_safety: elements.namedItem("risk-safety").checked,
        high_on_use: elements.namedItem("risk-use").checked,
        high_craving_at: Number(cravingAt.value),
        missed_days: Number(value(elements, "risk-missed")),
      }),
      done: () => { context.announce(t("Risk rules saved.")); return context.refresh(); },
    }),
    h("section", { class: "admin-part", "aria-labelledby": "risk-about" },
      h("h2", { id: "risk-about" }, t("How these are used")),
      h("p", {}, t("An urgent check-in reaches the client's care team at once, then whoever is on call (see Program details). Urgent and high check-ins come first in the review queue.")),
      h("p", {}, t("After an urgent or high check-in the client sees their coping plan and crisis help straight away."))));
}

// --- questionnaires, per track ---------------------------------------------------------------

async function questionnairesPart(context, program) {
  const tracks = await api.tracks(program.id);
  const answers = await Promise.all(tracks.map((track) => api.trackSchedules(track.id)));
  return h("section", { class: "admin-part", "aria-labelledby": "questionnaires-heading" },
    h("h2", { id: "questionnaires-heading" }, t("When questionnaires are due")),
    h("p", { class: "hint" }, t("Each track's clients are asked these at intake, every so many days while enrolled, and at discharge; each stays open for the days set, then closes. A counselor can give one client a schedule of their own in the client's chart.")),
    tracks.length
      ? tracks.map((track, index) => trackSchedule(context, track, answers[index].schedules))
      : h("p", { class: "notice" }, t("No tracks yet: add one under Tracks first.")));
}

function trackSchedule(context, track, rules) {
  const own = rules.some((rule) => rule.source === "track");
  const title = `track-${track.id}-schedule`;
  return h("section", { class: "card track-schedule", "data-track": track.id, "aria-labelledby": title },
    h("div", { class: "row track-schedule-title" },
      h("h3", { id: title }, track.name),
      h("span", { class: own ? "badge" : "badge muted" }, own ? t("Its own schedule") : t("The program's default")),
      track.active ? null : h("span", { class: "badge muted" }, t("Inactive track"))),
    scheduleForm({
      key: `track-${track.id}`, rules,
      hint: own
        ? t("Saving sets the whole schedule: a questionnaire with nothing ticked and no repeats is not asked in this track.")
        : t("This track follows the program's default. Saving makes these its own; a questionnaire with nothing ticked and no repeats is not asked."),
      pick: (wanted) => wanted,
      save: (schedules) => api.setTrackSchedules(track.id, schedules),
      back: own ? {
        label: t("Use the default schedule again"),
        title: t("Use the default schedule for {track} again?", { track: track.name }),
        words: [t("The track's own schedule is removed. Clients with a schedule of their own keep it.")],
        send: () => api.resetTrackSchedules(track.id),
      } : null,
      saved: () => {
        context.announce(t("Questionnaire schedule saved for {track}.", { track: track.name }));
        return context.refresh();
      },
    }));
}

// A track's random drug testing, loaded when opened: how often, which days, when the draw is
// made and when selected clients come in.
function testingPolicy(context, track) {
  const key = `policy-${track.id}`;
  const body = h("div", { class: "stack" }, h("p", { class: "hint" }, t("Loading…")));
  const details = h("details", { class: "testing-policy" }, h("summary", {}, t("Random testing for {track}", { track: track.name })), body);
  details.addEventListener("toggle", async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = "1";
    try {
      const policy = await api.testingPolicy(track.id);
      body.replaceChildren(policyForm(context, track, policy, key));
    } catch (err) {
      body.replaceChildren(h("p", { class: "form-error" }, err.detail || t("The policy could not be loaded.")));
    }
  });
  return details;
}

function policyForm(context, track, policy, key) {
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const summary = errorSummary(`${key}-problems`);
  const perWeek = input(`${key}-per-week`, { type: "number", inputmode: "decimal", min: 0.1, max: 7, step: 0.1, required: true, value: policy.tests_per_week });
  const times = [["selection_time", t("Draw made at")], ["window_start", t("Come in from")], ["window_end", t("Until")]].map(([name, label]) =>
    [name, input(`${key}-${name}`, { type: "time", required: true, value: policy[name] }), label]);
  const days = h("fieldset", { class: "question" }, h("legend", {}, t("Testing days")),
    h("p", { class: "field-error", id: `${key}-days-error`, hidden: true }),
    h("div", { class: "choices" }, DAYS.map((value, i) => h("label", { class: "choice chip" },
      h("input", { type: "checkbox", name: `${key}-day`, id: i ? null : `${key}-days`, value, checked: policy.days.includes(value) }), dayChip(value)))));
  const active = h("input", { id: `${key}-active`, type: "checkbox", checked: policy.active });
  const chosenDays = () => [...days.querySelectorAll("input:checked")].map((box) => box.value);
  async function save(event) {
    event.preventDefault();
    error.textContent = "";
    const problems = problemsOf(form, () => [
      chosenDays().length ? null : { field: `${key}-days`, message: t("Choose at least one testing day.") },
      times[1][1].value && times[2][1].value && times[2][1].value <= times[1][1].value
        ? { field: times[2][1].id, message: t("The window must end after it starts.") } : null,
    ]);
    report(summary, form, problems);
    if (problems.length) return;
    try {
      await api.setTestingPolicy(track.id, {
        tests_per_week: Number(perWeek.value), active: active.checked, days: chosenDays(),
        ...Object.fromEntries(times.map(([name, control]) => [name, control.value])),
      });
      context.announce(t("Random testing saved for {track}.", { track: track.name }));
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
    }
  }
  const form = h("form", { class: "stack policy-form", novalidate: true, onSubmit: save },
    summary,
    h("div", { class: "form-fields" },
      field(`${key}-per-week`, t("Tests per client per week"), perWeek, t("From 0.1 to 7; 1.5 means three tests every two weeks.")),
      times.map(([, control, label]) => field(control.id, label, control))),
    days,
    h("label", { class: "choice" }, active, t("Random testing on")),
    error, h("button", { type: "submit", class: "button secondary" }, t("Save testing policy")));
  recheckOnChange(form);
  return form;
}

// "Weekly on Mon, Wed, Thu", "Every 2 weeks on Tue", "One-off".
function describeRule(rule) {
  if (!rule) return t("One-off");
  const parts = Object.fromEntries(rule.split(";").map((part) => part.split("=")));
  const interval = parts.INTERVAL && parts.INTERVAL !== "1" ? number(parts.INTERVAL) : null;
  const codes = (parts.BYDAY || "").split(",").filter(Boolean);
  if (!codes.length) return interval ? t("Every {number} weeks", { number: interval }) : t("Weekly");
  const days = new Intl.ListFormat(locale(), { type: "unit", style: "short" }).format(codes.map((code) => dayName(code)));
  return interval ? t("Every {number} weeks on {days}", { number: interval, days }) : t("Weekly on {days}", { days });
}

// "18:00" (a wall time) as people read it: "6:00 PM".
const wallTime = (hhmm) => time(`2000-01-01T${hhmm}:00Z`, "UTC");
// A day and a time together: "Monday, November 24 at 6:00 PM".
const dayAndTime = (day, clock) => t("{day} at {time}", { day, time: clock });

// A common schedule in the language on screen, from what it sets (the server's label is
// English): "Weekly on Mon, Wed, Thu · 6:00 – 9:00 PM · 3 h", "Every 2 weeks · 1 h".
function presetName(preset) {
  const start = preset.start_time ? new Date(`2000-01-01T${preset.start_time}:00Z`) : null;
  const range = start
    ? timeRange(start.toISOString(), new Date(start.getTime() + preset.duration_minutes * 60000).toISOString(), "UTC")
    : null;
  return [describeRule(preset.rrule), range, duration(preset.duration_minutes)].filter(Boolean).join(" · ");
}

// A session kind in words: "Group".
const kindName = (kind) => {
  const found = KINDS.find(([key]) => key === kind);
  return found ? t(found[1]) : kind;
};

// A series by name: its title, and whose it is when the title alone does not say
// ("Individual session with Jordan Lee").
function seriesName(one, names) {
  if (one.track_id || !one.client_id) return one.title;
  return t("{title} with {name}", { title: one.title, name: names.get(one.client_id) || t("a client") });
}

function seriesSection(context, data) {
  const { program, tracks, series, clients, counselors } = data;
  const names = new Map([...clients, ...counselors].map((person) => [person.id, person.name]));
  const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
  const item = (one) => {
    const start = one.local_start.slice(0, 16);
    const who = one.track_id
      ? t("Track: {name}", { name: trackNames.get(one.track_id) || one.track_id })
      : t("Client: {name}", { name: names.get(one.client_id) || one.client_id });
    const meets = one.rrule
      ? t("{rule} at {time}", { rule: describeRule(one.rrule), time: wallTime(start.slice(11)) })
      : dayAndTime(dayLabel(start.slice(0, 10)), wallTime(start.slice(11)));
    const name = seriesName(one, names);
    const confirm = confirmation();
    const endButton = h("button", { type: "button", class: "button secondary", "aria-label": t("End series {name}", { name }) },
      t("End series"));
    endButton.addEventListener("click", () => confirm.ask(endButton, {
      title: t("End {name}?", { name }),
      words: [h("p", { class: "hint" }, `${who} · ${meets}`),
        t("Its sessions from now on are removed; past sessions and attendance stay. You can resume it later from its sessions.")],
      yes: t("Yes, end {name}", { name }),
      no: t("Keep it"),
      work: async () => {
        const here = location.hash;
        await api.endSeries(one.id);
        await context.refresh();
        undoToast(t("Ended {name}.", { name }), async () => {
          await api.resumeSeries(one.id);
          context.announce(t("Resumed {name}: its sessions from now on are back.", { name }));
          await refreshIfOn(context, here);
        });
      },
    }));
    return h("li", { class: "admin-row series-row", "data-series": one.id },
      h("h3", {}, name, one.ended ? [" ", h("span", { class: "badge" }, t("Ended"))] : null),
      h("p", {}, [kindName(one.kind), one.rrule ? "" : t("One-off"), meets, duration(one.duration_minutes)].filter(Boolean).join(" · ")),
      h("p", { class: "hint" }, [
        who,
        one.facilitator_id ? t("Facilitator: {name}", { name: names.get(one.facilitator_id) || one.facilitator_id }) : "",
        one.location || "", one.video_url ? t("Video") : "",
      ].filter(Boolean).join(" · ")),
      h("div", { class: "actions row" },
        h("a", { class: "button secondary", href: `#/admin/programs/${program.id}/series/${one.id}`,
          "aria-label": t("Sessions of {name}", { name }) }, t("Sessions")),
        one.ended ? null : endButton),
      confirm.node, confirm.error);
  };
  return h("div", { class: "stack" }, h("section", { class: "admin-part", "aria-labelledby": "series-heading" },
    h("h2", { id: "series-heading" }, t("Session series")),
    series.length ? h("ul", { class: "admin-rows" }, series.map(item)) : h("p", { class: "notice" }, t("No sessions yet."))),
  // The form stays folded while there are series to read; open at once when there are none.
  h("details", { class: "add-series", open: !series.length || null },
    h("summary", { class: "button secondary" }, t("Add a session series")),
    seriesForm(context, data)));
}

function seriesForm(context, { program, tracks, clients, counselors, presets }) {
  const today = localDate(new Date().toISOString(), program.timezone);
  const kind = select("series-kind", shown(KINDS));
  const trackField = field("series-track", t("Track"), select("series-track", tracks.filter((track) => track.active).map((track) => [track.id, track.name]), { required: true }));
  const clientField = field("series-client", t("Client"), select("series-client", clients.map((c) => [c.id, c.name]), { required: true }));
  const repeat = select("series-repeat", shown(REPEATS));
  const days = h("fieldset", { class: "days" }, h("legend", {}, t("On these days")),
    h("p", { class: "field-error", id: "series-days-error", hidden: true }),
    h("div", { class: "choices" }, DAYS.map((code, i) =>
      h("label", { class: "choice" }, h("input", { type: "checkbox", name: "series-day", id: i ? null : "series-days", value: code }), dayChip(code)))));
  const presetSelect = select("series-preset", [["", t("Choose a common schedule…")], ...presets.map((p, i) => [String(i), presetName(p)])]);

  function follow() {
    const forTrack = TRACK_KINDS.has(kind.value);
    trackField.hidden = !forTrack;
    clientField.hidden = forTrack;
    days.hidden = repeat.value === "";
  }
  kind.addEventListener("change", follow);
  repeat.addEventListener("change", follow);
  presetSelect.addEventListener("change", () => {
    const preset = presets[Number(presetSelect.value)];
    if (!presetSelect.value || !preset) return;
    const parts = Object.fromEntries(preset.rrule.split(";").map((part) => part.split("=")));
    repeat.value = parts.INTERVAL === "2" ? "2" : "1";
    const chosen = new Set((parts.BYDAY || "").split(","));
    for (const box of days.querySelectorAll("input")) box.checked = chosen.has(box.value);
    const form = presetSelect.form;
    if (preset.start_time) form.elements.namedItem("series-time").value = preset.start_time;
    form.elements.namedItem("series-duration").value = preset.duration_minutes;
    follow();
  });
  follow();

  return actionForm({
    id: "new-series", title: t("New session series"), submit: t("Create series"), wide: true,
    check: (elements) => [
      repeat.value && !days.querySelector("input:checked")
        ? { field: "series-days", message: t("Choose the days it repeats on.") } : null,
      value(elements, "series-video") && !value(elements, "series-video").startsWith("https://")
        ? { field: "series-video", message: t("Video link must start with https://.") } : null,
    ],
    fields: [
      field("series-preset", t("Common schedule"), presetSelect, t("Fills in the days, time and length; change anything after.")),
      field("series-kind", t("Kind"), kind),
      field("series-title", t("Title"), input("series-title", { required: true, maxlength: 100 }),
        t("Keep it neutral: clients may see it on a lock screen.")),
      trackField, clientField,
      field("series-repeat", t("Repeats"), repeat), days,
      field("series-date", t("First day"), input("series-date", { type: "date", required: true, value: today })),
      field("series-time", t("Start time ({zone})", { zone: program.timezone }), input("series-time", { type: "time", required: true, value: "18:00" })),
      field("series-duration", t("Length in minutes"), input("series-duration", { type: "number", min: 5, max: 720, value: 60, required: true })),
      field("series-location", t("Place"), input("series-location", { maxlength: 200 })),
      field("series-video", t("Video link"), input("series-video", { type: "url", maxlength: 500, placeholder: "https://" }), t("Optional; must start with https://.")),
      field("series-facilitator", t("Facilitator"), select("series-facilitator", [["", t("None")], ...counselors.map((c) => [c.id, c.name])])),
    ],
    send: (elements) => {
      const every = elements.namedItem("series-repeat").value;
      const chosen = [...days.querySelectorAll("input:checked")].map((box) => box.value);
      const rrule = every ? ["FREQ=WEEKLY", every === "2" ? "INTERVAL=2" : "", chosen.length ? `BYDAY=${chosen.join(",")}` : ""].filter(Boolean).join(";") : "";
      const forTrack = TRACK_KINDS.has(kind.value);
      const facilitator = value(elements, "series-facilitator");
      return api.createSeries({
        program_id: program.id, kind: kind.value, title: value(elements, "series-title"),
        local_start: `${value(elements, "series-date")}T${value(elements, "series-time")}`,
        duration_minutes: Number(value(elements, "series-duration")), rrule,
        track_id: forTrack ? Number(value(elements, "series-track")) || null : null,
        client_id: forTrack ? null : Number(value(elements, "series-client")) || null,
        location: value(elements, "series-location"), video_url: value(elements, "series-video"),
        facilitator_id: facilitator ? Number(facilitator) : null,
      });
    },
    done: () => { context.announce(t("Series created.")); return context.refresh(); },
  });
}

const ENROLLMENT_STATES = { active: N_("Active"), completed: N_("Completed"), discharged: N_("Discharged") };

// Active enrollments first (by name), then the ended ones, newest end first.
function enrollmentOrder(a, b) {
  if ((a.status === "active") !== (b.status === "active")) return a.status === "active" ? -1 : 1;
  if (a.status === "active") return a.client_name.localeCompare(b.client_name);
  return (b.ends_on || "").localeCompare(a.ends_on || "");
}

function enrollmentsSection(context, { program, tracks, enrollments, clients }) {
  const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
  const today = localDate(new Date().toISOString(), program.timezone);
  const item = (one) => {
    const track = trackNames.get(one.track_id) || t("its track");
    const span = one.ends_on
      ? t("from {start} to {end}", { start: dayLabel(one.starts_on), end: dayLabel(one.ends_on) })
      : t("from {start}", { start: dayLabel(one.starts_on) });
    const confirm = confirmation();
    const actions = one.status === "active"
      ? h("div", { class: "actions row" },
        endButton(context, confirm, one, track, today, "completed"),
        endButton(context, confirm, one, track, today, "discharged"))
      : null;
    return h("li", { class: `admin-row${one.status === "active" ? "" : " ended"}`, "data-enrollment": one.id },
      h("h3", { class: "row-name" }, one.client_name),
      h("p", {}, `${track} · ${span} · ${ENROLLMENT_STATES[one.status] ? t(ENROLLMENT_STATES[one.status]) : one.status}`),
      actions ? [actions, confirm.node, confirm.error] : null);
  };
  const active = enrollments.filter((one) => one.status === "active").length;
  return h("div", { class: "admin-columns wide-first" },
    h("section", { class: "admin-part", "aria-labelledby": "enrollments-heading" },
      h("h2", { id: "enrollments-heading" }, t("Who is enrolled")),
      h("p", { class: "hint" }, t("{active} active, {ended} ended.", { active: number(active), ended: number(enrollments.length - active) })),
      enrollments.length
        ? h("ul", { class: "admin-rows" }, [...enrollments].sort(enrollmentOrder).map(item))
        : h("p", { class: "notice" }, t("Nobody is enrolled yet."))),
    actionForm({
      id: "new-enrollment", title: t("Enroll a client"), submit: t("Enroll"),
      fields: [
        field("enroll-client", t("Client"), select("enroll-client", clients.map((c) => [c.id, c.name]), { required: true })),
        field("enroll-track", t("Track"), select("enroll-track", tracks.filter((track) => track.active).map((track) => [track.id, track.name]), { required: true })),
        field("enroll-start", t("Starts on"), input("enroll-start", { type: "date", required: true, value: today })),
        field("enroll-end", t("Ends on (optional)"), input("enroll-end", { type: "date" })),
      ],
      check: (elements) => {
        const start = value(elements, "enroll-start");
        const end = value(elements, "enroll-end");
        return [end && start && end < start ? { field: "enroll-end", message: t("Ends on must be on or after the day it starts.") } : null];
      },
      send: (elements) => api.enroll({
        client_id: Number(value(elements, "enroll-client")), track_id: Number(value(elements, "enroll-track")),
        starts_on: value(elements, "enroll-start"), ends_on: value(elements, "enroll-end") || null,
      }),
      done: () => { context.announce(t("Client enrolled.")); return context.refresh(); },
    }));
}

// Completing or discharging an enrollment, after a confirmation naming the client and the track;
// it ends today (or on the end it already had, if that has passed), and Undo reopens it with the
// end it had before. The server refuses the reopening when the client has no primary counselor
// or a newer enrollment took over: the toast says so.
function endButton(context, confirm, one, track, today, status) {
  const name = one.client_name;
  const ended = one.ends_on && one.ends_on <= today;
  const end = ended ? one.ends_on : one.starts_on > today ? one.starts_on : today;
  const values = { name, track, day: dayLabel(end) };
  const complete = status === "completed";
  let endsWhen;
  if (complete) endsWhen = end === today ? t("It ends today; their history stays.") : t("It ends on {day}; their history stays.", values);
  else endsWhen = end === today ? t("Their enrollment ends today; their history stays.") : t("Their enrollment ends on {day}; their history stays.", values);
  const button = h("button", { type: "button", class: "button secondary",
    "aria-label": complete ? t("Complete {name}'s enrollment in {track}", values) : t("Discharge {name} from {track}", values) },
  complete ? t("Complete") : t("Discharge"));
  button.addEventListener("click", () => confirm.ask(button, {
    title: complete ? t("Complete {name}'s enrollment in {track}?", values) : t("Discharge {name} from {track}?", values),
    words: [endsWhen],
    yes: complete ? t("Yes, complete the enrollment") : t("Yes, discharge {name}", values),
    no: t("Keep {name} enrolled", values),
    work: async () => {
      const here = location.hash;
      await api.updateEnrollment(one.id, ended ? { status } : { status, ends_on: null });
      await context.refresh();
      undoToast(complete ? t("Completed {name}'s enrollment in {track}.", values) : t("Discharged {name} from {track}.", values), async () => {
        await api.updateEnrollment(one.id, { status: "active", ends_on: one.ends_on });
        context.announce(t("{name}'s enrollment in {track} is active again.", values));
        await refreshIfOn(context, here);
      });
    },
  }));
  return button;
}

// --- one series' upcoming sessions -------------------------------------------------------

async function seriesScreen(context, programId, seriesId) {
  const [programs, all] = await Promise.all([api.programs(), api.series(programId)]);
  const program = programs.find((candidate) => candidate.id === programId);
  if (!program) throw new ApiError(404, t("No such program."));
  const one = all.find((candidate) => candidate.id === seriesId);
  if (!one) throw new ApiError(404, t("No such session series."));
  const zone = program.timezone;
  const from = localDate(new Date().toISOString(), zone);
  const sessions = (await api.seriesSessions(seriesId, from, 42)).filter((o) => new Date(o.ends_at) > Date.now());

  const names = one.client_id ? new Map((await api.people("client")).map((person) => [person.id, person.name])) : new Map();
  const name = seriesName(one, names);
  const controls = (occurrence) => {
    const label = dayAndTime(dayLabel(localDate(occurrence.starts_at, zone)), time(occurrence.starts_at, zone));
    const moveId = `move-${occurrence.id}`;
    const moveInput = input(moveId, { type: "datetime-local", value: localDateTime(occurrence.starts_at, zone), required: true });
    const confirm = confirmation();
    return h("div", { class: "occurrence-actions" },
      h("div", { class: "actions row" },
        occurrence.status === "cancelled"
          ? actionButton(t("Restore"),
            () => api.changeSession(occurrence.id, { status: "scheduled" }),
            { context, name: t("Restore the session on {when}", { when: label }),
              message: t("Restored {title} on {when}.", { title: occurrence.title, when: label }) })
          : cancelButton(context, confirm, occurrence, label)),
      confirm.node, confirm.error,
      h("details", { class: "move" },
        h("summary", { "aria-label": t("Move the session on {when}", { when: label }) }, t("Move")),
        h("div", { class: "stack" },
          field(moveId, t("New start ({zone})", { zone }), moveInput),
          actionButton(t("Move session"), () => api.changeSession(occurrence.id, { local_start: moveInput.value }),
            { context, message: t("Session moved.") }))));
  };

  return programFrame(context, programs, program, "sessions", name, h("div", { class: "stack" },
    h("p", { class: "back" }, h("a", { href: partHref(programId, "sessions") }, t("All session series"))),
    one.ended ? resumePart(context, one, name, sessions.some((o) => o.status !== "cancelled")) : null,
    h("h2", {}, t("Upcoming sessions")),
    sessions.length
      ? h("ul", { class: "sessions series-sessions" }, sessions.map((occurrence) =>
        sessionItem(occurrence, zone, { extra: controls(occurrence), day: true })))
      : h("p", { class: "notice" }, one.ended ? t("None: the series has ended.") : t("No upcoming sessions in the next six weeks."))),
  [program.name, describeRule(one.rrule), duration(one.duration_minutes), t("times in {zone}", { zone })].join(" · "));
}

// Cancelling one session, after a confirmation naming it and when; Undo restores it, and so does
// its Restore button later.
function cancelButton(context, confirm, occurrence, label) {
  const values = { title: occurrence.title, when: label };
  const button = h("button", { type: "button", class: "button secondary", "aria-label": t("Cancel the session on {when}", values) },
    t("Cancel"));
  button.addEventListener("click", () => confirm.ask(button, {
    title: t("Cancel {title} on {when}?", values),
    words: [t("It shows as cancelled on clients' schedules, and no reminder is sent for it. You can restore it here.")],
    yes: t("Yes, cancel this session"),
    no: t("Keep it"),
    work: async () => {
      const here = location.hash;
      await api.changeSession(occurrence.id, { status: "cancelled" });
      await context.refresh();
      undoToast(t("Cancelled {title} on {when}.", values), async () => {
        await api.changeSession(occurrence.id, { status: "scheduled" });
        context.announce(t("Restored {title} on {when}.", values));
        await refreshIfOn(context, here);
      });
    },
  }));
  return button;
}

// An ended series: its sessions from now on can come back. Sessions changed one by one (moved,
// or cancelled and restored) are the server's to keep when a series ends: say so when some are.
function resumePart(context, one, name, left) {
  return h("div", { class: "notice ended-series" },
    h("p", {}, left
      ? t("{name} has ended: its regular sessions from now on are removed. The ones below were changed one by one and stay; cancel them if they should not happen.", { name })
      : t("{name} has ended: it has no sessions from now on.", { name })),
    h("p", {}, t("Resuming brings its sessions back, as they were planned.")),
    actionButton(t("Resume this series"),
      () => api.resumeSeries(one.id), { context, name: t("Resume this series ({name})", { name }),
        message: t("Resumed {name}: its sessions from now on are back.", { name }), className: "button primary" }));
}
