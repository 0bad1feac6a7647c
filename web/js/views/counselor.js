// Counselor screens (loaded only for staff): the caseload as a sortable, filterable table, the
// week's sessions, and one session's roster where attendance is marked.
import { api } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { addDays, dayLabel, duration, localDate, mondayOf, shortDay, time, timeRange } from "../format.js";
import { N_, locale, t, tn, use } from "../i18n.js";
import { agenda } from "./week.js";

await use("views/counselor");

// The server's codes (attendance marks, risk levels) stay as they are; their words are shown.
const MARKS = [["present", N_("Present")], ["late", N_("Late")], ["absent", N_("Absent")], ["excused", N_("Excused")]];
const RISK_ORDER = { urgent: 0, high: 1, normal: 2 };
const RISK_NAMES = { urgent: N_("Urgent"), high: N_("High"), normal: N_("Normal") };
// The badge's word read out in full (a screen reader hears "Urgent risk", not "Urgent").
const RISK_SPOKEN = { urgent: N_("Urgent risk"), high: N_("High risk"), normal: N_("Normal risk") };

// What a row of the caseload says, worked out once from the server's entry.
function caseloadRow(client) {
  const hours = client.hours;
  const unreviewed = client.checkins?.unreviewed || {};
  const toReview = (unreviewed.urgent || 0) + (unreviewed.high || 0) + (unreviewed.normal || 0);
  // The worst check-in still waiting for review (the server's, else from the counts).
  const risk = client.risk ? client.risk.level : unreviewed.urgent ? "urgent" : unreviewed.high ? "high" : null;
  const short = Boolean(hours && hours.attended_minutes < hours.minimum_minutes);
  const cannotReach = Boolean(hours && !hours.can_reach_minimum && short);
  const missed = Boolean(client.checkins?.missed);
  const overdue = client.homework?.overdue || 0;
  return {
    id: client.client_id, name: client.name, track: client.track?.name || "", trackId: client.track?.id ?? null,
    risk, alertOpen: Boolean(client.risk?.alert_open), short, cannotReach, missed, overdue, toReview, unreviewed, hours,
    attention: client.needs_attention ?? Boolean(risk === "urgent" || risk === "high" || missed || cannotReach || overdue),
    last: client.last_checkin?.date ?? client.checkins?.last_checkin ?? null,
    nextSession: client.next_session?.starts_at ?? null,
    nextTest: client.next_test?.local_date ?? null,
    testOverdue: Boolean(client.next_test?.overdue),
    scores: client.scores || [],
  };
}

// Sort keys: nulls last whichever way a column is sorted.
const COLUMNS = [
  { key: "name", label: N_("Name"), value: (r) => r.name.toLowerCase() },
  { key: "track", label: N_("Track"), value: (r) => r.track.toLowerCase() || null },
  { key: "risk", label: N_("Risk"), value: (r) => (r.risk ? RISK_ORDER[r.risk] : null) },
  // the most severe band first
  { key: "scores", label: N_("Scores"), value: (r) => (r.scores.length ? Math.max(...r.scores.map((s) => s.level)) : null), descending: true },
  { key: "last", label: N_("Last check-in"), value: (r) => r.last },
  { key: "hours", label: N_("Hours"), value: (r) => (r.hours ? r.hours.attended_minutes / (r.hours.minimum_minutes || 1) : null) },
  { key: "review", label: N_("To review"), value: (r) => r.toReview || null, descending: true },
  { key: "session", label: N_("Next session"), value: (r) => r.nextSession },
  { key: "test", label: N_("Next test"), value: (r) => r.nextTest },
];

// The caseload screen's choices survive a visit to a client's chart and back.
const view = { sort: "name", ascending: true, q: "", track: "", attention: false, short: false };

export async function caseloadScreen({ user, go }) {
  let data = await api.caseload();
  // The whole caseload came: filter and sort here. Only part of it (an admin's clinic): the
  // server searches, and the table sorts what it sent.
  const whole = (data.total ?? data.clients.length) <= data.clients.length && data.scanned_all !== false;
  let rows = data.clients.map(caseloadRow);
  const zone = user.timezone;
  const counselor = user.role === "counselor";
  const tracks = data.tracks?.length ? data.tracks.map((entry) => ({ id: String(entry.id), name: entry.name }))
    : [...new Map(rows.filter((r) => r.trackId !== null).map((r) => [String(r.trackId), { id: String(r.trackId), name: r.track }])).values()];
  tracks.sort((a, b) => a.name.localeCompare(b.name, locale()));
  if (view.track && !tracks.some((entry) => entry.id === view.track)) view.track = "";

  const search = h("input", { id: "caseload-search", type: "search", value: view.q, autocomplete: "off",
    "aria-controls": "caseload-table" });
  const track = h("select", { id: "caseload-track", "aria-controls": "caseload-table" },
    h("option", { value: "" }, t("All tracks")),
    tracks.map((entry) => h("option", { value: entry.id, selected: entry.id === view.track }, entry.name)));
  const attention = h("input", { id: "caseload-attention", type: "checkbox", checked: view.attention, "aria-controls": "caseload-table" });
  const short = h("input", { id: "caseload-short", type: "checkbox", checked: view.short, "aria-controls": "caseload-table" });
  const shown = h("p", { class: "caseload-count", id: "caseload-count", role: "status" });
  const error = h("p", { class: "form-error", "aria-live": "polite" });
  const body = h("tbody", {});
  const headers = COLUMNS.map((column) => {
    const button = h("button", { type: "button", class: "ws-sort", "data-sort": column.key }, t(column.label));
    const th = h("th", { scope: "col", class: `col-${column.key}` }, button);
    button.addEventListener("click", () => {
      view.ascending = view.sort === column.key ? !view.ascending : !column.descending;
      view.sort = column.key;
      render();
    });
    return th;
  });

  const matches = (r) => {
    const q = view.q.trim().toLowerCase();
    return (!q || r.name.toLowerCase().includes(q)) && (!view.track || String(r.trackId) === view.track)
      && (!view.attention || r.attention) && (!view.short || r.short);
  };

  function render() {
    const column = COLUMNS.find((c) => c.key === view.sort) || COLUMNS[0];
    const kept = whole ? rows.filter(matches) : [...rows];
    kept.sort((a, b) => {
      const x = column.value(a), y = column.value(b);
      if (x === y) return a.name.localeCompare(b.name, locale());
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x < y ? -1 : 1) * (view.ascending ? 1 : -1);
    });
    for (const th of headers) {
      if (th.querySelector("button").dataset.sort === column.key) th.setAttribute("aria-sort", view.ascending ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
    const filtered = view.q.trim() || view.track || view.attention || view.short;
    body.replaceChildren(...(kept.length ? kept.map((r) => tableRow(r, zone, go))
      : [h("tr", {}, h("td", { colspan: COLUMNS.length, class: "empty" },
        filtered ? t("Nobody matches. Clear the search or the filters.") : counselor ? t("No clients are on your caseload.") : t("No clients yet.")))]));
    const total = whole ? rows.length : data.total ?? rows.length;
    const values = { shown: kept.length.toLocaleString(locale()) };
    shown.textContent = kept.length >= total ? tn(total, "{count} client.", "{count} clients.")
      : whole ? tn(total, "Showing {shown} of {count} client.", "Showing {shown} of {count} clients.", values)
        : tn(total, "Showing {shown} of {count} client — search by name or pick a track to narrow.",
          "Showing {shown} of {count} clients — search by name or pick a track to narrow.", values);
  }

  // Only part of the clinic came: ask the server again with the filters.
  let asked = 0;
  async function reload() {
    const mine = ++asked;
    try {
      const answer = await api.caseload({ q: view.q.trim() || null, track: view.track || null,
        attention: view.attention || null, short: view.short || null });
      if (mine !== asked) return;
      data = answer;
      rows = answer.clients.map(caseloadRow);
      error.textContent = "";
      render();
    } catch (err) {
      if (mine === asked) error.textContent = err.detail || t("The caseload could not be loaded. Please try again.");
    }
  }
  const changed = () => (whole ? render() : reload());

  let typing = null;
  search.addEventListener("input", () => {
    view.q = search.value;
    clearTimeout(typing);
    typing = setTimeout(changed, whole ? 100 : 300);
  });
  track.addEventListener("change", () => { view.track = track.value; changed(); });
  attention.addEventListener("change", () => { view.attention = attention.checked; changed(); });
  short.addEventListener("change", () => { view.short = short.checked; changed(); });
  if (!whole && (view.q || view.track || view.attention || view.short)) await reload();
  else render();

  return h("section", { class: "caseload ws-wide" },
    h("div", { class: "ws-titlebar" },
      heading(t("Caseload")),
      counselor ? h("a", { class: "button secondary", href: "#/invite" }, t("Invite a client")) : null),
    h("form", { class: "ws-filters", role: "search", "aria-label": t("Caseload"), onSubmit: (event) => event.preventDefault() },
      h("div", { class: "field" }, h("label", { for: "caseload-search" }, t("Search by name")), search),
      tracks.length ? h("div", { class: "field" }, h("label", { for: "caseload-track" }, t("Track")), track) : null,
      h("label", { class: "choice", for: "caseload-attention" }, attention, t("Needs attention")),
      h("label", { class: "choice", for: "caseload-short" }, short, t("Hours short"))),
    h("div", { class: "caseload-notes" }, shown,
      h("p", { class: "hint" }, t("Hours: this week (Monday to Sunday) against the program minimum. Select a heading to sort."))),
    error,
    h("div", { class: "table-wrap ws-table-wrap", tabindex: "0", role: "region", "aria-labelledby": "caseload-caption" },
      h("table", { class: "ws-table caseload-table", id: "caseload-table" },
        h("caption", { id: "caseload-caption", class: "visually-hidden" }, t("Clients (select a heading to sort)")),
        h("thead", {}, h("tr", {}, headers)),
        body)));
}

function riskCell(r) {
  if (!r.risk || r.risk === "normal") return h("td", { class: "col-risk" }, h("span", { class: "hint" }, "—"));
  if (!RISK_NAMES[r.risk]) return h("td", { class: "col-risk" }, h("span", { class: `badge risk-${r.risk}` }, r.risk));
  return h("td", { class: "col-risk" }, h("span", { class: `badge risk-${r.risk}` },
    h("span", { "aria-hidden": "true" }, t(RISK_NAMES[r.risk])),
    h("span", { class: "visually-hidden" }, t(RISK_SPOKEN[r.risk]))));
}

// PHQ-9 and GAD-7 always; the BAM when it says there was use, the screens (AUDIT-C, C-SSRS) when
// positive: "no use" and a negative screen are not news, and 40 rows stay one line high (two
// at most). A C-SSRS "score" is a risk level, said in words.
const SHOWN = { bam: (score) => score.level >= 3, auditc: (score) => score.level >= 2, cssrs: (score) => score.level >= 1 };
const CSSRS_RISK = { 1: N_("C-SSRS low"), 2: N_("C-SSRS moderate"), 3: N_("C-SSRS moderate"), 4: N_("C-SSRS high") };
const CSSRS_SPOKEN = { 1: N_("C-SSRS: low risk"), 2: N_("C-SSRS: moderate risk"), 3: N_("C-SSRS: moderate risk"), 4: N_("C-SSRS: high risk") };

// "PHQ-9 12 ▲4" for the eye; "PHQ-9 12, up 4 since the last one" for a screen reader. The chip's
// colour is its band's level (the words carry the meaning).
// At most two chips (40 rows stay short): a positive C-SSRS first, then the most severe bands;
// they keep the server's order, and "+1" says there is more on the chart.
const MOST_CHIPS = 2;
function scoresCell(r) {
  const worth = r.scores.filter((score) => !SHOWN[score.instrument] || SHOWN[score.instrument](score));
  if (!worth.length) return h("td", { class: "col-scores" }, h("span", { class: "hint" }, "—"));
  const rank = (score) => (score.instrument === "cssrs" ? 10 : score.level);
  const picked = new Set([...worth].sort((a, b) => rank(b) - rank(a)).slice(0, MOST_CHIPS));
  const shown = worth.filter((score) => picked.has(score));
  const more = worth.length - shown.length;
  return h("td", { class: "col-scores" }, h("ul", { class: "score-chips" }, shown.map((score) => {
    const level = `level-chip level-${Math.max(0, Math.min(4, score.level))}`;
    if (score.instrument === "cssrs") {
      return h("li", { class: level, "data-instrument": score.instrument },
        h("span", { "aria-hidden": "true" }, t(CSSRS_RISK[score.level] || CSSRS_RISK[4])),
        h("span", { class: "visually-hidden" }, t(CSSRS_SPOKEN[score.level] || CSSRS_SPOKEN[4])));
    }
    const values = { name: score.name, score: score.score, change: Math.abs(score.change ?? 0).toLocaleString(locale()) };
    const spoken = score.change === null ? t("{name} {score}, the first one", values)
      : score.change > 0 ? t("{name} {score}, up {change} since the last one", values)
        : score.change < 0 ? t("{name} {score}, down {change} since the last one", values)
          : t("{name} {score}, the same as the last one", values);
    const mark = score.change ? `${score.change > 0 ? "▲" : "▼"}${values.change}` : "";
    return h("li", { class: level, "data-instrument": score.instrument },
      h("span", { "aria-hidden": "true" }, `${score.name} ${score.score}`, mark ? h("span", { class: "mark" }, mark) : null),
      h("span", { class: "visually-hidden" }, spoken));
  }), more ? h("li", { class: "more-scores" }, h("span", { "aria-hidden": "true" }, `+${more}`),
    h("span", { class: "visually-hidden" }, tn(more, "and {count} more on the chart", "and {count} more on the chart"))) : null));
}

function hoursCell(r) {
  if (!r.hours) return h("td", { class: "col-hours" }, h("span", { class: "hint" }, t("Not enrolled")));
  const { attended_minutes: done, minimum_minutes: min } = r.hours;
  const share = Math.min(100, Math.round((done / (min || 1)) * 100));
  return h("td", { class: `col-hours${r.short ? " short" : ""}${r.cannotReach ? " cannot-reach" : ""}` },
    h("span", { class: "hours-bar", "aria-hidden": "true" }, h("span", { class: `fill w${Math.round(share / 5) * 5}` })),
    h("span", { class: "hours-text" }, t("{done} of {minimum} h", { done: hoursNumber(done), minimum: hoursNumber(min) })),
    r.cannotReach ? h("span", { class: "flag" }, " ", h("span", { "aria-hidden": "true" }, t("can't reach")),
      h("span", { class: "visually-hidden" }, t("can't reach the minimum this week"))) : null);
}

const hoursNumber = (minutes) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(minutes / 60);

// Within the coming week a weekday says enough ("Tue 6:00 PM"); later, the date ("Dec 14").
function soon(iso, zone) {
  const days = (new Date(iso) - Date.now()) / 864e5;
  const today = localDate(new Date().toISOString(), zone);
  const on = localDate(iso, zone);
  const day = on === today ? t("Today") : on === addDays(today, 1) ? t("Tomorrow") : days < 6
    ? new Intl.DateTimeFormat(locale(), { weekday: "short", timeZone: zone || undefined }).format(new Date(iso))
    : new Intl.DateTimeFormat(locale(), { month: "short", day: "numeric", timeZone: zone || undefined }).format(new Date(iso));
  return t("{day} {time}", { day, time: time(iso, zone) });
}

function reviewCell(r) {
  if (!r.toReview) return h("td", { class: "col-review" }, h("span", { class: "hint" }, "—"));
  // The pressing ones named; "normal" goes without saying.
  const parts = [
    r.unreviewed.urgent ? tn(r.unreviewed.urgent, "{count} urgent", "{count} urgent") : null,
    r.unreviewed.high ? tn(r.unreviewed.high, "{count} high", "{count} high") : null,
  ].filter(Boolean);
  return h("td", { class: "col-review" }, h("span", { class: "count" }, r.toReview.toLocaleString(locale())),
    parts.length ? h("span", { class: "flag" }, ` (${parts.join(", ")})`) : null);
}

function tableRow(r, zone, go) {
  const href = `#/clients/${r.id}`;
  const flags = [r.alertOpen ? t("Urgent alert not acknowledged") : null, r.missed ? t("Check-ins missed") : null,
    r.overdue ? tn(r.overdue, "{count} homework overdue", "{count} homework overdue") : null].filter(Boolean);
  const tr = h("tr", { "data-client": r.id, class: r.attention ? "attention" : null },
    h("th", { scope: "row", class: "col-name" }, h("a", { href }, r.name),
      flags.length ? h("span", { class: "row-flags" }, flags.join(" · ")) : null),
    h("td", { class: "col-track" }, r.track || h("span", { class: "hint" }, "—")),
    riskCell(r),
    scoresCell(r),
    h("td", { class: `col-last${r.missed ? " missed" : ""}` }, r.last ? shortDay(`${r.last}T12:00:00Z`, "UTC") : t("None yet")),
    hoursCell(r),
    reviewCell(r),
    h("td", { class: "col-session" }, r.nextSession ? soon(r.nextSession, zone) : h("span", { class: "hint" }, "—")),
    h("td", { class: "col-test" }, r.nextTest
      ? [shortDay(`${r.nextTest}T12:00:00Z`, "UTC"), r.testOverdue ? h("span", { class: "flag" }, ` · ${t("overdue")}`) : null]
      : h("span", { class: "hint" }, "—")));
  // A click anywhere on the row opens the chart; the name's link is what the keyboard uses.
  tr.addEventListener("click", (event) => {
    if (event.target.closest("a, button, input, select")) return;
    if (window.getSelection()?.toString()) return; // someone selecting text to copy
    go(href);
  });
  return tr;
}

// #/sessions is this week's sessions, #/sessions/week/2026-11-23 another week's, and
// #/sessions/12 the roster of session 12.
export async function sessionsScreen(context) {
  const [first, second] = context.params;
  if (first && first !== "week") return rosterScreen(context, Number(first));
  const zone = context.user.timezone;
  const monday = first === "week" && /^\d{4}-\d{2}-\d{2}$/.test(second || "")
    ? mondayOf(second) : mondayOf(localDate(new Date().toISOString(), zone));
  const sunday = addDays(monday, 6);
  const all = await api.staffSessions(monday, 7);
  const week = all.filter((occurrence) => {
    const day = localDate(occurrence.starts_at, zone);
    return day >= monday && day <= sunday;
  });
  const rosterLink = (occurrence) => h("p", {},
    h("a", { class: "button secondary", href: `#/sessions/${occurrence.id}` },
      h("span", { "aria-hidden": "true" }, t("Roster")),
      h("span", { class: "visually-hidden" }, t("Roster for {title}, {time}",
        { title: occurrence.title, time: timeRange(occurrence.starts_at, occurrence.ends_at, zone) }))));
  return h("section", { class: "sessions-screen ws-wide" },
    heading(t("Sessions")),
    h("p", { class: "role" }, t("Week of {day}", { day: dayLabel(monday) })),
    h("nav", { class: "actions row", "aria-label": t("Weeks") },
      h("a", { class: "button secondary", href: `#/sessions/week/${addDays(monday, -7)}` }, t("Previous week")),
      h("a", { class: "button secondary", href: `#/sessions/week/${addDays(monday, 7)}` }, t("Next week"))),
    agenda(week, zone, { extra: (occurrence) => (occurrence.status === "cancelled" ? null : rosterLink(occurrence)) }));
}

// One session's roster: a compact row per person (marks, minutes, what is recorded), so a group
// of 15 fits one laptop screen. The server records attendance only once the session has started
// (and never for a cancelled one), so before then the roster is shown read-only.
async function rosterScreen({ user, announce }, id) {
  let data = await api.roster(id);
  const zone = user.timezone;
  const session = data.occurrence;
  const length = Math.round((new Date(session.ends_at) - new Date(session.starts_at)) / 60000);
  const future = new Date(session.starts_at) > new Date();
  const cancelled = session.status === "cancelled";
  const locked = future || cancelled;
  const error = h("p", { id: "roster-error", class: "form-error", "aria-live": "assertive" });
  const body = h("tbody", {});
  const save = h("button", { type: "submit", class: "button primary", disabled: locked }, t("Save attendance"));
  const everyone = h("button", { type: "button", class: "button secondary", disabled: locked, onClick: allPresent },
    t("Mark everyone present"));

  function render() {
    body.replaceChildren(...data.roster.map((entry) => rosterRow(entry, length, locked)));
    everyone.hidden = !data.roster.length;
  }

  // Everyone not yet marked becomes present (for the whole session); marks already chosen stay.
  function allPresent() {
    for (const tr of body.querySelectorAll("tr[data-client]")) {
      if (!tr.querySelector("input[type=radio]:checked")) tr.querySelector("input[value=present]").checked = true;
    }
    announce(t("Everyone not marked yet is marked present. Save to record it."));
  }

  async function submit(event) {
    event.preventDefault();
    if (save.disabled) return;
    const marks = [];
    for (const tr of body.querySelectorAll("tr[data-client]")) {
      const status = tr.querySelector("input[type=radio]:checked")?.value;
      if (!status) continue;
      const minutes = tr.querySelector("input[type=number]").value.trim();
      const mark = { client_id: Number(tr.dataset.client), status };
      if (minutes !== "" && (status === "present" || status === "late")) mark.minutes = Number(minutes);
      marks.push(mark);
    }
    if (!marks.length) {
      error.textContent = t("Choose present, late, absent or excused for at least one person.");
      return;
    }
    error.textContent = "";
    save.disabled = true;
    try {
      data = await api.markAttendance(id, marks);
      render();
      announce(t("Attendance saved."));
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
    } finally {
      save.disabled = false;
    }
  }

  render();
  const state = cancelled
    ? h("p", { class: "badge cancelled-badge" }, t("Cancelled"))
    : future ? h("p", { class: "notice roster-locked" }, t("Opens when the session starts, {day} at {time}. Until then the roster is read-only.",
      { day: shortDay(session.starts_at, zone), time: time(session.starts_at, zone) }))
      : null;
  return h("section", { class: `roster ws-wide${locked ? " read-only" : ""}` },
    heading(session.title),
    h("p", { class: "session-time" }, `${dayLabel(localDate(session.starts_at, zone))}, ${timeRange(session.starts_at, session.ends_at, zone)}`,
      session.location ? ` · ${session.location}` : ""),
    state,
    data.roster.length
      ? h("form", { class: "roster-form", novalidate: true, onSubmit: submit, "aria-describedby": "roster-error roster-hint" },
        h("p", { class: "hint", id: "roster-hint" },
          t("{length} long. Present without minutes counts the whole session; a late arrival needs the minutes attended.", { length: duration(length) })),
        h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-labelledby": "roster-caption" },
          h("table", { class: "ws-table roster-table" },
            h("caption", { id: "roster-caption", class: "visually-hidden" },
              t("Attendance, {expected}", { expected: tn(data.roster.length, "{count} expected", "{count} expected") })),
            h("thead", {}, h("tr", {}, [t("Name"), t("Attendance"), t("Minutes"), t("Recorded")].map((name) => h("th", { scope: "col" }, name)))),
            body)),
        error,
        h("div", { class: "actions row" }, save, everyone))
      : h("p", { class: "notice" }, t("Nobody is expected at this session.")),
    user.role === "counselor" && !cancelled
      ? h("p", {}, h("a", { class: "button secondary", href: `#/homework/assign/session/${id}` }, t("Assign homework")))
      : null,
    h("p", { class: "back" }, h("a", { href: "#/sessions" }, t("Back to sessions"))));
}

const MARK_NAMES = Object.fromEntries(MARKS);

function rosterRow(entry, length, locked) {
  const key = `c${entry.client_id}`;
  return h("tr", { "data-client": entry.client_id },
    h("th", { scope: "row", id: `${key}-name` }, entry.name),
    h("td", {}, h("fieldset", { class: "segmented", disabled: locked },
      h("legend", { class: "visually-hidden" }, t("Attendance for {name}", { name: entry.name })),
      MARKS.map(([value, label]) => h("label", { class: "segment" },
        h("input", { type: "radio", name: `${key}-status`, value, checked: entry.status === value }), h("span", {}, t(label)))))),
    h("td", {}, h("label", { class: "visually-hidden", for: `${key}-minutes` }, t("Minutes attended by {name}", { name: entry.name })),
      h("input", { id: `${key}-minutes`, class: "minutes-input", type: "number", inputmode: "numeric", min: 0, max: length,
        value: entry.minutes ?? "", disabled: locked, placeholder: String(length) })),
    h("td", { class: "recorded" }, entry.status
      ? `${MARK_NAMES[entry.status] ? t(MARK_NAMES[entry.status]) : entry.status}${entry.minutes != null && (entry.status === "present" || entry.status === "late") ? `, ${duration(entry.minutes)}` : ""}`
      : h("span", { class: "hint" }, t("Not recorded"))));
}
