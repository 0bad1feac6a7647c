// The outcomes report (staff; #/outcomes?program=1&track=2&start=2026-09-01&end=2026-11-30): for
// a program (or one track) and a date range, per questionnaire, how many clients were measured,
// their mean score at intake and at the latest, the share improved and in remission, and the
// share of due questionnaires filled in, with small bars, the bands at intake against the latest,
// what each number means (server/measures/outcomes.py), and the same report as CSV. A counselor's
// report covers their own caseload; an admin's the whole program.
import { api, ApiError } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { addDays, localDate, shortDay } from "../format.js";
import { errorSummary, report } from "../forms.js";
import { N_, locale, t, use } from "../i18n.js";
import { download, sortableTable } from "./instruments.js";

await use("views/outcomes");

const DEFAULT_DAYS = 90;
// The headline bands' names by level (0 none … 4 severe), as server/measures/instruments.py has
// them: the report counts clients per level only.
const BANDS = {
  phq9: [N_("Minimal"), N_("Mild"), N_("Moderate"), N_("Moderately severe"), N_("Severe")],
  gad7: [N_("Minimal"), N_("Mild"), N_("Moderate"), null, N_("Severe")],
  bam: [N_("No use"), null, null, N_("Some use"), null],
  auditc: [N_("Negative screen"), null, N_("Positive for women, negative for men"), N_("Positive screen"), null],
  cssrs: [N_("No risk identified"), N_("Low risk"), null, N_("Moderate risk"), N_("High risk")],
};
const REMISSION = new Set(["phq9", "gad7"]);

const one = (value) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const percent = (share) => new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 0 }).format(share);
const day = (d) => shortDay(`${d}T12:00:00Z`, "UTC");

// The programs (and their tracks) this person can report on. An admin: every program. A
// counselor: the programs of the tracks they lead a group in and of their caseload's clients,
// with those tracks (the report itself covers only their care teams' clients).
async function programChoices(admin) {
  if (admin) {
    const programs = await api.programs();
    return Promise.all(programs.map(async (program) => ({ id: program.id, name: program.name,
      tracks: (await api.tracks(program.id)).filter((track) => track.active !== false).map(({ id, name }) => ({ id, name })) })));
  }
  const [led, caseload] = await Promise.all([api.myTracks(), api.caseload().catch(() => null)]);
  const programs = new Map();
  for (const track of led) {
    const program = programs.get(track.program_id) || { id: track.program_id, name: track.program_name, tracks: [] };
    program.tracks.push({ id: track.id, name: track.name });
    programs.set(track.program_id, program);
  }
  for (const track of caseload?.tracks || []) {
    const program = programs.get(track.program_id) || { id: track.program_id, name: track.program, tracks: [] };
    if (!program.tracks.some((known) => known.id === track.id)) program.tracks.push({ id: track.id, name: track.name });
    programs.set(track.program_id, program);
  }
  for (const program of programs.values()) program.tracks.sort((a, b) => a.name.localeCompare(b.name, locale()));
  return [...programs.values()];
}

// What the address asks for (#/outcomes?program=…), else the defaults.
function asked(choices, today) {
  const search = new URLSearchParams(location.hash.split("?")[1] || "");
  const isDay = (value) => /^\d{4}-\d{2}-\d{2}$/.test(value || "");
  const program = choices.find((p) => String(p.id) === search.get("program")) || choices[0];
  const track = program.tracks.find((tr) => String(tr.id) === search.get("track"));
  return {
    program: program.id,
    track: track ? track.id : null,
    start: isDay(search.get("start")) ? search.get("start") : addDays(today, -DEFAULT_DAYS),
    end: isDay(search.get("end")) ? search.get("end") : today,
  };
}

export async function outcomesScreen({ user, announce }) {
  const admin = user.role === "admin";
  const choices = await programChoices(admin);
  const section = h("section", { class: "outcomes ws-wide" }, h("div", { class: "ws-titlebar" }, heading(t("Outcomes"))));
  if (!choices.length) {
    section.append(h("p", { class: "notice" }, t("There is no program to report on yet: the report covers the programs where you lead a group or have clients on your caseload.")));
    return section;
  }
  const today = localDate(new Date().toISOString(), user.timezone);
  let wanted = asked(choices, today);

  const summary = errorSummary("outcomes-errors");
  const programSelect = h("select", { id: "outcomes-program", name: "program" },
    choices.map((p) => h("option", { value: p.id, selected: p.id === wanted.program }, p.name)));
  const trackSelect = h("select", { id: "outcomes-track", name: "track" });
  const fillTracks = () => {
    const program = choices.find((p) => String(p.id) === programSelect.value);
    trackSelect.replaceChildren(h("option", { value: "" }, t("Whole program")),
      ...program.tracks.map((tr) => h("option", { value: tr.id, selected: tr.id === wanted.track }, tr.name)));
  };
  fillTracks();
  programSelect.addEventListener("change", fillTracks);
  const dateField = (id, label, value) => h("div", { class: "field" },
    h("label", { for: id }, label),
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }),
    h("input", { id, name: id, type: "date", value, max: today, "aria-describedby": `${id}-error` }));
  const show = h("button", { type: "submit", class: "button primary" }, t("Show the report"));
  const form = h("form", { class: "ws-filters outcomes-form", novalidate: true, "aria-label": t("Report") },
    summary,
    h("div", { class: "field" }, h("label", { for: "outcomes-program" }, t("Program")), programSelect),
    h("div", { class: "field" }, h("label", { for: "outcomes-track" }, t("Track")), trackSelect),
    dateField("outcomes-start", t("From"), wanted.start),
    dateField("outcomes-end", t("To"), wanted.end),
    h("div", { class: "field submit" }, show));
  const results = h("div", { class: "outcomes-results" });
  const error = h("p", { class: "form-error", "aria-live": "assertive" });

  async function load() {
    const params = { program: wanted.program, track: wanted.track, start: wanted.start, end: wanted.end };
    const answer = await api.outcomes(params);
    results.replaceChildren(...reportParts(answer, params, announce).filter(Boolean));
    const address = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== "")).toString();
    history.replaceState(null, "", `#/outcomes?${address}`);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (show.disabled) return;
    const start = form.querySelector("#outcomes-start").value;
    const end = form.querySelector("#outcomes-end").value;
    const problems = [];
    if (!start) problems.push({ field: "outcomes-start", message: t("Choose the first day of the report.") });
    if (!end) problems.push({ field: "outcomes-end", message: t("Choose the last day of the report.") });
    else if (start && end < start) problems.push({ field: "outcomes-end", message: t("The last day must be on or after the first day.") });
    else if (start && addDays(start, 731) < end) problems.push({ field: "outcomes-end", message: t("Choose a range of at most two years.") });
    report(summary, form, problems);
    if (problems.length) return;
    wanted = { program: Number(programSelect.value), track: trackSelect.value ? Number(trackSelect.value) : null, start, end };
    show.disabled = true;
    error.textContent = "";
    try {
      await load();
      announce(t("The report is updated."));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.detail;
    } finally {
      show.disabled = false;
    }
  });

  try {
    await load();
  } catch (err) {
    if (!(err instanceof ApiError) || err.offline) throw err;
    error.textContent = err.detail; // a bad address: the form stays, to choose again
  }
  section.append(form, error, results);
  return section;
}

// --- the report ---------------------------------------------------------------------------------

function reportParts(out, params, announce) {
  const range = { start: day(out.start), end: day(out.end) };
  const title = out.track_name
    ? t("{program}, {track}: {start} to {end}", { program: out.program_name, track: out.track_name, ...range })
    : t("{program}: {start} to {end}", { program: out.program_name, ...range });
  const csvError = h("p", { class: "form-error", "aria-live": "polite" });
  const csv = h("button", { type: "button", class: "button secondary small" }, t("Download CSV"));
  csv.addEventListener("click", async () => {
    const saved = await download(csv, csvError, () => api.outcomesCsv(params), `outcomes-${out.start}-${out.end}.csv`);
    if (saved) announce(t("The CSV file is downloading."));
  });
  const measured = out.rows.filter((row) => row.clients);
  return [
    h("div", { class: "ws-titlebar outcomes-title" },
      h("h2", { id: "outcomes-title" }, title),
      h("div", { class: "row" }, csv)),
    h("p", { class: "outcomes-scope" }, h("strong", {}, out.scope === "caseload" ? t("Scope: your caseload") : t("Scope: the whole program")), " ",
      h("span", { class: "hint" }, out.scope === "caseload"
        ? t("(the clients on your care teams; an admin's report covers everyone)")
        : t("(every client enrolled in the range)"))),
    csvError,
    measured.length ? null : h("p", { class: "notice" }, t("Nobody filled in a questionnaire in this range.")),
    outcomesTable(out.rows),
    bandLegend(),
    meanings(),
  ];
}

// A share as words ("1 of 2 (50%)") and a small bar (SVG: widths are attributes, not styles).
function shareCell(part, whole, share, { name }) {
  if (share === null || share === undefined) return h("td", { class: "share" }, h("span", { class: "hint" }, "—"));
  const width = 64;
  return h("td", { class: "share" },
    h("span", { class: "share-text" }, t("{part} of {whole} ({percent})", { part, whole, percent: percent(share) })),
    svg("svg", { viewBox: `0 0 ${width} 8`, class: `share-bar ${name}`, "aria-hidden": "true", focusable: "false" },
      svg("rect", { x: 0, y: 0, width, height: 8, rx: 2, class: "bar-back" }),
      svg("rect", { x: 0, y: 0, width: Math.round(share * width * 10) / 10, height: 8, rx: 2, class: "bar-fill" })));
}

function outcomesTable(rows) {
  const columns = [
    { label: N_("Questionnaire"), value: (row) => row.name, cell: (row) => h("th", { scope: "row" }, row.name) },
    { label: N_("Clients measured"), value: (row) => row.clients, descending: true, cell: (row) => h("td", { class: "num" }, row.clients) },
    { label: N_("Measured twice"), value: (row) => row.measured_twice, descending: true, cell: (row) => h("td", { class: "num" }, row.measured_twice) },
    { label: N_("Mean, intake → latest"), cell: (row) => h("td", { class: "means" }, row.intake_mean === null
      ? h("span", { class: "hint" }, "—")
      : [h("span", { "aria-hidden": "true" }, `${one(row.intake_mean)} → ${one(row.latest_mean)}`),
        h("span", { class: "visually-hidden" }, t("{intake} at intake, {latest} at the latest", { intake: one(row.intake_mean), latest: one(row.latest_mean) }))]) },
    { label: N_("Improved"), value: (row) => row.improved_share, descending: true,
      cell: (row) => shareCell(row.improved, row.measured_twice, row.improved_share, { name: "improved" }) },
    { label: N_("In remission"), value: (row) => row.remission_share, descending: true,
      cell: (row) => (REMISSION.has(row.instrument)
        ? shareCell(row.remission, row.remission_eligible, row.remission_share, { name: "remission" })
        : h("td", { class: "share" }, h("span", { "aria-hidden": "true", class: "hint" }, "—"),
          h("span", { class: "visually-hidden" }, t("PHQ-9 and GAD-7 only")))) },
    { label: N_("Completion"), value: (row) => row.completion_share, descending: true,
      cell: (row) => shareCell(row.windows_done, row.windows_due, row.completion_share, { name: "completion" }) },
    { label: N_("Bands, intake and latest"), cell: (row) => bandsCell(row) },
  ];
  const caption = [t("Outcomes by questionnaire"), " ", h("span", { class: "hint sort-hint" }, t("(select a heading to sort)"))];
  return sortableTable({ caption, name: "outcomes-table", columns,
    empty: "", rows: rows.map((row) => ({ ...row, attributes: { "data-instrument": row.instrument } })) });
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

// Two stacked bars, intake over latest, a segment per band (lighter: less severe), and the same
// counts said in words.
function bandsCell(row) {
  const total = row.bands_intake.reduce((a, b) => a + b, 0);
  if (!total) return h("td", { class: "bands" }, h("span", { class: "hint" }, "—"));
  const names = BANDS[row.instrument] || [];
  const width = 120;
  const bar = (counts, y) => {
    let x = 0;
    return counts.flatMap((count, level) => {
      if (!count) return [];
      const w = (count / total) * width;
      const rect = svg("rect", { x: Math.round(x * 10) / 10, y, width: Math.round(w * 10) / 10, height: 9, class: `seg level-${level}` },
        svg("title", {}, t("{band}: {count}", { band: names[level] ? t(names[level]) : String(level), count })));
      x += w;
      return [rect];
    });
  };
  const said = (counts) => counts.map((count, level) => (count ? t("{count} {band}", { count, band: names[level] ? t(names[level]).toLowerCase() : String(level) }) : null))
    .filter(Boolean).join(", ");
  return h("td", { class: "bands" },
    h("span", { class: "band-rows", "aria-hidden": "true" },
      h("span", { class: "band-label" }, t("Intake")), svg("svg", { viewBox: `0 0 ${width} 9`, class: "band-bar", focusable: "false" }, ...bar(row.bands_intake, 0)),
      h("span", { class: "band-label" }, t("Latest")), svg("svg", { viewBox: `0 0 ${width} 9`, class: "band-bar", focusable: "false" }, ...bar(row.bands_latest, 0))),
    h("span", { class: "visually-hidden" }, t("At intake: {intake}. Latest: {latest}.", { intake: said(row.bands_intake), latest: said(row.bands_latest) })));
}

function bandLegend() {
  return h("p", { class: "band-legend hint" }, h("span", { "aria-hidden": "true" },
    [0, 1, 2, 3, 4].map((level) => svg("svg", { viewBox: "0 0 12 12", class: "legend-swatch", focusable: "false" },
      svg("rect", { x: 0, y: 0, width: 12, height: 12, class: `seg level-${level}` })))),
  " ", t("Bands: lighter is less severe, darker more severe. Each bar counts the clients measured, at their first and at their last answer."));
}

// What each number means, in the words of server/measures/outcomes.py.
function meanings() {
  const rows = [
    [N_("Clients measured"), N_("Clients with at least one answer in the range.")],
    [N_("Measured twice"), N_("Of them, those with two or more answers. Only they count for change: intake is their first answer in the range, latest their last.")],
    [N_("Mean, intake → latest"), N_("The average first and last score of those measured twice.")],
    [N_("Improved"), N_("The latest score is better than the intake score by at least the meaningful change (PHQ-9: 5 points, GAD-7: 4 points); for the others, by any amount.")],
    [N_("In remission"), N_("PHQ-9 and GAD-7 only: of those measured twice who scored 5 or more at intake, those below 5 at the latest.")],
    [N_("Completion"), N_("Of the questionnaires that were due in the range (their window closed in it), the share filled in.")],
  ];
  return h("section", { class: "outcomes-meanings", "aria-labelledby": "meanings-title" },
    h("h2", { id: "meanings-title" }, t("What the numbers mean")),
    h("dl", { class: "details" }, rows.flatMap(([term, meaning]) => [h("dt", {}, t(term)), h("dd", {}, t(meaning))])),
    h("p", { class: "hint" }, t("Dates are the clients' own days. Corrected answers count as corrected.")));
}

