// Questionnaires for staff (loaded only for staff): the client chart's Instruments tab (each
// questionnaire's headline score over time as a small SVG chart over its severity bands, the same
// scores as a table, what is due or overdue, the schedule and its form, the FHIR download), the
// chart's Safety plan tab (read, edit, and a conflict with the client's own edit kept safe), and
// one response item by item (#/responses/{id}), whose opening acknowledges its urgent alert.
import { api, ApiError } from "../staff-api.js";
import { confirmation } from "../confirm.js";
import { h, heading } from "../dom.js";
import { dayLabel, localDate, shortDay, time } from "../format.js";
import { errorSummary, report } from "../forms.js";
import { N_, lang, locale, t, tn, use } from "../i18n.js";

await use("views/instruments");

// The change a counselor should notice (server/measures/instruments.py: meaningful_change).
const MEANINGFUL = { phq9: 5, gad7: 4 };
// The C-SSRS's "score" is a risk level (the most severe any answer implies), not a count.
const RISK_LEVEL_ONLY = new Set(["cssrs"]);
const NAMES = { phq9: "PHQ-9", gad7: "GAD-7", bam: "BAM", auditc: "AUDIT-C", cssrs: "C-SSRS" };
const WHAT = {
  phq9: N_("Depression"), gad7: N_("Anxiety"), bam: N_("Alcohol and drug use"),
  auditc: N_("Alcohol use"), cssrs: N_("Suicide risk"),
};
const REASONS = { intake: N_("at intake"), repeat: N_("regular"), discharge: N_("at discharge") };

// "Mon, Nov 23": a calendar day ("2026-11-23"), already the client's own.
const day = (d) => shortDay(`${d}T12:00:00Z`, "UTC");
const monthDay = (d) => new Intl.DateTimeFormat(locale(), { month: "short", day: "numeric", timeZone: "UTC" })
  .format(new Date(`${d}T12:00:00Z`));
const number = (n) => Number(n).toLocaleString(locale());

// --- small shared pieces ----------------------------------------------------------------------

// A score's chip, coloured by its band's level (0 none … 4 severe); the words carry the meaning.
export const levelChip = (text, level) => h("span", { class: `level-chip level-${Math.max(0, Math.min(4, level))}` }, text);

// "▲4" for the eye, and what it says whole: "up 4". null: the first score.
export function changeMark(change) {
  if (change === null || change === undefined) return null;
  if (change === 0) return { mark: "=", words: t("no change") };
  return change > 0
    ? { mark: `▲${number(change)}`, words: t("up {change}", { change: number(change) }) }
    : { mark: `▼${number(-change)}`, words: t("down {change}", { change: number(-change) }) };
}

// Who an urgent alert reached and who acknowledged it (the same words as the check-in queue's).
const names = (list) => new Intl.ListFormat(locale(), { type: "conjunction" }).format(list);

// `brief`: once acknowledged, only who acknowledged it (a list's cell).
export function alertText(alert, zone, { brief = false } = {}) {
  const reached = alert.reached.length ? t("Reached {names}", { names: names(alert.reached) }) : t("Reached nobody yet");
  if (!alert.acknowledged_at) return `${reached} · ${t("Not acknowledged yet")}`;
  const at = alert.acknowledged_at;
  const values = { name: alert.acknowledged_by, day: shortDay(at, zone), time: time(at, zone) };
  const today = localDate(at, zone) === localDate(new Date().toISOString(), zone);
  const acknowledged = alert.acknowledged_by
    ? (today ? t("Acknowledged by {name} at {time}", values) : t("Acknowledged by {name} on {day} at {time}", values))
    : (today ? t("Acknowledged by a former staff member at {time}", values)
      : t("Acknowledged by a former staff member on {day} at {time}", values));
  return brief ? acknowledged : `${reached} · ${acknowledged}`;
}

// A file the server sent, saved under its name.
function save({ blob, name }, fallback) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name || fallback, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

export async function download(button, error, fetchFile, fallback) {
  if (button.disabled) return false;
  button.disabled = true;
  error.textContent = "";
  try {
    save(await fetchFile(), fallback);
    return true;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    error.textContent = err.detail || t("The download did not work. Please try again.");
    return false;
  } finally {
    button.disabled = false;
  }
}

// A table whose column headers sort it (aria-sort says how), with a caption. `columns`:
// [{ label, value(row) -> sortable value or null, cell(row) -> th/td, descending? }]; the first
// column is the row's header and stays in view while the table scrolls sideways.
export function sortableTable({ caption, captionHidden = false, columns, rows, name, empty }) {
  const body = h("tbody", {});
  let sortBy = null;
  let ascending = true;
  const headers = columns.map((column, index) => {
    const label = t(column.label);
    if (!column.value) return h("th", { scope: "col" }, label);
    const button = h("button", { type: "button", class: "ws-sort" }, label);
    const th = h("th", { scope: "col" }, button);
    button.addEventListener("click", () => {
      ascending = sortBy === index ? !ascending : !column.descending;
      sortBy = index;
      draw();
    });
    return th;
  });
  function draw() {
    const kept = [...rows];
    if (sortBy !== null) {
      const value = columns[sortBy].value;
      kept.sort((a, b) => {
        const x = value(a), y = value(b);
        if (x === y) return 0;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * (ascending ? 1 : -1);
      });
    }
    headers.forEach((th, index) => {
      if (index === sortBy) th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    // Each cell knows its column's name: a phone may show a row as a block of "name: value" lines.
    const cells = (row) => columns.map((column) => {
      const cell = column.cell(row);
      if (!cell.dataset.label) cell.dataset.label = t(column.label);
      return cell;
    });
    body.replaceChildren(...(kept.length ? kept.map((row) => h("tr", row.attributes || {}, cells(row)))
      : [h("tr", {}, h("td", { colspan: columns.length, class: "empty" }, empty))]));
  }
  draw();
  const captionId = `${name}-caption`;
  return h("div", { class: "table-wrap ws-table-wrap", tabindex: "0", role: "region", "aria-labelledby": captionId },
    h("table", { class: `ws-table mbc-table ${name}` },
      h("caption", { id: captionId, class: captionHidden ? "visually-hidden" : null }, caption),
      h("thead", {}, h("tr", {}, headers)), body));
}

// --- the Instruments tab ------------------------------------------------------------------------

export async function instrumentsTab({ id, summary, announce }) {
  const [measures, schedules] = await Promise.all([api.clientMeasures(id), api.measureSchedules(id)]);
  const due = h("div", { class: "mbc-due card", role: "group", "aria-label": t("Due and overdue") });
  const showDue = (m) => due.replaceChildren(...dueParts(m));
  showDue(measures);
  const fhirError = h("p", { class: "form-error", "aria-live": "polite" });
  const fhir = h("button", { type: "button", class: "button secondary small" }, t("Download FHIR"));
  fhir.addEventListener("click", async () => {
    const saved = await download(fhir, fhirError, () => api.clientFhir(id), `client-${id}-fhir.json`);
    if (saved) announce(t("The FHIR file is downloading."));
  });
  const reload = async () => showDue(await api.clientMeasures(id));
  return h("section", { class: "mbc", "aria-labelledby": "mbc-title" },
    h("div", { class: "ws-titlebar" },
      h("h2", { id: "mbc-title" }, t("Questionnaires")),
      h("div", { class: "row mbc-tools" },
        h("span", { class: "hint" }, t("All of {name}'s answers as a FHIR R4 file:", { name: summary.name })), fhir)),
    fhirError,
    due,
    measures.instruments.length
      ? h("div", { class: "mbc-instruments" }, measures.instruments.map((history) => instrumentPanel(history)))
      : h("p", { class: "notice" }, t("No questionnaires filled in yet.")),
    schedulePanel(id, schedules, announce, reload));
}

// What is open now, one line each; what closed without an answer, one line per questionnaire
// ("BAM: closed Dec 2 and Nov 25"), newest first.
function dueParts(m) {
  const open = (d) => h("li", { "data-instrument": d.instrument },
    t("{name} ({reason}), open until {day}", { name: d.name, reason: t(REASONS[d.reason] || d.reason), day: day(d.due_until) }));
  const missed = new Map();
  for (const d of [...m.overdue].sort((a, b) => b.due_until.localeCompare(a.due_until))) {
    if (!missed.has(d.instrument)) missed.set(d.instrument, { name: d.name, days: [] });
    missed.get(d.instrument).days.push(monthDay(d.due_until));
  }
  const list = new Intl.ListFormat(locale(), { type: "conjunction" });
  return [
    h("div", {}, h("h3", {}, t("Due now")), m.due.length
      ? h("ul", { class: "plain-list mbc-due-list" }, m.due.map(open))
      : h("p", { class: "hint" }, t("Nothing due now."))),
    h("div", {}, h("h3", {}, t("Overdue: closed without an answer")), missed.size
      ? h("ul", { class: "plain-list mbc-due-list overdue" }, [...missed].map(([code, { name, days }]) =>
        h("li", { "data-instrument": code }, t("{name}: {days}", { name, days: list.format(days) }))))
      : h("p", { class: "hint" }, t("Nothing overdue in the last 4 weeks."))),
  ];
}

const standing = (history) => history.points.filter((p) => !p.superseded);

function instrumentPanel(history) {
  const titleId = `mbc-${history.instrument}`;
  const latest = standing(history).at(-1);
  const levelOnly = RISK_LEVEL_ONLY.has(history.instrument);
  let summary = null;
  if (latest) {
    const before = standing(history).at(-2);
    const change = changeMark(latest.change);
    summary = h("p", { class: "mbc-latest" },
      h("span", { class: "hint" }, t("Latest, {day}:", { day: day(latest.local_date) })), " ",
      levelChip(levelOnly ? latest.band : t("{score} of {maximum}, {band}", { score: latest.score, maximum: history.maximum, band: latest.band }), latest.level),
      change && before && !levelOnly
        ? h("span", { class: `mbc-change${latest.meaningful ? " meaningful" : ""}` }, " ",
          t("{change} since {day}", { change: change.words, day: day(before.local_date) }))
        : null,
      latest.safety ? [" ", h("span", { class: "badge alert-badge" }, t("Safety answer"))] : null);
  }
  return h("section", { class: "mbc-instrument card", "aria-labelledby": titleId, "data-instrument": history.instrument },
    h("div", { class: "mbc-head" }, h("h3", { id: titleId }, `${history.name} · ${history.scale}`), summary),
    h("div", { class: "mbc-body" }, scoreChart(history), historyTable(history)));
}

// --- the chart --------------------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";
function s(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

const DAY_MS = 864e5;

// The headline score over time: the bands as soft stripes with their names, a line through the
// standing scores, a ring where a change is meaningful, a red ring and "Safety answer" where a
// safety question was answered yes, and a hollow dot for a score corrected later. The caption
// (read as the picture's name) says it in words; the table beside it has every value.
function scoreChart(history) {
  // Drawn narrower for a phone, so its words stay readable once the picture is scaled down.
  const narrow = window.matchMedia("(max-width: 40rem)").matches; // not text
  const W = narrow ? 360 : 560, H = narrow ? 230 : 210, L = 30, R = 10, T = 14, B = 26;
  const levelOnly = RISK_LEVEL_ONLY.has(history.instrument);
  const points = history.points;
  const when = (p) => Date.parse(`${p.local_date}T12:00:00Z`);
  let first = Math.min(...points.map(when));
  let last = Math.max(...points.map(when));
  if (last - first < 7 * DAY_MS) {
    const middle = (first + last) / 2;
    [first, last] = [middle - 3.5 * DAY_MS, middle + 3.5 * DAY_MS];
  }
  const plotLeft = L + 12, plotRight = W - R - 12;
  const x = (p) => plotLeft + ((when(p) - first) * (plotRight - plotLeft)) / (last - first);
  // Half a point beyond each end: a band of one score (the C-SSRS's, BAM's "No use") has a height.
  const y = (v) => T + ((history.maximum + 0.5 - v) * (H - T - B)) / (history.maximum + 1);
  const stripes = history.bands.flatMap((band) => {
    const top = y(band.high + 0.5), bottom = y(band.low - 0.5);
    const parts = [s("rect", { x: L, y: top, width: W - L - R, height: Math.max(0, bottom - top), class: `band level-${band.level}` })];
    if (bottom - top >= 15) parts.push(s("text", { x: L + 5, y: top + 11, class: "band-label" }, band.label));
    return parts;
  });
  const ticks = levelOnly ? [] : [0, history.maximum].map((v) => s("text", { x: L - 5, y: y(v) + 4, class: "tick" }, String(v)));
  const kept = points.filter((p) => !p.superseded);
  const line = kept.length > 1 ? s("polyline", { points: kept.map((p) => `${x(p)},${y(p.score)}`).join(" "), class: "line" }) : null;
  const markers = points.map((p) => {
    const cx = x(p), cy = y(p.score);
    const parts = [s("title", {}, pointWords(history, p))];
    if (p.meaningful) parts.push(s("circle", { cx, cy, r: 10, class: "mbc-ring meaningful" }));
    if (p.safety) {
      parts.push(s("circle", { cx, cy, r: 7, class: "mbc-ring safety" }));
      const above = cy - 13 > T + 8;
      const anchorX = Math.max(L + 40, Math.min(W - R - 40, cx));
      parts.push(s("text", { x: anchorX, y: above ? cy - 13 : cy + 22, class: "safety-label" }, t("Safety answer")));
    }
    parts.push(s("circle", { cx, cy, r: 4.5, class: p.superseded ? "mbc-dot replaced" : "mbc-dot" }));
    return s("g", { class: "point", "data-score": p.score, "data-day": p.local_date }, ...parts);
  });
  const span = [points[0].local_date, points.at(-1).local_date];
  const xTicks = span[0] === span[1]
    ? [s("text", { x: (plotLeft + plotRight) / 2, y: H - 6, class: "tick middle" }, monthDay(span[0]))]
    : [s("text", { x: x(points[0]), y: H - 6, class: "tick start" }, monthDay(span[0])),
      s("text", { x: x(points.at(-1)), y: H - 6, class: "tick end" }, monthDay(span[1]))];
  const captionId = `mbc-${history.instrument}-summary`;
  return h("figure", { class: "mbc-chart" },
    h("figcaption", { id: captionId, class: "visually-hidden" }, chartWords(history)),
    s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": captionId, focusable: "false" },
      ...stripes, ...ticks, ...xTicks, ...(line ? [line] : []), ...markers),
    legend(history));
}

function pointWords(history, p) {
  const values = { day: day(p.local_date), score: p.score, band: p.band };
  return RISK_LEVEL_ONLY.has(history.instrument) ? t("{day}: {band}", values) : t("{day}: {score} ({band})", values);
}

// The chart said in words: "5 scores from Mon, Nov 23 to Mon, Dec 7; latest 11 of 27 (Moderate);
// highest 17, lowest 10. 1 safety answer."
function chartWords(history) {
  const kept = standing(history);
  const latest = kept.at(-1) || history.points.at(-1);
  const scores = kept.map((p) => p.score);
  const levelOnly = RISK_LEVEL_ONLY.has(history.instrument);
  const values = {
    name: history.name, scores: tn(kept.length, "{count} score", "{count} scores"),
    first: day(history.points[0].local_date), last: day(latest.local_date),
    score: latest.score, maximum: history.maximum, band: latest.band,
    highest: Math.max(...scores), lowest: Math.min(...scores),
  };
  const parts = [levelOnly
    ? t("{name}: {scores} from {first} to {last}; latest: {band}.", values)
    : t("{name}: {scores} from {first} to {last}; latest {score} of {maximum} ({band}); highest {highest}, lowest {lowest}.", values)];
  const meaningful = history.points.filter((p) => p.meaningful).length;
  const safety = history.points.filter((p) => p.safety).length;
  if (meaningful) parts.push(tn(meaningful, "{count} meaningful change.", "{count} meaningful changes."));
  if (safety) parts.push(tn(safety, "{count} safety answer.", "{count} safety answers."));
  return parts.join(" ");
}

function legendIcon(kind) {
  const dot = s("circle", { cx: 10, cy: 10, r: 4.5, class: kind === "replaced" ? "mbc-dot replaced" : "mbc-dot" });
  const ring = kind === "meaningful" ? s("circle", { cx: 10, cy: 10, r: 8.5, class: "mbc-ring meaningful" })
    : kind === "safety" ? s("circle", { cx: 10, cy: 10, r: 7, class: "mbc-ring safety" }) : null;
  return s("svg", { viewBox: "0 0 20 20", class: "legend-icon", "aria-hidden": "true", focusable: "false" }, ...(ring ? [ring] : []), dot);
}

function legend(history) {
  const threshold = MEANINGFUL[history.instrument];
  const items = [["score", t("Score")]];
  if (threshold) items.push(["meaningful", t("Change of {points} or more", { points: threshold })]);
  if (history.points.some((p) => p.safety)) items.push(["safety", t("Safety answer")]);
  if (history.points.some((p) => p.superseded)) items.push(["replaced", t("Corrected later (replaced)")]);
  return h("ul", { class: "mbc-legend", "aria-hidden": "true" }, items.map(([kind, words]) => h("li", {}, legendIcon(kind), words)));
}

// --- the table beside the chart -----------------------------------------------------------------

function historyTable(history) {
  const levelOnly = RISK_LEVEL_ONLY.has(history.instrument);
  const rows = [...history.points].reverse().map((p) => {
    const change = changeMark(p.change);
    return h("tr", { class: [p.safety ? "safety" : "", p.superseded ? "replaced" : ""].join(" ").trim() || null, "data-point": p.id },
      h("th", { scope: "row" }, h("a", { href: `#/responses/${p.id}` }, monthDay(p.local_date))),
      h("td", {}, levelOnly ? null : [levelChip(p.score, p.level), " "], p.band,
        p.superseded ? h("span", { class: "hint" }, ` ${t("(replaced)")}`) : null),
      levelOnly ? null : h("td", { class: "change" }, change
        ? [h("span", { "aria-hidden": "true" }, change.mark), h("span", { class: "visually-hidden" }, change.words),
          p.meaningful ? h("span", { class: "meaningful-tag" }, legendIcon("meaningful"),
            h("span", { class: "visually-hidden" }, t("(a meaningful change)"))) : null]
        : h("span", { class: "hint" }, t("first"))),
      h("td", {}, p.safety ? h("strong", { class: "flag" }, t("Yes")) : h("span", { class: "hint" }, t("No"))),
      h("td", {}, p.reviewed ? t("Yes") : h("span", { class: "hint" }, t("Not yet"))));
  });
  const columns = levelOnly
    ? [N_("Day"), N_("Risk level"), N_("Safety"), N_("Looked at")]
    : [N_("Day"), N_("Score and band"), N_("Since last"), N_("Safety"), N_("Looked at")];
  const captionId = `mbc-${history.instrument}-table`;
  return h("div", { class: "table-wrap mbc-history", tabindex: "0", role: "region", "aria-labelledby": captionId },
    h("table", { class: "ws-table mbc-table" },
      h("caption", { id: captionId, class: "visually-hidden" }, t("{name} scores, newest first", { name: history.name })),
      h("thead", {}, h("tr", {}, columns.map((column) => h("th", { scope: "col" }, t(column))))),
      h("tbody", {}, rows)));
}

// --- the schedule -------------------------------------------------------------------------------

const SOURCES = { client: N_("This client's own"), track: N_("The track's"), default: N_("The program's default") };

// A client's schedule in the chart: the rules they follow and who set each, and a form that gives
// them their own for the questionnaires a counselor changes.
function schedulePanel(clientId, answer, announce, reload) {
  let current = answer.schedules;
  const box = h("section", { class: "mbc-schedule card", "aria-labelledby": "schedule-title" });
  const yesNo = (yes) => (yes ? t("Yes") : t("No"));
  function draw(focusTitle = false) {
    const own = current.some((rule) => rule.source === "client");
    const table = h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "schedule-caption" },
      h("table", { class: "ws-table mbc-table schedule-table" },
        h("caption", { id: "schedule-caption", class: "visually-hidden" }, t("When each questionnaire is due")),
        h("thead", {}, h("tr", {}, [N_("Questionnaire"), N_("At intake"), N_("Repeats"), N_("At discharge"), N_("Open for"), N_("Set by")]
          .map((label) => h("th", { scope: "col" }, t(label))))),
        h("tbody", {}, current.map((rule) => h("tr", { "data-instrument": rule.instrument },
          h("th", { scope: "row" }, NAMES[rule.instrument] || rule.instrument, " ", h("span", { class: "hint" }, t(WHAT[rule.instrument] || ""))),
          h("td", {}, yesNo(rule.at_intake)),
          h("td", {}, rule.every_days ? t("Every {days} days", { days: rule.every_days }) : t("No")),
          h("td", {}, yesNo(rule.at_discharge)),
          h("td", {}, tn(rule.window_days, "{count} day", "{count} days")),
          h("td", {}, t(SOURCES[rule.source] || rule.source)))))));
    const title = h("h3", { id: "schedule-title", tabindex: "-1" }, t("When questionnaires are due"));
    const form = scheduleForm({
      key: "sched", rules: current,
      hint: t("Only the questionnaires you change get a schedule of their own; the others keep following the track."),
      // The client's own rules: the ones changed now, and the ones they had already.
      pick: (wanted) => wanted.filter((rule, index) => !sameRule(rule, current[index]) || current[index].source === "client"),
      save: (rules) => api.setMeasureSchedules(clientId, rules),
      back: own ? {
        label: t("Use the track's schedule again"),
        title: t("Use the track's schedule again?"),
        words: [t("This client's own schedule is removed; from now on they follow their track's.")],
        send: () => api.setMeasureSchedules(clientId, []),
      } : null,
      saved: (schedules) => {
        current = schedules;
        draw(true);
        announce(t("Schedule saved."));
        reload().catch(() => {});
      },
    });
    box.replaceChildren(title, table, h("details", { class: "schedule-edit" }, h("summary", {}, t("Change the schedule")), form));
    if (focusTitle) title.focus();
  }
  draw();
  return box;
}

const sameRule = (a, b) => a.at_intake === b.at_intake && (a.every_days ?? null) === (b.every_days ?? null)
  && a.at_discharge === b.at_discharge && a.window_days === b.window_days;

// The form that says when each questionnaire is due: one row per questionnaire (at intake, repeat
// every … days, at discharge, open for … days), checked before sending. Used for a client in the
// chart and for a track by admins; `key` keeps its ids apart from another on the same page.
//   pick(wanted)  the rules to send, from every row as read
//   save(rules)   sends them; resolves to { schedules } as now set
//   back          { label, title, words, send }: a button that removes the own rules once its
//                 question (title, words) is answered yes; or null
//   saved(rules)  called with the schedules as now set
export function scheduleForm({ key, rules, hint, pick, save, back = null, saved }) {
  const summary = errorSummary(`${key}-errors`);
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const saveButton = h("button", { type: "submit", class: "button primary" }, t("Save schedule"));
  const backButton = back ? h("button", { type: "button", class: "button secondary" }, back.label) : null;
  const confirm = confirmation();
  const id = (rule, part) => `${key}-${rule.instrument}-${part}`;
  const rows = rules.map((rule) => {
    const name = NAMES[rule.instrument] || rule.instrument;
    const box = (control, checked, label) => h("label", { class: "choice compact", for: control },
      h("input", { type: "checkbox", id: control, checked }), h("span", { class: "visually-hidden" }, label));
    const numberField = (control, value, label, attributes) => [
      h("label", { class: "visually-hidden", for: control }, label),
      h("input", { type: "number", id: control, inputmode: "numeric", class: "small-number", value: value ?? "", ...attributes,
        "aria-describedby": `${control}-error` }),
      h("p", { class: "field-error", id: `${control}-error`, hidden: true })];
    return h("tr", { "data-instrument": rule.instrument },
      h("th", { scope: "row" }, name, " ", h("span", { class: "hint" }, t(WHAT[rule.instrument] || ""))),
      h("td", {}, box(id(rule, "intake"), rule.at_intake, t("{name}: at intake", { name }))),
      h("td", {}, numberField(id(rule, "every"), rule.every_days, t("{name}: repeat every how many days (empty: no repeats)", { name }),
        { min: 7, max: 180, placeholder: "—" })),
      h("td", {}, box(id(rule, "discharge"), rule.at_discharge, t("{name}: at discharge", { name }))),
      h("td", {}, numberField(id(rule, "window"), rule.window_days, t("{name}: open for how many days", { name }), { min: 1, max: 14 })));
  });
  const form = h("form", { class: "schedule-form", novalidate: true },
    summary,
    h("p", { class: "hint" }, hint),
    h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": `${key}-form-caption` },
      h("table", { class: "ws-table mbc-table schedule-table" },
        h("caption", { id: `${key}-form-caption`, class: "visually-hidden" }, t("Change when each questionnaire is due")),
        h("thead", {}, h("tr", {}, [N_("Questionnaire"), N_("At intake"), N_("Repeat every … days"), N_("At discharge"), N_("Open for … days")]
          .map((label) => h("th", { scope: "col" }, t(label))))),
        h("tbody", {}, rows))),
    error,
    h("div", { class: "row actions" }, saveButton, backButton),
    confirm.error, confirm.node);

  const read = (rule) => {
    const every = form.querySelector(`#${id(rule, "every")}`).value.trim();
    return {
      instrument: rule.instrument,
      at_intake: form.querySelector(`#${id(rule, "intake")}`).checked,
      every_days: every === "" ? null : Number(every),
      at_discharge: form.querySelector(`#${id(rule, "discharge")}`).checked,
      window_days: Number(form.querySelector(`#${id(rule, "window")}`).value.trim() || 0),
    };
  };

  async function send(work, button) {
    if (button.disabled) return;
    button.disabled = true;
    error.textContent = "";
    try {
      saved((await work()).schedules);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.detail;
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const problems = [];
    const wanted = rules.map(read);
    for (const rule of wanted) {
      const name = NAMES[rule.instrument] || rule.instrument;
      const every = rule.every_days;
      if (every !== null && !(Number.isInteger(every) && every >= 7 && every <= 180)) {
        problems.push({ field: id(rule, "every"), message: t("{name}: repeat every 7 to 180 days, or leave it empty for no repeats.", { name }) });
      }
      if (!(Number.isInteger(rule.window_days) && rule.window_days >= 1 && rule.window_days <= 14)) {
        problems.push({ field: id(rule, "window"), message: t("{name}: keep it open for 1 to 14 days.", { name }) });
      } else if (every && rule.window_days > every) {
        problems.push({ field: id(rule, "window"), message: t("{name}: it must close before it is due again.", { name }) });
      }
    }
    report(summary, form, problems);
    if (problems.length) return;
    send(() => save(pick(wanted)), saveButton);
  });
  // Yes runs the change itself, so a refusal shows under the question that asked it.
  backButton?.addEventListener("click", () => confirm.ask(backButton, {
    title: back.title, words: back.words, yes: back.label,
    work: async () => { const answer = await back.send(); confirm.close(); saved(answer.schedules); },
  }));
  return form;
}

// --- one response (#/responses/{id}) -----------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// "Spanish", "inglés": a language's name in the language on screen (CLDR's, through Intl).
const languageName = (code) => {
  const name = new Intl.DisplayNames(locale(), { type: "language" }).of(code) || code;
  return name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1);
};

export async function responseScreen({ params, user, announce, refreshCounts }) {
  const [id] = params;
  if (!id || !UUID.test(id)) throw new ApiError(404, t("There is no such questionnaire."));
  let data = await api.measureResponse(id);
  const zone = user.timezone;
  refreshCounts?.(); // opening it may have acknowledged an urgent alert
  const levelOnly = RISK_LEVEL_ONLY.has(data.instrument);
  const headline = data.scores[0];
  const change = data.previous_score === null ? null : headline.points - data.previous_score;
  const looked = h("div", { class: "looked-at" });
  const error = h("p", { class: "form-error", "aria-live": "assertive" });

  function showLooked() {
    if (data.reviewed_at) {
      const values = { name: data.reviewed_by || t("a former staff member"), day: shortDay(data.reviewed_at, zone), time: time(data.reviewed_at, zone) };
      looked.replaceChildren(h("p", { class: "notice reviewed" }, t("Looked at by {name} on {day} at {time}.", values)));
      return;
    }
    const button = h("button", { type: "button", class: "button primary" }, t("Mark looked at"));
    button.addEventListener("click", async () => {
      if (button.disabled) return;
      button.disabled = true;
      error.textContent = "";
      try {
        data = await api.lookedAt(id);
        showLooked();
        looked.querySelector("p")?.setAttribute("tabindex", "-1");
        looked.querySelector("p")?.focus();
        announce(t("Marked looked at."));
        refreshCounts?.();
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        error.textContent = err.detail;
        button.disabled = false;
      }
    });
    looked.replaceChildren(h("p", { class: "hint" }, t("Looking at it takes it out of the review queue.")), button, error);
  }
  showLooked();

  const flagged = data.items.filter((item) => item.flagged);
  const values = { name: data.client_name, instrument: data.name, day: dayLabel(data.local_date) };
  return h("section", { class: "response-screen ws-wide" },
    h("div", { class: "ws-titlebar" }, heading(t("{name}: {instrument} of {day}", values))),
    h("nav", { class: "row checkin-nav", "aria-label": t("Questionnaire") },
      h("a", { class: "button secondary", href: "#/queue" }, t("Back to the queue")),
      h("a", { class: "button secondary", href: `#/clients/${data.client_id}/instruments` }, t("{name}'s questionnaires", { name: data.client_name }))),
    data.safety ? h("div", { class: "alert response-safety", role: "note" },
      h("p", {}, h("span", { class: "badge alert-badge" }, t("Safety answer")), " ",
        tn(flagged.length, "{count} safety question was answered yes (highlighted below).", "{count} safety questions were answered yes (highlighted below).")),
      data.alert ? h("p", { class: `alert-state${data.alert.acknowledged_at ? "" : " open"}` }, alertText(data.alert, zone)) : null) : null,
    data.superseded ? h("p", { class: "notice" }, t("The client corrected these answers later: the newer response is the one that counts.")) : null,
    data.supersedes ? h("p", { class: "notice" }, h("a", { href: `#/responses/${data.supersedes}` }, t("This corrects an earlier response."))) : null,
    h("div", { class: "response-layout" },
      h("div", { class: "response-side" },
        h("section", { class: "card response-scores", "aria-labelledby": "scores-title" },
          h("h2", { id: "scores-title" }, t("Scores")),
          h("dl", { class: "details" }, data.scores.flatMap((score) => [
            h("dt", {}, score.label),
            h("dd", {}, levelChip(levelOnly ? score.band : t("{score} of {maximum}, {band}", { score: score.points, maximum: score.maximum, band: score.band }), score.level))]),
          levelOnly ? [] : [h("dt", {}, t("Previous score")), h("dd", {}, data.previous_score === null ? t("None: this is the first")
            : change === 0 ? t("{previous} (the same now)", { previous: data.previous_score })
              : t("{previous} ({change} since then)", { previous: data.previous_score, change: changeMark(change).words }))])),
        h("section", { class: "card", "aria-labelledby": "about-title" },
          h("h2", { id: "about-title" }, t("About this response")),
          h("dl", { class: "details" },
            h("dt", {}, t("For the day")), h("dd", {}, dayLabel(data.local_date)),
            h("dt", {}, t("Sent")), h("dd", {}, t("{day} at {time}", { day: shortDay(data.submitted_at, zone), time: time(data.submitted_at, zone) })),
            data.language !== lang() ? [h("dt", {}, t("Answered in")), h("dd", {}, languageName(data.language))] : null),
          looked)),
      h("section", { class: "response-items", "aria-labelledby": "answers-caption" },
        h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "answers-caption" },
          h("table", { class: "ws-table answers-table" },
            h("caption", { id: "answers-caption" }, t("Answers, question by question")),
            h("thead", {}, h("tr", {}, [N_("Question"), N_("Answer"), levelOnly ? null : N_("Points")].filter(Boolean)
              .map((label) => h("th", { scope: "col" }, t(label))))),
            h("tbody", {}, data.items.map((item) => h("tr", { class: item.flagged ? "flagged" : item.answer === null ? "not-asked" : null, "data-item": item.key },
              h("th", { scope: "row" }, h("span", { class: "item-key" }, item.key.toUpperCase()), " ", item.text),
              h("td", {}, item.answer === null ? h("span", { class: "hint" }, t("No answer")) : item.answer,
                item.flagged ? [" ", h("span", { class: "badge alert-badge" }, t("Safety answer"))] : null),
              levelOnly ? null : h("td", { class: "num", "data-label": t("Points") }, item.points === null ? h("span", { class: "hint" }, "—") : item.points)))))))));
}

// --- the Safety plan tab ------------------------------------------------------------------------

// The Stanley–Brown steps, in the client's own plan's order (server/measures/schemas.py).
const STEPS = [
  { key: "warning_signs", lines: true, title: N_("Warning signs"), hint: N_("Thoughts, moods or situations that show a crisis may be starting.") },
  { key: "coping", lines: true, title: N_("Things I can do on my own"), hint: N_("To take my mind off things without contacting anyone.") },
  { key: "distractions", lines: false, title: N_("People and places that take my mind off things"), hint: "" },
  { key: "people", lines: false, title: N_("People I can ask for help"), hint: "" },
  { key: "professionals", lines: false, title: N_("Professionals and agencies"), hint: N_("The crisis lines are always on the plan.") },
  { key: "environment", lines: true, title: N_("Making my environment safer"), hint: N_("For example, what to put away or who keeps it.") },
  { key: "reasons", lines: true, title: N_("My reasons for living"), hint: "" },
];
const MOST = 12;

const telLink = (phone) => h("a", { href: `tel:${phone.replace(/[^0-9+]/g, "")}` }, phone);

function changedLine(plan, zone) {
  if (!plan.version) return t("No safety plan yet.");
  const at = plan.edited_at;
  return t("Version {version}. Last changed by {name} on {day} at {time}.", {
    version: plan.version, name: plan.edited_by || t("a former staff member"), day: shortDay(at, zone), time: time(at, zone),
  });
}

// The plan as read: each step and its entries, the crisis lines always there.
function planView(plan, headingLevel = 3) {
  const heading3 = (text) => h(`h${headingLevel}`, {}, text);
  return h("ol", { class: "sp-steps" }, STEPS.map((step) => {
    const entries = plan.sections[step.key] || [];
    const lines = step.lines
      ? entries.map((line) => h("li", {}, line))
      : entries.map((c) => h("li", {}, c.name, c.phone ? [" · ", telLink(c.phone)] : null));
    const always = step.key === "professionals"
      ? plan.crisis_lines.map((c) => h("li", { class: "always" }, c.name, " · ", telLink(c.phone), " ", h("span", { class: "hint" }, t("(always on the plan)"))))
      : [];
    return h("li", { "data-step": step.key }, heading3(t(step.title)),
      lines.length || always.length ? h("ul", { class: "sp-entries" }, always, lines) : h("p", { class: "hint" }, t("Nothing written yet.")));
  }));
}

export async function safetyPlanTab({ id, summary, user, announce }) {
  let plan = await api.clientSafetyPlan(id);
  const zone = user.timezone;
  const box = h("section", { class: "sp-tab", "aria-labelledby": "plan-title" });
  const title = () => h("h2", { id: "plan-title", tabindex: "-1" }, t("Safety plan"));

  function showPlan(focus = false) {
    const edit = h("button", { type: "button", class: "button secondary small" }, plan.version ? t("Edit the plan") : t("Write a plan"));
    edit.addEventListener("click", () => showForm(plan, null));
    const heading2 = title();
    box.replaceChildren(...[
      h("div", { class: "ws-titlebar" }, heading2, edit),
      h("p", { class: "sp-changed hint" }, changedLine(plan, zone)),
      plan.version ? null : h("div", { class: "notice" },
        h("p", {}, t("Until {name} has a plan, their crisis help shows the program's coping text:", { name: summary.name })),
        h("p", { class: "sp-fallback" }, plan.fallback)),
      planView(plan)].filter(Boolean));
    if (focus) heading2.focus();
  }

  // The form holds the text being typed; `newer` is a version saved meanwhile (a 409), shown
  // beside it so nothing typed is lost and nobody's words are overwritten unseen.
  function showForm(base, newer, keep = null) {
    const summaryBox = errorSummary("plan-errors");
    const error = h("p", { class: "form-error", "aria-live": "assertive" });
    const saveButton = h("button", { type: "submit", class: "button primary" }, newer ? t("Save my version") : t("Save the plan"));
    const cancel = h("button", { type: "button", class: "button secondary" }, t("Cancel"));
    const parts = STEPS.map((step) => (step.lines ? linesField(step, keep?.[step.key] ?? base.sections[step.key]) : contactsField(step, keep?.[step.key] ?? base.sections[step.key])));
    const form = h("form", { class: "sp-form", novalidate: true }, summaryBox, parts, error, h("div", { class: "row actions" }, saveButton, cancel));
    const heading2 = title();
    let conflict = null;
    if (newer) {
      const startOver = h("button", { type: "button", class: "button secondary small" }, t("Start again from this version"));
      startOver.addEventListener("click", () => showForm(newer, null));
      conflict = h("section", { class: "sp-conflict", "aria-labelledby": "conflict-title" },
        h("h3", { id: "conflict-title", tabindex: "-1" }, t("Someone saved a newer version while you were editing")),
        h("p", {}, changedLine(newer, zone), " ", t("Your text is still in the form below. Saving now replaces their version with yours.")),
        h("details", { open: true }, h("summary", {}, t("Their version")), planView(newer, 4)),
        startOver);
    }
    cancel.addEventListener("click", () => showPlan(true));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (saveButton.disabled) return;
      const { sections, problems } = readPlan(form);
      report(summaryBox, form, problems);
      if (problems.length) return;
      saveButton.disabled = true;
      error.textContent = "";
      try {
        plan = await api.setClientSafetyPlan(id, { base_version: (newer || base).version, sections });
        showPlan(true);
        announce(t("Safety plan saved."));
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.status === 409) {
          const latest = await api.clientSafetyPlan(id).catch(() => null);
          if (latest) {
            plan = latest;
            showForm(base, latest, sections);
            box.querySelector("#conflict-title")?.focus();
            return;
          }
        }
        error.textContent = err.detail;
        saveButton.disabled = false;
      }
    });
    box.replaceChildren(...[h("div", { class: "ws-titlebar" }, heading2), h("p", { class: "sp-changed hint" }, changedLine(base, zone)),
      conflict, form].filter(Boolean));
    if (!newer) (form.querySelector("textarea, input") || heading2).focus();
  }

  showPlan();
  return box;
}

function linesField(step, lines) {
  const id = `plan-${step.key}`;
  const area = h("textarea", { id, name: id, rows: Math.max(3, Math.min(MOST, lines.length + 1)), "aria-describedby": `${id}-hint ${id}-error` });
  area.value = lines.join("\n");
  return h("div", { class: "sp-step field", "data-step": step.key },
    h("label", { for: id, class: "sp-step-title" }, t(step.title)),
    h("p", { class: "hint", id: `${id}-hint` }, step.hint ? `${t(step.hint)} ${t("One per line.")}` : t("One per line.")),
    h("p", { class: "field-error", id: `${id}-error`, hidden: true }),
    area);
}

function contactsField(step, contacts) {
  const id = `plan-${step.key}`;
  const list = h("ol", { class: "sp-contact-rows" });
  const add = h("button", { type: "button", class: "button secondary small" }, t("Add a row"));
  const row = (contact, index) => {
    const key = `${id}-${index}`;
    const shown = index === 0 ? null : "visually-hidden"; // the first row's labels head the columns
    return h("li", { class: "sp-contact-row" },
      h("div", { class: "field" }, h("label", { for: `${key}-name`, class: shown }, t("Name")),
        h("input", { id: `${key}-name`, class: "sp-name", maxlength: 100, value: contact.name, autocomplete: "off", "aria-describedby": `${key}-name-error` }),
        h("p", { class: "field-error", id: `${key}-name-error`, hidden: true })),
      h("div", { class: "field" }, h("label", { for: `${key}-phone`, class: shown }, t("Phone")),
        h("input", { id: `${key}-phone`, class: "sp-phone", type: "tel", maxlength: 30, value: contact.phone, autocomplete: "off", "aria-describedby": `${key}-phone-error` }),
        h("p", { class: "field-error", id: `${key}-phone-error`, hidden: true })));
  };
  const rows = [...contacts, { name: "", phone: "" }].slice(0, MOST);
  list.append(...rows.map(row));
  add.hidden = rows.length >= MOST;
  add.addEventListener("click", () => {
    const index = list.children.length;
    if (index >= MOST) return;
    list.append(row({ name: "", phone: "" }, index));
    add.hidden = list.children.length >= MOST;
    list.lastElementChild.querySelector("input").focus();
  });
  return h("fieldset", { class: "sp-step", "data-step": step.key, id },
    h("legend", { class: "sp-step-title" }, t(step.title)),
    step.hint ? h("p", { class: "hint" }, t(step.hint)) : null,
    list, add);
}

const PHONE = /^[0-9+() .\-]*$/;

// The form's words as the server takes them, and what is wrong with them, field by field.
function readPlan(form) {
  const sections = {};
  const problems = [];
  for (const step of STEPS) {
    const id = `plan-${step.key}`;
    const title = t(step.title);
    if (step.lines) {
      const lines = form.querySelector(`#${id}`).value.split("\n").map((line) => line.trim()).filter(Boolean);
      if (lines.length > MOST) problems.push({ field: id, message: t("{step}: at most {most} lines.", { step: title, most: MOST }) });
      else if (lines.some((line) => line.length > 300)) problems.push({ field: id, message: t("{step}: keep each line under 300 characters.", { step: title }) });
      sections[step.key] = lines;
      continue;
    }
    sections[step.key] = [];
    form.querySelectorAll(`#${id} .sp-contact-row`).forEach((li, index) => {
      const key = `${id}-${index}`;
      const name = li.querySelector(".sp-name").value.trim();
      const phone = li.querySelector(".sp-phone").value.trim();
      if (!name && !phone) return;
      if (!name) problems.push({ field: `${key}-name`, message: t("{step}: add a name for {phone}.", { step: title, phone }) });
      if (phone && !PHONE.test(phone)) problems.push({ field: `${key}-phone`, message: t("{step}: a phone number has only digits, spaces and + ( ) . -", { step: title }) });
      sections[step.key].push({ name, phone });
    });
  }
  return { sections, problems };
}
