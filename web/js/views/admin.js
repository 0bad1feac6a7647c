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
import { api, ApiError } from "../staff-api.js";
import { confirmation, refreshIfOn, undoToast } from "../confirm.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, problemsOf, recheckOnChange, report, select } from "../forms.js";
import { dayLabel, duration, localDate, localDateTime, time } from "../format.js";
import { sessionItem } from "./session.js";

const KINDS = [["group", "Group"], ["individual", "Individual"], ["family", "Family"], ["education", "Education"]];
const TRACK_KINDS = new Set(["group", "education"]);
const DAYS = [["MO", "Mon"], ["TU", "Tue"], ["WE", "Wed"], ["TH", "Thu"], ["FR", "Fri"], ["SA", "Sat"], ["SU", "Sun"]];
const REPEATS = [["", "Does not repeat"], ["1", "Every week"], ["2", "Every other week"]];

// A program's pages: [path after #/admin/programs/ID, name in the sub-navigation, screen].
const PARTS = [
  ["", "Program details", detailsPart],
  ["tracks", "Tracks", tracksPart],
  ["sessions", "Sessions", sessionsPart],
  ["enrollments", "Enrollments", enrollmentsPart],
  ["testing", "Testing policy", testingPart],
  ["risk", "Risk rules", riskPart],
];

export async function adminScreen(context) {
  const [what, programId, sub = "", seriesId] = context.params;
  if (what !== "programs" || !programId) return programsScreen(context);
  const id = Number(programId);
  if (sub === "series" && seriesId) return seriesScreen(context, id, Number(seriesId));
  const part = PARTS.find(([path]) => path === sub);
  if (!part) throw new ApiError(404, "There is no such page. Choose one from the program's pages.");
  const programs = await api.programs();
  const program = programs.find((candidate) => candidate.id === id);
  if (!program) throw new ApiError(404, "No such program.");
  const [path, label, screen] = part;
  return programFrame(context, programs, program, path, path ? label : program.name, await screen(context, program));
}

const partHref = (programId, path) => `#/admin/programs/${programId}${path ? `/${path}` : ""}`;

// Every program page: its title, the program's pages (the one shown marked), and a way to
// another program when there are several.
function programFrame(context, programs, program, path, title, content, about = null) {
  return h("section", { class: "admin admin-program" },
    h("div", { class: "ws-titlebar" },
      h("div", {},
        heading(title),
        h("p", { class: "hint admin-about" }, about
          || `${path ? `${program.name} · ` : ""}${program.timezone} · minimum ${program.min_weekly_hours} h a week`)),
      programPicker(context, programs, program, path)),
    h("nav", { class: "admin-subnav", "aria-label": "Program pages" }, h("ul", {}, PARTS.map(([to, name]) =>
      h("li", {}, h("a", { href: partHref(program.id, to), "aria-current": to === path ? "page" : null }, name))))),
    content);
}

function programPicker(context, programs, program, path) {
  const all = h("a", { href: "#/admin" }, "All programs");
  if (programs.length < 2) return h("p", { class: "admin-picker" }, all);
  const pick = select("program-pick", programs.map((one) => [one.id, one.name]));
  pick.value = String(program.id);
  pick.addEventListener("change", () => context.go(partHref(pick.value, path)));
  return h("div", { class: "admin-picker" },
    h("label", { for: "program-pick" }, "Program"), pick, all);
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
function actionButton(label, work, { context, message, id, className = "button secondary" }) {
  const button = h("button", { type: "button", class: className, id }, label);
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
  return [field(id, "Time zone", zone, "Sessions repeat at the same wall time in this zone, e.g. America/Denver."),
    ZONES.length ? h("datalist", { id: `${id}-zones` }, ZONES.map((one) => h("option", { value: one }))) : null];
}

function zoneProblem(elements, id) {
  const zone = value(elements, id);
  if (!zone || !ZONES.length || ZONES.includes(zone) || zone === "UTC") return null;
  return { field: id, message: "Choose a time zone from the list, like America/Denver." };
}

// --- programs ---------------------------------------------------------------------------

async function programsScreen(context) {
  const programs = await api.programs();
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone || "America/Denver";
  return h("section", { class: "admin" },
    heading("Programs"),
    h("div", { class: "admin-columns" },
      programs.length
        ? h("div", { class: "ws-table-wrap table-wrap", tabindex: "0", role: "region", "aria-labelledby": "programs-caption" },
          h("table", { class: "ws-table admin-table" },
            h("caption", { id: "programs-caption" }, "Programs"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Time zone"),
            h("th", { scope: "col" }, "Minimum a week"))),
          h("tbody", {}, programs.map((program) => h("tr", { "data-program": program.id },
            h("th", { scope: "row" }, h("a", { href: `#/admin/programs/${program.id}` }, program.name)),
            h("td", {}, program.timezone), h("td", {}, `${program.min_weekly_hours} h`))))))
        : h("p", { class: "notice" }, "No programs yet."),
      actionForm({
        id: "new-program", title: "New program", submit: "Create program",
        fields: programFields("program", { name: "", timezone: here, min_weekly_hours: 9, phone: "" }),
        check: (elements) => [zoneProblem(elements, "program-zone")],
        send: (elements) => api.createProgram(programBody(elements, "program")),
        done: (program) => context.go(`#/admin/programs/${program.id}`),
      })));
}

function programFields(key, program) {
  return [
    field(`${key}-name`, "Name", input(`${key}-name`, { required: true, maxlength: 100, value: program.name })),
    ...zoneField(`${key}-zone`, program.timezone),
    field(`${key}-hours`, "Minimum hours a week", input(`${key}-hours`, { type: "number", inputmode: "decimal", min: 0, max: 60, step: 0.5, required: true, value: program.min_weekly_hours }),
      "From 0 to 60, in half hours."),
    field(`${key}-phone`, "Front-desk phone", input(`${key}-phone`, { type: "tel", maxlength: 32, autocomplete: "off", value: program.phone }),
      "Shown to a client with crisis help after a high-risk check-in, to reach their counselor."),
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
      id: "program", title: "Program details", submit: "Save program details",
      fields: programFields("details", program),
      check: (elements) => [zoneProblem(elements, "details-zone")],
      send: (elements) => api.updateProgram(program.id, programBody(elements, "details")),
      done: () => { context.announce("Program details saved."); return context.refresh(); },
    }),
    onCallSection(context, { program, counselors, onCall }));
}

// Who an urgent check-in reaches when nobody on the client's care team can, how long before an
// unopened one goes further, and whether counselors may invite clients.
function onCallSection(context, { program, counselors, onCall }) {
  const chosen = new Set(onCall.counselors.map((person) => person.id));
  const current = onCall.counselors.length
    ? `On call now: ${new Intl.ListFormat("en", { type: "conjunction" }).format(onCall.counselors.map((p) => p.name))}.`
    : "Nobody is on call. Urgent check-ins of clients without a care team go to the admins.";
  const people = h("fieldset", { class: "question" }, h("legend", {}, "On-call counselors"),
    counselors.length
      ? h("div", { class: "choices stacked" }, counselors.map((c) => h("label", { class: "choice" },
        h("input", { type: "checkbox", name: "oncall-counselor", value: c.id, checked: chosen.has(c.id) }), c.name)))
      : h("p", { class: "hint" }, "No counselors yet."));
  return h("section", { class: "admin-part", "aria-labelledby": "oncall-heading" },
    h("h2", { id: "oncall-heading" }, "Urgent check-ins"),
    h("p", {}, "An urgent check-in reaches the client's care team first. When nobody there can see it, it goes to the counselors on call, and after that to the admins."),
    h("p", { class: "oncall-now" }, current),
    actionForm({
      id: "oncall", title: "Who is on call", submit: "Save on-call settings",
      fields: [
        people,
        field("oncall-minutes", "Minutes before an unopened urgent check-in goes further",
          input("oncall-minutes", { type: "number", inputmode: "numeric", min: 1, max: 240, required: true, value: onCall.escalate_minutes }),
          "From 1 to 240. If nobody opens it in this time, the next group is told."),
        h("label", { class: "choice" }, input("oncall-invite", { type: "checkbox", checked: onCall.counselors_invite }),
          "Counselors may invite clients into the tracks they lead"),
      ],
      send: (elements) => api.setOnCall(program.id, {
        counselors: [...people.querySelectorAll("input:checked")].map((box) => Number(box.value)),
        escalate_minutes: Number(value(elements, "oncall-minutes")),
        counselors_invite: elements.namedItem("oncall-invite").checked,
      }),
      done: () => { context.announce("On-call settings saved."); return context.refresh(); },
    }));
}

// --- tracks ------------------------------------------------------------------------------

async function tracksPart(context, program) {
  const tracks = await api.tracks(program.id);
  const item = (track) => {
    const name = h("span", { class: "row-name" }, track.name);
    return h("li", { class: "admin-row", "data-track": track.id },
      name, h("span", { class: track.active ? "badge" : "badge muted" }, track.active ? "Active" : "Inactive"),
      h("div", { class: "actions row" }, actionButton(
        [track.active ? "Make inactive" : "Make active", h("span", { class: "visually-hidden" }, ` ${track.name}`)],
        () => api.updateTrack(track.id, { active: !track.active }),
        { context, message: track.active ? `${track.name} is inactive: no new series or enrollments.` : `${track.name} is active again.` })));
  };
  return h("div", { class: "admin-columns" },
    h("section", { class: "admin-part", "aria-labelledby": "tracks-heading" },
      h("h2", { id: "tracks-heading" }, "This program's tracks"),
      h("p", { class: "hint" }, "A track is a cohort that meets together. An inactive track takes no new series or enrollments; its history stays."),
      tracks.length ? h("ul", { class: "admin-rows" }, tracks.map(item)) : h("p", { class: "notice" }, "No tracks yet.")),
    actionForm({
      id: "new-track", title: "New track", submit: "Add track",
      fields: [field("track-name", "Track name", input("track-name", { required: true, maxlength: 100 }))],
      check: (elements) => {
        const name = value(elements, "track-name").toLowerCase();
        return [tracks.some((track) => track.name.toLowerCase() === name)
          ? { field: "track-name", message: "This program already has a track with that name." } : null];
      },
      send: (elements) => api.createTrack(program.id, { name: value(elements, "track-name") }),
      done: () => { context.announce("Track added."); return context.refresh(); },
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
    h("h2", { id: "testing-heading" }, "Random drug testing"),
    h("p", { class: "hint" }, "Each track has its own: how often a client is drawn, on which days, when the draw is made and when those drawn come in. Open a track to see or change it."),
    tracks.length
      ? h("ul", { class: "admin-rows testing-rows" }, tracks.map((track) => h("li", { "data-track": track.id },
        testingPolicy(context, track), track.active ? null : h("span", { class: "badge muted" }, "Inactive track"))))
      : h("p", { class: "notice" }, "No tracks yet: add one under Tracks first."));
}

// --- risk rules ----------------------------------------------------------------------------

const CRAVING = [...Array.from({ length: 11 }, (_, n) => [String(n), n === 10 ? "10 only" : `${n} or higher`]), ["11", "Never (off)"]];

async function riskPart(context, program) {
  const policy = await api.checkinPolicy(program.id);
  const box = (id, label, checked) => h("label", { class: "choice" }, input(id, { type: "checkbox", checked }), label);
  const craving = select("risk-craving", CRAVING);
  craving.value = String(policy.high_craving_at);
  return h("div", { class: "admin-columns" },
    actionForm({
      id: "risk", title: "Check-in risk rules", submit: "Save risk rules",
      fields: [
        h("fieldset", { class: "question" }, h("legend", {}, "A check-in is marked"),
          box("risk-safety", "Urgent when the client says they may not be safe", policy.urgent_on_safety),
          box("risk-use", "High when the client reports use", policy.high_on_use)),
        field("risk-craving", "High when craving (0 to 10) is", craving),
        field("risk-missed", "Days without a check-in before a client is flagged",
          input("risk-missed", { type: "number", inputmode: "numeric", min: 1, max: 14, step: 1, required: true, value: policy.missed_days }),
          "From 1 to 14. The client shows as needing attention on the caseload."),
      ],
      send: (elements) => api.setCheckinPolicy(program.id, {
        urgent_on_safety: elements.namedItem("risk-safety").checked,
        high_on_use: elements.namedItem("risk-use").checked,
        high_craving_at: Number(craving.value),
        missed_days: Number(value(elements, "risk-missed")),
      }),
      done: () => { context.announce("Risk rules saved."); return context.refresh(); },
    }),
    h("section", { class: "admin-part", "aria-labelledby": "risk-about" },
      h("h2", { id: "risk-about" }, "How these are used"),
      h("p", {}, "An urgent check-in reaches the client's care team at once, then whoever is on call (see Program details). Urgent and high check-ins come first in the review queue."),
      h("p", {}, "After an urgent or high check-in the client sees their coping plan and crisis help straight away.")));
}

const WEEKDAYS = [["MO", "Mon"], ["TU", "Tue"], ["WE", "Wed"], ["TH", "Thu"], ["FR", "Fri"], ["SA", "Sat"], ["SU", "Sun"]];

// A track's random drug testing, loaded when opened: how often, which days, when the draw is
// made and when selected clients come in.
function testingPolicy(context, track) {
  const key = `policy-${track.id}`;
  const body = h("div", { class: "stack" }, h("p", { class: "hint" }, "Loading…"));
  const details = h("details", { class: "testing-policy" }, h("summary", {}, `Random testing for ${track.name}`), body);
  details.addEventListener("toggle", async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = "1";
    try {
      const policy = await api.testingPolicy(track.id);
      body.replaceChildren(policyForm(context, track, policy, key));
    } catch (err) {
      body.replaceChildren(h("p", { class: "form-error" }, err.detail || "The policy could not be loaded."));
    }
  });
  return details;
}

function policyForm(context, track, policy, key) {
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const summary = errorSummary(`${key}-problems`);
  const perWeek = input(`${key}-per-week`, { type: "number", inputmode: "decimal", min: 0.1, max: 7, step: 0.1, required: true, value: policy.tests_per_week });
  const times = [["selection_time", "Draw made at"], ["window_start", "Come in from"], ["window_end", "Until"]].map(([name, label]) =>
    [name, input(`${key}-${name}`, { type: "time", required: true, value: policy[name] }), label]);
  const days = h("fieldset", { class: "question" }, h("legend", {}, "Testing days"),
    h("p", { class: "field-error", id: `${key}-days-error`, hidden: true }),
    h("div", { class: "choices" }, WEEKDAYS.map(([value, label], i) => h("label", { class: "choice chip" },
      h("input", { type: "checkbox", name: `${key}-day`, id: i ? null : `${key}-days`, value, checked: policy.days.includes(value) }), label))));
  const active = h("input", { id: `${key}-active`, type: "checkbox", checked: policy.active });
  const chosenDays = () => [...days.querySelectorAll("input:checked")].map((box) => box.value);
  async function save(event) {
    event.preventDefault();
    error.textContent = "";
    const problems = problemsOf(form, () => [
      chosenDays().length ? null : { field: `${key}-days`, message: "Choose at least one testing day." },
      times[1][1].value && times[2][1].value && times[2][1].value <= times[1][1].value
        ? { field: times[2][1].id, message: "The window must end after it starts." } : null,
    ]);
    report(summary, form, problems);
    if (problems.length) return;
    try {
      await api.setTestingPolicy(track.id, {
        tests_per_week: Number(perWeek.value), active: active.checked, days: chosenDays(),
        ...Object.fromEntries(times.map(([name, control]) => [name, control.value])),
      });
      context.announce(`Random testing saved for ${track.name}.`);
    } catch (err) {
      error.textContent = err.detail || "Saving failed. Please try again.";
    }
  }
  const form = h("form", { class: "stack policy-form", novalidate: true, onSubmit: save },
    summary,
    h("div", { class: "form-fields" },
      field(`${key}-per-week`, "Tests per client per week", perWeek, "From 0.1 to 7; 1.5 means three tests every two weeks."),
      times.map(([, control, label]) => field(control.id, label, control))),
    days,
    h("label", { class: "choice" }, active, "Random testing on"),
    error, h("button", { type: "submit", class: "button secondary" }, "Save testing policy"));
  recheckOnChange(form);
  return form;
}

function describeRule(rule) {
  if (!rule) return "One-off";
  const parts = Object.fromEntries(rule.split(";").map((part) => part.split("=")));
  const every = parts.INTERVAL && parts.INTERVAL !== "1" ? `Every ${parts.INTERVAL} weeks` : "Weekly";
  const days = (parts.BYDAY || "").split(",").filter(Boolean).map((code) => DAYS.find(([c]) => c === code)?.[1] || code);
  return days.length ? `${every} on ${days.join(", ")}` : every;
}

// "18:00" (a wall time) as people read it: "6:00 PM".
const wallTime = (hhmm) => time(`2000-01-01T${hhmm}:00Z`, "UTC");

// A series by name: its title, and whose it is when the title alone does not say
// ("Individual session with Jordan Lee").
function seriesName(one, names) {
  if (one.track_id || !one.client_id) return one.title;
  return `${one.title} with ${names.get(one.client_id) || "a client"}`;
}

function seriesSection(context, data) {
  const { program, tracks, series, clients, counselors } = data;
  const names = new Map([...clients, ...counselors].map((person) => [person.id, person.name]));
  const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
  const item = (one) => {
    const start = one.local_start.slice(0, 16);
    const who = one.track_id ? `Track: ${trackNames.get(one.track_id) || one.track_id}` : `Client: ${names.get(one.client_id) || one.client_id}`;
    const meets = one.rrule
      ? `${describeRule(one.rrule)} at ${wallTime(start.slice(11))}`
      : `${dayLabel(start.slice(0, 10))} at ${wallTime(start.slice(11))}`;
    const name = seriesName(one, names);
    const confirm = confirmation();
    const endButton = h("button", { type: "button", class: "button secondary" },
      "End series", h("span", { class: "visually-hidden" }, ` ${name}`));
    endButton.addEventListener("click", () => confirm.ask(endButton, {
      title: `End ${name}?`,
      words: [h("p", { class: "hint" }, `${who} · ${meets}`),
        "Its sessions from now on are removed; past sessions and attendance stay. You can resume it later from its sessions."],
      yes: `Yes, end ${name}`,
      no: "Keep it",
      work: async () => {
        const here = location.hash;
        await api.endSeries(one.id);
        await context.refresh();
        undoToast(`Ended ${name}.`, async () => {
          await api.resumeSeries(one.id);
          context.announce(`Resumed ${name}: its sessions from now on are back.`);
          await refreshIfOn(context, here);
        });
      },
    }));
    return h("li", { class: "admin-row series-row", "data-series": one.id },
      h("h3", {}, name, one.ended ? [" ", h("span", { class: "badge" }, "Ended")] : null),
      h("p", {}, [KINDS.find(([k]) => k === one.kind)?.[1] || one.kind, one.rrule ? "" : "One-off", meets, duration(one.duration_minutes)].filter(Boolean).join(" · ")),
      h("p", { class: "hint" }, [
        who,
        one.facilitator_id ? `Facilitator: ${names.get(one.facilitator_id) || one.facilitator_id}` : "",
        one.location || "", one.video_url ? "Video" : "",
      ].filter(Boolean).join(" · ")),
      h("div", { class: "actions row" },
        h("a", { class: "button secondary", href: `#/admin/programs/${program.id}/series/${one.id}` },
          "Sessions", h("span", { class: "visually-hidden" }, ` of ${name}`)),
        one.ended ? null : endButton),
      confirm.node, confirm.error);
  };
  return h("div", { class: "stack" }, h("section", { class: "admin-part", "aria-labelledby": "series-heading" },
    h("h2", { id: "series-heading" }, "Session series"),
    series.length ? h("ul", { class: "admin-rows" }, series.map(item)) : h("p", { class: "notice" }, "No sessions yet.")),
  // The form stays folded while there are series to read; open at once when there are none.
  h("details", { class: "add-series", open: !series.length || null },
    h("summary", { class: "button secondary" }, "Add a session series"),
    seriesForm(context, data)));
}

function seriesForm(context, { program, tracks, clients, counselors, presets }) {
  const today = localDate(new Date().toISOString(), program.timezone);
  const kind = select("series-kind", KINDS);
  const trackField = field("series-track", "Track", select("series-track", tracks.filter((t) => t.active).map((t) => [t.id, t.name]), { required: true }));
  const clientField = field("series-client", "Client", select("series-client", clients.map((c) => [c.id, c.name]), { required: true }));
  const repeat = select("series-repeat", REPEATS);
  const days = h("fieldset", { class: "days" }, h("legend", {}, "On these days"),
    h("p", { class: "field-error", id: "series-days-error", hidden: true }),
    h("div", { class: "choices" }, DAYS.map(([code, label], i) =>
      h("label", { class: "choice" }, h("input", { type: "checkbox", name: "series-day", id: i ? null : "series-days", value: code }), label))));
  const presetSelect = select("series-preset", [["", "Choose a common schedule…"], ...presets.map((p, i) => [String(i), p.label])]);

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
    id: "new-series", title: "New session series", submit: "Create series", wide: true,
    check: (elements) => [
      repeat.value && !days.querySelector("input:checked")
        ? { field: "series-days", message: "Choose the days it repeats on." } : null,
      value(elements, "series-video") && !value(elements, "series-video").startsWith("https://")
        ? { field: "series-video", message: "Video link must start with https://." } : null,
    ],
    fields: [
      field("series-preset", "Common schedule", presetSelect, "Fills in the days, time and length; change anything after."),
      field("series-kind", "Kind", kind),
      field("series-title", "Title", input("series-title", { required: true, maxlength: 100 }),
        "Keep it neutral: clients may see it on a lock screen."),
      trackField, clientField,
      field("series-repeat", "Repeats", repeat), days,
      field("series-date", "First day", input("series-date", { type: "date", required: true, value: today })),
      field("series-time", `Start time (${program.timezone})`, input("series-time", { type: "time", required: true, value: "18:00" })),
      field("series-duration", "Length in minutes", input("series-duration", { type: "number", min: 5, max: 720, value: 60, required: true })),
      field("series-location", "Place", input("series-location", { maxlength: 200 })),
      field("series-video", "Video link", input("series-video", { type: "url", maxlength: 500, placeholder: "https://" }), "Optional; must start with https://."),
      field("series-facilitator", "Facilitator", select("series-facilitator", [["", "None"], ...counselors.map((c) => [c.id, c.name])])),
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
    done: () => { context.announce("Series created."); return context.refresh(); },
  });
}

const ENROLLMENT_STATES = { active: "Active", completed: "Completed", discharged: "Discharged" };

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
    const track = trackNames.get(one.track_id) || "its track";
    const span = `from ${dayLabel(one.starts_on)}${one.ends_on ? ` to ${dayLabel(one.ends_on)}` : ""}`;
    const confirm = confirmation();
    const actions = one.status === "active"
      ? h("div", { class: "actions row" },
        endButton(context, confirm, one, track, today, "completed"),
        endButton(context, confirm, one, track, today, "discharged"))
      : null;
    return h("li", { class: `admin-row${one.status === "active" ? "" : " ended"}`, "data-enrollment": one.id },
      h("h3", { class: "row-name" }, one.client_name),
      h("p", {}, `${track} · ${span} · ${ENROLLMENT_STATES[one.status] || one.status}`),
      actions ? [actions, confirm.node, confirm.error] : null);
  };
  const active = enrollments.filter((one) => one.status === "active").length;
  return h("div", { class: "admin-columns wide-first" },
    h("section", { class: "admin-part", "aria-labelledby": "enrollments-heading" },
      h("h2", { id: "enrollments-heading" }, "Who is enrolled"),
      h("p", { class: "hint" }, `${active} active, ${enrollments.length - active} ended.`),
      enrollments.length
        ? h("ul", { class: "admin-rows" }, [...enrollments].sort(enrollmentOrder).map(item))
        : h("p", { class: "notice" }, "Nobody is enrolled yet.")),
    actionForm({
      id: "new-enrollment", title: "Enroll a client", submit: "Enroll",
      fields: [
        field("enroll-client", "Client", select("enroll-client", clients.map((c) => [c.id, c.name]), { required: true })),
        field("enroll-track", "Track", select("enroll-track", tracks.filter((t) => t.active).map((t) => [t.id, t.name]), { required: true })),
        field("enroll-start", "Starts on", input("enroll-start", { type: "date", required: true, value: today })),
        field("enroll-end", "Ends on (optional)", input("enroll-end", { type: "date" })),
      ],
      check: (elements) => {
        const start = value(elements, "enroll-start");
        const end = value(elements, "enroll-end");
        return [end && start && end < start ? { field: "enroll-end", message: "Ends on must be on or after the day it starts." } : null];
      },
      send: (elements) => api.enroll({
        client_id: Number(value(elements, "enroll-client")), track_id: Number(value(elements, "enroll-track")),
        starts_on: value(elements, "enroll-start"), ends_on: value(elements, "enroll-end") || null,
      }),
      done: () => { context.announce("Client enrolled."); return context.refresh(); },
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
  const endWords = end === today ? "today" : `on ${dayLabel(end)}`;
  const complete = status === "completed";
  const button = h("button", { type: "button", class: "button secondary" },
    complete ? "Complete" : "Discharge",
    h("span", { class: "visually-hidden" }, complete ? ` ${name}'s enrollment in ${track}` : ` ${name} from ${track}`));
  button.addEventListener("click", () => confirm.ask(button, {
    title: complete ? `Complete ${name}'s enrollment in ${track}?` : `Discharge ${name} from ${track}?`,
    words: [complete ? `It ends ${endWords}; their history stays.` : `Their enrollment ends ${endWords}; their history stays.`],
    yes: complete ? "Yes, complete the enrollment" : `Yes, discharge ${name}`,
    no: `Keep ${name} enrolled`,
    work: async () => {
      const here = location.hash;
      await api.updateEnrollment(one.id, ended ? { status } : { status, ends_on: null });
      await context.refresh();
      undoToast(complete ? `Completed ${name}'s enrollment in ${track}.` : `Discharged ${name} from ${track}.`, async () => {
        await api.updateEnrollment(one.id, { status: "active", ends_on: one.ends_on });
        context.announce(`${name}'s enrollment in ${track} is active again.`);
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
  if (!program) throw new ApiError(404, "No such program.");
  const one = all.find((candidate) => candidate.id === seriesId);
  if (!one) throw new ApiError(404, "No such session series.");
  const zone = program.timezone;
  const from = localDate(new Date().toISOString(), zone);
  const sessions = (await api.seriesSessions(seriesId, from, 42)).filter((o) => new Date(o.ends_at) > Date.now());

  const names = one.client_id ? new Map((await api.people("client")).map((person) => [person.id, person.name])) : new Map();
  const name = seriesName(one, names);
  const controls = (occurrence) => {
    const label = `${dayLabel(localDate(occurrence.starts_at, zone))} at ${time(occurrence.starts_at, zone)}`;
    const moveId = `move-${occurrence.id}`;
    const moveInput = input(moveId, { type: "datetime-local", value: localDateTime(occurrence.starts_at, zone), required: true });
    const confirm = confirmation();
    return h("div", { class: "occurrence-actions" },
      h("div", { class: "actions row" },
        occurrence.status === "cancelled"
          ? actionButton(["Restore", h("span", { class: "visually-hidden" }, ` the session on ${label}`)],
            () => api.changeSession(occurrence.id, { status: "scheduled" }),
            { context, message: `Restored ${occurrence.title} on ${label}.` })
          : cancelButton(context, confirm, occurrence, label)),
      confirm.node, confirm.error,
      h("details", { class: "move" },
        h("summary", {}, "Move", h("span", { class: "visually-hidden" }, ` the session on ${label}`)),
        h("div", { class: "stack" },
          field(moveId, `New start (${zone})`, moveInput),
          actionButton("Move session", () => api.changeSession(occurrence.id, { local_start: moveInput.value }),
            { context, message: "Session moved." }))));
  };

  return programFrame(context, programs, program, "sessions", name, h("div", { class: "stack" },
    h("p", { class: "back" }, h("a", { href: partHref(programId, "sessions") }, "All session series")),
    one.ended ? resumePart(context, one, name, sessions.some((o) => o.status !== "cancelled")) : null,
    h("h2", {}, "Upcoming sessions"),
    sessions.length
      ? h("ul", { class: "sessions series-sessions" }, sessions.map((occurrence) =>
        sessionItem(occurrence, zone, { extra: controls(occurrence), day: true })))
      : h("p", { class: "notice" }, one.ended ? "None: the series has ended." : "No upcoming sessions in the next six weeks.")),
  `${program.name} · ${describeRule(one.rrule)} · ${duration(one.duration_minutes)} · times in ${zone}`);
}

// Cancelling one session, after a confirmation naming it and when; Undo restores it, and so does
// its Restore button later.
function cancelButton(context, confirm, occurrence, label) {
  const button = h("button", { type: "button", class: "button secondary" },
    "Cancel", h("span", { class: "visually-hidden" }, ` the session on ${label}`));
  button.addEventListener("click", () => confirm.ask(button, {
    title: `Cancel ${occurrence.title} on ${label}?`,
    words: ["It shows as cancelled on clients' schedules, and no reminder is sent for it. You can restore it here."],
    yes: "Yes, cancel this session",
    no: "Keep it",
    work: async () => {
      const here = location.hash;
      await api.changeSession(occurrence.id, { status: "cancelled" });
      await context.refresh();
      undoToast(`Cancelled ${occurrence.title} on ${label}.`, async () => {
        await api.changeSession(occurrence.id, { status: "scheduled" });
        context.announce(`Restored ${occurrence.title} on ${label}.`);
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
      ? `${name} has ended: its regular sessions from now on are removed. The ones below were changed one by one and stay; cancel them if they should not happen.`
      : `${name} has ended: it has no sessions from now on.`),
    h("p", {}, "Resuming brings its sessions back, as they were planned."),
    actionButton(["Resume this series", h("span", { class: "visually-hidden" }, ` (${name})`)],
      () => api.resumeSeries(one.id), { context, message: `Resumed ${name}: its sessions from now on are back.`, className: "button primary" }));
}
