// Counselor screens for check-ins (loaded only for staff): the review queue grouped by client
// (#/queue), with the questionnaires worth a look above it, and one check-in beside the client's
// last 14 days (#/queue/{id}). The client's
// chart (#/clients/{id}/…) lives in chart.js; clientScreen is re-exported for the route.
//
// Keyboard (never while typing in a field): on the queue j/k move, Enter opens, x selects for
// "Mark reviewed", r reviews the selected one, n jumps to the next client, ? lists the keys; on a
// check-in, n opens the next one and b goes back to the queue.
//
// After a review every open view of that check-in follows: this tab's screens directly, other
// tabs of the app through a BroadcastChannel ("companion-reviews"), and the navigation's counts
// through the frame's refreshCounts().
import { api } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { MOODS, dayLabel, localDate, shortDay, time, when } from "../format.js";
import { N_, locale, t, tn, use } from "../i18n.js";
import { waitingHomeworkList } from "./assignments.js";
import { rememberQueuePlace, queuePlace } from "./chart.js";
import { alertText, levelChip, sortableTable } from "./instruments.js";

await use("views/review");

export { clientScreen } from "./chart.js";

const RISKS = { urgent: N_("Urgent"), high: N_("High"), normal: N_("Normal") };
// The same level said whole, for a screen reader and for the day's earlier answers.
const RISK_NAMES = { urgent: N_("Urgent risk"), high: N_("High risk"), normal: N_("Normal risk") };
const RANK = { urgent: 3, high: 2, normal: 1 };
const MEDICATION = { yes: N_("Taken"), no: N_("Not taken"), not_prescribed: N_("None prescribed") };
// The badge shows the level; a screen reader hears the whole name ("Urgent risk").
export const riskBadge = (risk) => h("span", { class: `badge risk-${risk}` },
  h("span", { "aria-hidden": "true" }, t(RISKS[risk])), h("span", { class: "visually-hidden" }, t(RISK_NAMES[risk])));
const mood = (c) => t(MOODS[c.mood - 1]);
const brief = (c) => (c.used
  ? t("Mood {mood} of 5 ({feeling}), craving {craving} of 10, used", { mood: c.mood, feeling: mood(c), craving: c.craving })
  : t("Mood {mood} of 5 ({feeling}), craving {craving} of 10, no use", { mood: c.mood, feeling: mood(c), craving: c.craving }));
const yesNo = (yes) => (yes ? t("Yes") : t("No"));

// --- reviews reach every open view ------------------------------------------------------------

const listeners = new Set();
let recount = null; // the frame's refreshCounts, from the last screen drawn here
let channel = null;
try {
  channel = new BroadcastChannel("companion-reviews");
  channel.addEventListener("message", (event) => {
    if (event.data?.type !== "reviewed" || !Array.isArray(event.data.items)) return;
    tell(event.data.items, false);
    recount?.(); // this tab's navigation counts too
  });
} catch {
  channel = null; // an old browser: other tabs catch up when they are next opened
}

// `items`: the reviewed check-ins as the server now has them (id, reviewed_at, counselor_note).
function tell(items, here) {
  for (const listener of [...listeners]) {
    if (!listener.node.isConnected) listeners.delete(listener);
    else listener.reviewed(items, here);
  }
}

function onReviewed(node, reviewed) {
  listeners.add({ node, reviewed });
}

function reviewedEverywhere(items, refreshCounts) {
  tell(items, true);
  channel?.postMessage({ type: "reviewed", items: items.map(({ id, reviewed_at: at, counselor_note: note }) =>
    ({ id, reviewed_at: at, counselor_note: note })) });
  refreshCounts?.();
}

// --- who an urgent check-in's alert reached ---------------------------------------------------

// "Reached Dana Reyes and Sam Okafor · Acknowledged by Dana Reyes at 6:05 PM", or "… · Not
// acknowledged yet".
const names = (list) => new Intl.ListFormat(locale(), { type: "conjunction" }).format(list);

function acknowledgedLine(alert, zone) {
  const at = alert.acknowledged_at;
  const values = { name: alert.acknowledged_by, day: shortDay(at, zone), time: time(at, zone) };
  const sameDay = localDate(at, zone) === localDate(new Date().toISOString(), zone);
  if (alert.acknowledged_by) {
    return sameDay ? t("Acknowledged by {name} at {time}", values) : t("Acknowledged by {name} on {day} at {time}", values);
  }
  return sameDay
    ? t("Acknowledged by a former staff member at {time}", values)
    : t("Acknowledged by a former staff member on {day} at {time}", values);
}

function alertLine(alert, zone) {
  if (!alert) return null;
  const reached = alert.reached.length ? t("Reached {names}", { names: names(alert.reached) }) : t("Reached nobody yet");
  const acknowledged = alert.acknowledged_at ? acknowledgedLine(alert, zone) : t("Not acknowledged yet");
  return h("p", { class: `alert-state${alert.acknowledged_at ? "" : " open"}` }, `${reached} · ${acknowledged}`);
}

// "Updated twice today, risk rose to high at 6:05 PM": a day's check-in sent again.
export function updatesLine(checkin, history, zone) {
  const count = checkin.revisions || 0;
  if (!count) return "";
  const today = checkin.local_date === localDate(new Date().toISOString(), zone);
  const updates = updatedTimes(count, today);
  if (history?.length) {
    // Oldest first, the current answers last (sent when the entry was last updated).
    const versions = [...history].reverse().map((v) => ({ risk: v.risk, at: v.submitted_at }));
    versions.push({ risk: checkin.risk, at: checkin.updated_at });
    const rose = versions.findIndex((v, i) => i > 0 && RANK[v.risk] > RANK[versions[i - 1].risk] && v.risk === checkin.risk);
    if (rose > 0 && versions[rose].at) {
      // Risk only rises to high or urgent.
      const values = { updates, time: time(versions[rose].at, zone) };
      return checkin.risk === "urgent"
        ? t("{updates}, risk rose to urgent at {time}", values)
        : t("{updates}, risk rose to high at {time}", values);
    }
  } else if (checkin.updated_at) {
    return t("{updates}, last at {time}", { updates, time: time(checkin.updated_at, zone) });
  }
  return updates;
}

// "Updated once", "Updated twice today", "Updated 4 times".
function updatedTimes(count, today) {
  if (count === 1) return today ? t("Updated once today") : t("Updated once");
  if (count === 2) return today ? t("Updated twice today") : t("Updated twice");
  return today ? t("Updated {count} times today", { count }) : t("Updated {count} times", { count });
}

// --- the queue ---------------------------------------------------------------------------------

// A key typed into a field (text, a list, a number) is the field's, never a shortcut.
const typing = (event) => event.target.closest?.(
  "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable=true], [contenteditable='']")
  || event.ctrlKey || event.metaKey || event.altKey;

// The keys stay the same in every language; what they do is translated where it is shown.
const SHORTCUTS = [
  ["j", N_("Next check-in")], ["k", N_("Previous check-in")], ["Enter", N_("Open the selected check-in")],
  ["x", N_("Select or unselect it for Mark reviewed (normal risk only)")],
  ["r", N_("Review the selected check-in (a normal one at once; a high or urgent one opens)")],
  ["n", N_("Next client")], ["?", N_("Show or hide these shortcuts")],
];

function shortcutList(id, rows) {
  return h("div", { class: "shortcuts", id, hidden: true },
    h("h2", {}, t("Keyboard shortcuts")),
    h("p", { class: "hint" }, t("They work when you are not typing in a field.")),
    h("dl", { class: "details shortcut-list" }, rows.flatMap(([key, what]) => [h("dt", {}, h("kbd", {}, key)), h("dd", {}, t(what))])));
}

export async function queueScreen(context) {
  if (context.params[0]) return checkinScreen(context, context.params[0]);
  const { user, announce, go, refreshCounts } = context;
  recount = refreshCounts;
  const zone = user.timezone;
  const counselor = user.role === "counselor"; // homework is reviewed by counselors only
  // The questionnaires' list failing leaves the check-ins workable (it says why, in its place).
  const [first, homework, questionnaires] = await Promise.all([api.reviewQueue(), counselor ? api.waitingHomework() : null,
    api.measureQueue().catch((err) => (err.status === 401 ? Promise.reject(err) : { failed: err.detail || "" }))]);
  let counts = first.counts;
  let cursor = first.next_cursor;
  const items = [...first.items];
  const selected = new Set();
  const groups = h("ol", { class: "queue-groups", "aria-labelledby": "queue-checkins" });
  const countLine = h("p", { class: "counts" });
  const error = h("p", { class: "form-error", "aria-live": "polite" });
  const more = h("button", { type: "button", class: "button secondary", hidden: !cursor, onClick: loadMore }, t("Load more"));
  const help = shortcutList("queue-shortcuts", SHORTCUTS);
  const helpButton = h("button", { type: "button", class: "button secondary small", "aria-expanded": "false",
    "aria-controls": "queue-shortcuts", onClick: () => toggleHelp() }, t("Keyboard shortcuts"));
  const bulk = bulkPanel();
  const expanded = new Set();

  function toggleHelp(show = help.hidden) {
    help.hidden = !show;
    helpButton.setAttribute("aria-expanded", String(show));
  }

  function showCounts() {
    countLine.textContent = t("Waiting for review: {urgent} urgent, {high} high, {normal} normal.", counts);
  }

  // One client's check-ins are one group, in the queue's order (urgent and high first): the
  // group sits where its most pressing check-in sits.
  function render() {
    const byClient = new Map();
    for (const item of items) {
      if (!byClient.has(item.client_id)) byClient.set(item.client_id, []);
      byClient.get(item.client_id).push(item);
    }
    groups.replaceChildren(...[...byClient.values()].map((list) => group(list)));
    if (!items.length) groups.replaceChildren(h("li", { class: "notice" }, t("No check-ins are waiting for review.")));
    bulk.update();
  }

  function group(list) {
    const [top] = list;
    const clientId = top.client_id;
    const open = expanded.has(clientId);
    const rest = list.length - 1;
    const id = `queue-group-${clientId}`;
    const values = { name: top.client_name };
    const toggle = rest
      ? h("button", { type: "button", class: "button secondary small group-toggle", "aria-expanded": String(open), "aria-controls": id, // not text
        "aria-label": open ? tn(rest, "Hide {count} more from {name}", "Hide {count} more from {name}", values)
          : tn(rest, "Show {count} more from {name}", "Show {count} more from {name}", values),
        onClick: () => {
          if (expanded.has(clientId)) expanded.delete(clientId);
          else expanded.add(clientId);
          const focused = document.activeElement?.closest?.("[data-checkin]")?.dataset.checkin;
          render();
          const again = groups.querySelector(`[data-client="${clientId}"] .group-toggle`);
          again?.focus();
          if (focused && !again) groups.querySelector(`[data-checkin="${focused}"] a`)?.focus();
        } },
      open ? tn(rest, "Hide {count} more", "Hide {count} more") : tn(rest, "Show {count} more", "Show {count} more"))
      : null;
    return h("li", { class: `queue-group risk-${top.risk}`, "data-client": clientId },
      h("ul", { class: "group-items", id }, list.map((item, index) => queueItem(item, index === 0 || open))),
      rest ? h("p", { class: "group-more" },
        tn(list.length, "{name} has {count} check-in waiting.", "{name} has {count} check-ins waiting.", values), " ", toggle) : null);
  }

  function queueItem(item, shown) {
    const box = item.risk === "normal"
      ? h("input", { type: "checkbox", class: "pick", id: `pick-${item.id}`, checked: selected.has(item.id),
        onChange: (event) => { if (event.target.checked) selected.add(item.id); else selected.delete(item.id); bulk.update(); } })
      : null;
    const updated = updatesLine(item, null, zone);
    return h("li", { class: `queue-item risk-${item.risk}`, "data-checkin": item.id, hidden: !shown },
      h("div", { class: "pick-cell" }, box
        ? h("label", { class: "pick-label", for: `pick-${item.id}` }, box,
          h("span", { class: "visually-hidden" }, t("Select {name}, {day}", { name: item.client_name, day: dayLabel(item.local_date) })))
        : null),
      h("p", { class: "badges" }, riskBadge(item.risk),
        item.safety_concern ? h("span", { class: "badge alert-badge" }, t("Safety concern")) : null),
      h("h3", { class: "item-title" }, h("a", { href: `#/queue/${item.id}`, onClick: () => rememberQueuePlace(item.id, item.client_id, after(item.id)),
        "aria-label": t("{name}, check-in of {day}", { name: item.client_name, day: dayLabel(item.local_date) }) },
        item.client_name)),
      h("p", { class: "item-brief" }, brief(item)),
      h("p", { class: "hint item-when" },
        t("{day}, sent {time}", { day: shortDay(`${item.local_date}T12:00:00Z`, "UTC"), time: time(item.submitted_at, zone) }),
        updated ? h("span", { class: "updated" }, ` · ${updated}`) : null),
      alertLine(item.alert, zone));
  }

  // The item after this one in the queue, for coming back when this one has been reviewed.
  const after = (id) => {
    const at = items.findIndex((item) => item.id === id);
    return items[at + 1]?.id ?? items[at - 1]?.id ?? null;
  };

  async function loadMore() {
    if (more.disabled) return;
    more.disabled = true;
    try {
      const page = await api.reviewQueue(cursor);
      const known = new Set(items.map((item) => item.id));
      const added = page.items.filter((item) => !known.has(item.id));
      items.push(...added);
      cursor = page.next_cursor;
      more.hidden = !cursor;
      render();
      if (added[0]) groups.querySelector(`[data-checkin="${added[0].id}"] a`)?.focus();
    } catch (err) {
      error.textContent = err.detail;
    } finally {
      more.disabled = false;
    }
  }

  // Reviewed here, in another view or in another tab: the item leaves the queue.
  function removeReviewed(reviewed) {
    const gone = new Set(reviewed.filter((c) => c.reviewed_at).map((c) => c.id));
    const focusedId = document.activeElement?.closest?.("[data-checkin]")?.dataset.checkin;
    let focusNext = null;
    if (focusedId && gone.has(focusedId)) {
      const visible = visibleItems().map((li) => li.dataset.checkin);
      focusNext = visible.slice(visible.indexOf(focusedId) + 1).find((id) => !gone.has(id))
        || visible.slice(0, visible.indexOf(focusedId)).reverse().find((id) => !gone.has(id)) || null;
    }
    for (let i = items.length - 1; i >= 0; i -= 1) {
      if (gone.has(items[i].id)) {
        counts = { ...counts, [items[i].risk]: Math.max(0, (counts[items[i].risk] || 0) - 1) };
        items.splice(i, 1);
      }
    }
    for (const id of gone) selected.delete(id);
    showCounts();
    render();
    if (focusNext) groups.querySelector(`[data-checkin="${focusNext}"] a`)?.focus();
    else if (focusedId && gone.has(focusedId)) groups.closest("section")?.querySelector("h1")?.focus();
  }

  // --- bulk: normal-risk check-ins, one note -------------------------------------------------

  function bulkPanel() {
    const button = h("button", { type: "button", class: "button secondary", disabled: true, onClick: ask }, t("Mark reviewed…"));
    const all = h("button", { type: "button", class: "button secondary", onClick: pickAll }, t("Select all normal"));
    const note = h("textarea", { id: "bulk-note", rows: 2, maxlength: 2000, "aria-describedby": "bulk-note-hint" });
    const question = h("h2", { id: "bulk-question", tabindex: "-1" });
    const yes = h("button", { type: "submit", class: "button primary" });
    const problem = h("p", { class: "form-error", id: "bulk-error", "aria-live": "assertive" });
    const confirm = h("form", { class: "bulk-confirm stack", hidden: true, novalidate: true, onSubmit: send, "aria-labelledby": "bulk-question" },
      question,
      h("div", { class: "field" }, h("label", { for: "bulk-note" }, t("One note for all of them (optional)")),
        h("p", { class: "hint", id: "bulk-note-hint" }, t("Each client sees it with their check-in.")), note),
      problem,
      h("div", { class: "row" }, yes, h("button", { type: "button", class: "button secondary", onClick: cancel }, t("Cancel"))));
    const status = h("span", { class: "bulk-count" });
    const panel = h("div", { class: "bulk" }, h("div", { class: "bulk-bar" }, status, button, all), confirm);

    function pickAll() {
      for (const item of items) if (item.risk === "normal") selected.add(item.id);
      render();
      announce(tn(selected.size, "{count} normal-risk check-in selected.", "{count} normal-risk check-ins selected."));
    }
    function ask() {
      if (!selected.size) return;
      const n = selected.size;
      question.textContent = tn(n, "Mark {count} check-in reviewed?", "Mark {count} check-ins reviewed?");
      // Not tn: the catalog's scanner cannot read a comma inside tn's first form.
      yes.textContent = n === 1 ? t("Yes, mark it reviewed") : t("Yes, mark {count} reviewed", { count: n.toLocaleString(locale()) });
      problem.textContent = "";
      confirm.hidden = false;
      question.focus();
    }
    function cancel() {
      confirm.hidden = true;
      button.focus();
    }
    async function send(event) {
      event.preventDefault();
      if (yes.disabled) return;
      yes.disabled = true;
      try {
        const answer = await api.reviewMany([...selected], note.value.trim());
        const done = answer.items.length;
        note.value = "";
        confirm.hidden = true;
        reviewedEverywhere(answer.items, refreshCounts);
        // Reviewed meanwhile somewhere else: they leave the queue as well.
        if (answer.already_reviewed?.length) removeReviewed(answer.already_reviewed.map((id) => ({ id, reviewed_at: true })));
        announce(tn(done, "{count} check-in marked reviewed.", "{count} check-ins marked reviewed."));
        groups.closest("section")?.querySelector("h1")?.focus();
      } catch (err) {
        problem.textContent = err.detail || t("Marking them reviewed failed. Please try again.");
      } finally {
        yes.disabled = false;
      }
    }
    return Object.assign(panel, {
      update() {
        const n = selected.size;
        status.textContent = n ? tn(n, "{count} selected", "{count} selected") : t("Select normal-risk check-ins to mark them reviewed together.");
        button.disabled = !n;
        all.hidden = !items.some((item) => item.risk === "normal" && !selected.has(item.id));
        if (!n) confirm.hidden = true;
      },
    });
  }

  // --- keys ----------------------------------------------------------------------------------

  const visibleItems = () => [...groups.querySelectorAll("li.queue-item:not([hidden])")];
  const current = () => document.activeElement?.closest?.("li.queue-item");

  function move(step) {
    const list = visibleItems();
    if (!list.length) return;
    const at = list.indexOf(current());
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    list[next].querySelector("a").focus();
  }

  function nextClient() {
    const all = [...groups.querySelectorAll("li.queue-group")];
    const at = all.indexOf(current()?.closest("li.queue-group"));
    all[Math.min(all.length - 1, at + 1)]?.querySelector("li.queue-item a")?.focus();
  }

  async function reviewSelected() {
    const li = current();
    if (!li) return;
    const item = items.find((entry) => entry.id === li.dataset.checkin);
    if (!item) return;
    if (item.risk !== "normal") {
      rememberQueuePlace(item.id, item.client_id);
      go(`#/queue/${item.id}`);
      return;
    }
    try {
      const reviewed = await api.review(item.id, "");
      reviewedEverywhere([reviewed], refreshCounts);
      announce(t("Marked reviewed: {name}, {day}.", { name: item.client_name, day: dayLabel(item.local_date) }));
    } catch (err) {
      error.textContent = err.detail;
    }
  }

  function keys(event) {
    if (!section.isConnected) return document.removeEventListener("keydown", keys);
    if (typing(event) || event.defaultPrevented) return;
    const actions = {
      j: () => move(1), k: () => move(-1), n: nextClient, r: reviewSelected, "?": () => toggleHelp(),
      x: () => current()?.querySelector("input.pick")?.click(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }
  document.addEventListener("keydown", keys);

  showCounts();
  render();
  const section = h("section", { class: "review-queue ws-wide" },
    h("div", { class: "ws-titlebar" }, heading(t("Review queue")), helpButton),
    counselor ? null : h("p", { class: "hint" }, t("Urgent check-ins come here when nobody on the client's care team or on call could see them.")),
    help,
    measureQueue(questionnaires, zone),
    h("h2", { id: "queue-checkins" }, t("Check-ins")),
    countLine,
    bulk,
    groups,
    h("div", { class: "actions" }, more), error,
    counselor ? [h("h2", {}, t("Homework")), waitingHomeworkList(homework, zone)] : null);
  onReviewed(section, (reviewed) => removeReviewed(reviewed));

  // Back from a check-in: the same place, that item (or the one after it) focused.
  const place = queuePlace();
  if (place?.checkin) {
    const target = groups.querySelector(`[data-checkin="${place.checkin}"]`) ? place.checkin : place.next;
    let link = target && groups.querySelector(`[data-checkin="${target}"]:not([hidden]) a`);
    if (target && !link) {
      // A later item of a collapsed group (folded away, or not drawn): open the group.
      const owner = items.find((item) => item.id === target);
      if (owner) {
        expanded.add(owner.client_id);
        render();
        link = groups.querySelector(`[data-checkin="${target}"] a`);
      }
    }
    link?.setAttribute("data-focus", "");
  }
  return section;
}

// --- questionnaires worth a look -------------------------------------------------------------------

// Responses with a safety answer (first, as the server sends them), a severe band or a change for
// the worse, not looked at yet: each opens item by item (#/responses/{id}), which acknowledges
// its urgent alert.
function measureQueue(items, zone) {
  if (!Array.isArray(items)) {
    return h("section", { class: "measure-queue", "aria-labelledby": "queue-questionnaires" },
      h("h2", { id: "queue-questionnaires" }, t("Questionnaires worth a look")),
      h("p", { class: "form-error" }, items.failed || t("The questionnaires could not be loaded. Please try again.")));
  }
  const safety = items.filter((item) => item.safety).length;
  const sent = (item) => when(item.submitted_at, zone);
  const scoreCell = (item) => {
    if (item.instrument === "cssrs") return h("td", { class: "num no-score" }, h("span", { class: "hint" }, "—"));
    if (item.previous_score === null) return h("td", { class: "num", "data-label": t("Score") }, item.score);
    return h("td", { class: "num", "data-label": t("Score") },
      h("span", { "aria-hidden": "true" }, `${item.previous_score} → ${item.score}`),
      h("span", { class: "visually-hidden" }, t("{previous} before, {score} now", { previous: item.previous_score, score: item.score })));
  };
  const columns = [
    { label: N_("Client"), value: (item) => item.client_name.toLowerCase(), cell: (item) => h("th", { scope: "row" },
      h("a", { href: `#/responses/${item.id}`, "aria-label": t("{name}, {instrument} sent {when}", { name: item.client_name, instrument: item.name, when: sent(item) }) },
        item.client_name)) },
    { label: N_("Questionnaire"), value: (item) => item.name, cell: (item) => h("td", {}, item.name,
      item.safety ? [" ", h("span", { class: "badge alert-badge" }, t("Safety answer"))] : null) },
    { label: N_("Score (before → now)"), value: (item) => (item.instrument === "cssrs" ? null : item.score), descending: true, cell: scoreCell },
    { label: N_("Band"), value: (item) => item.level, descending: true, cell: (item) => h("td", {}, levelChip(item.band, item.level)) },
    { label: N_("Sent"), value: (item) => item.submitted_at, cell: (item) => h("td", {}, sent(item)) },
    { label: N_("Urgent alert"), cell: (item) => h("td", { class: `alert-cell${!item.alert ? " no-alert" : item.alert.acknowledged_at ? "" : " open"}` },
      item.alert ? alertText(item.alert, zone, { brief: true }) : h("span", { class: "hint" }, "—")) },
  ];
  return h("section", { class: "measure-queue", "aria-labelledby": "queue-questionnaires" },
    h("h2", { id: "queue-questionnaires" }, t("Questionnaires worth a look")),
    items.length
      ? [h("p", { class: "hint" }, safety
        ? tn(items.length, "{count} waiting, safety answers first ({safety} with a safety answer).", "{count} waiting, safety answers first ({safety} with a safety answer).", { safety })
        : tn(items.length, "{count} waiting: a severe score or a change for the worse.", "{count} waiting: severe scores or changes for the worse.")),
      sortableTable({ caption: t("Questionnaires worth a look (select a heading to sort)"), captionHidden: true, name: "measure-queue-table",
        columns, empty: "", rows: items.map((item) => ({ ...item, attributes: { "data-response": item.id, class: item.safety ? "safety" : null } })) })]
      : h("p", { class: "hint" }, t("No questionnaires are waiting.")));
}

// --- one check-in -------------------------------------------------------------------------------

const row = (label, value) => [h("dt", {}, label), h("dd", {}, value === "" ? "—" : value)];

// The check-in after `id` in the queue's order (reviewed ones have left it), or null.
async function nextInQueue(id) {
  const { items } = await api.reviewQueue();
  const at = items.findIndex((item) => item.id === id);
  const rest = at < 0 ? items : [...items.slice(at + 1), ...items.slice(0, at)];
  return rest.find((item) => item.id !== id) || null;
}

const CHECKIN_KEYS = [["n", N_("Open the next check-in in the queue")], ["b", N_("Back to the queue")], ["?", N_("Show or hide these shortcuts")]];

async function checkinScreen({ announce, user, go, refreshCounts }, id) {
  const data = await api.checkinDetail(id);
  let c = data.checkin;
  const zone = user.timezone;
  recount = refreshCounts;
  rememberQueuePlace(id, data.client_id);
  const review = h("div", { class: "review" });
  const error = h("p", { id: "review-error", class: "form-error", "aria-live": "assertive" });
  const note = h("textarea", { id: "review-note", rows: 3, maxlength: 2000, "aria-describedby": "review-note-hint review-error" });
  const button = h("button", { type: "submit", class: "button secondary", value: "stay" }, t("Mark reviewed"));
  const andNext = h("button", { type: "submit", class: "button primary", value: "next" }, t("Review and next"));
  const recent = recentTable(data.recent, id);
  const help = shortcutList("checkin-shortcuts", CHECKIN_KEYS);

  async function submit(event) {
    event.preventDefault();
    if (button.disabled) return;
    const next = event.submitter?.value === "next";
    button.disabled = andNext.disabled = true;
    error.textContent = "";
    try {
      c = await api.review(id, note.value.trim());
      showReview();
      reviewedEverywhere([c], refreshCounts);
      if (next) {
        const following = await nextInQueue(id);
        if (following) {
          announce(t("Marked reviewed. Next: {name}.", { name: following.client_name }));
          rememberQueuePlace(following.id, following.client_id);
          go(`#/queue/${following.id}`);
          return;
        }
        announce(t("Marked reviewed. The queue is empty."));
      } else {
        announce(t("Marked reviewed."));
      }
    } catch (err) {
      error.textContent = err.detail;
    } finally {
      button.disabled = andNext.disabled = false;
    }
  }

  function showReview() {
    review.replaceChildren(c.reviewed_at
      ? h("p", { class: "notice reviewed" }, t("Reviewed."), " ",
        c.counselor_note ? t("Note for the client: {note}", { note: c.counselor_note }) : t("No note."))
      : h("form", { class: "stack", novalidate: true, onSubmit: submit },
        h("div", { class: "field" }, h("label", { for: "review-note" }, t("Note for the client (optional)")),
          h("p", { class: "hint", id: "review-note-hint" }, t("They see it with this check-in.")), note),
        error, h("div", { class: "row review-buttons" }, andNext, button)));
  }
  showReview();

  const history = data.history || [];
  const updated = updatesLine(c, history, zone);
  const section = h("section", { class: "review-item ws-wide" },
    h("div", { class: "ws-titlebar" }, heading(t("{name}, {day}", { name: data.client_name, day: dayLabel(c.local_date) })),
      h("button", { type: "button", class: "button secondary small", "aria-expanded": "false", "aria-controls": "checkin-shortcuts",
        onClick: (event) => { help.hidden = !help.hidden; event.currentTarget.setAttribute("aria-expanded", String(!help.hidden)); } },
      t("Keyboard shortcuts"))),
    help,
    h("nav", { class: "row checkin-nav", "aria-label": t("Check-in") },
      h("a", { class: "button secondary", href: "#/queue" }, t("Back to the queue")),
      h("a", { class: "button secondary", href: `#/clients/${data.client_id}` }, t("Client details"))),
    h("div", { class: "review-layout" },
      h("div", {},
        h("p", { class: "badges" }, riskBadge(c.risk), c.safety_concern ? h("span", { class: "badge alert-badge" }, t("Safety concern")) : null),
        alertLine(data.alert, zone),
        h("p", { class: "hint sent" }, t("Sent {day} at {time}", { day: shortDay(c.submitted_at, zone), time: time(c.submitted_at, zone) })),
        updated ? h("p", { class: "updates" }, updated) : null,
        h("dl", { class: "details" },
          row(t("Mood"), t("{mood} of 5 ({feeling})", { mood: c.mood, feeling: mood(c) })),
          row(t("Craving to use"), t("{craving} of 10", { craving: c.craving })),
          row(t("Used"), c.used && c.substances.length ? t("Yes: {substances}", { substances: c.substances.join(", ") }) : yesNo(c.used)),
          row(t("Medication"), MEDICATION[c.medication] ? t(MEDICATION[c.medication]) : c.medication),
          row(t("Sleep"), t("{hours} h", { hours: c.sleep_hours.toLocaleString(locale()) })),
          // The check-in's own trigger words are translated; ones the client typed stay as written.
          row(t("Triggers"), c.triggers.map((tag) => t(tag)).join(", ")),
          row(t("What helped"), c.helped),
          row(t("Thoughts of self-harm"), yesNo(c.safety_concern)),
          row(t("Note"), c.note)),
        history.length ? historyList(history, zone) : null,
        review),
      recent));

  // Reviewed in another tab (or by the bulk action there): this view says so at once.
  onReviewed(section, (items) => {
    for (const item of items) {
      const cell = recent.querySelector(`tr[data-checkin="${item.id}"] td.reviewed`);
      if (cell && item.reviewed_at) cell.textContent = t("Yes");
      if (item.id === id && item.reviewed_at && !c.reviewed_at) {
        c = { ...c, reviewed_at: item.reviewed_at, counselor_note: item.counselor_note || "" };
        showReview();
      }
    }
  });

  function keys(event) {
    if (!section.isConnected) return document.removeEventListener("keydown", keys);
    if (typing(event) || event.defaultPrevented) return;
    if (event.key === "b") go("#/queue");
    else if (event.key === "?") section.querySelector("[aria-controls=checkin-shortcuts]").click();
    else if (event.key === "n") {
      nextInQueue(id).then((following) => {
        if (following) go(`#/queue/${following.id}`);
        else announce(t("No other check-in is waiting."));
      }).catch((err) => { error.textContent = err.detail; });
    } else return;
    event.preventDefault();
  }
  document.addEventListener("keydown", keys);
  return section;
}

// The day's earlier answers, newest first, each with the risk it had.
function historyList(history, zone) {
  return h("details", { class: "history" },
    h("summary", {}, t("Earlier answers that day ({count})", { count: history.length })),
    h("ol", { class: "plain-list" }, history.map((v) => h("li", {},
      t("{time}: {risk}. {summary}.", { time: time(v.submitted_at, zone), risk: t(RISK_NAMES[v.risk]), summary: brief(v) }),
      v.reviewed_at ? ` ${t("Reviewed then.")}` : ""))));
}

const RECENT_COLUMNS = [N_("Day"), N_("Mood"), N_("Craving"), N_("Used"), N_("Risk"), N_("Reviewed?")];

function recentTable(recent, current) {
  return h("section", { class: "recent", "aria-labelledby": "recent-title" },
    h("h2", { id: "recent-title" }, t("Last 14 days")),
    // Scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
    recent.length ? h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": t("Last 14 days, table") }, h("table", {},
      h("thead", {}, h("tr", {}, RECENT_COLUMNS.map((name) => h("th", { scope: "col" }, t(name))))),
      h("tbody", {}, recent.map((c) => h("tr", { "data-checkin": c.id, class: c.id === current ? "current" : null },
        h("th", { scope: "row" }, c.id === current
          ? h("span", { "aria-current": "true" }, shortDay(`${c.local_date}T12:00:00Z`, "UTC"), h("span", { class: "visually-hidden" }, ` ${t("(this one)")}`))
          : h("a", { href: `#/queue/${c.id}` }, shortDay(`${c.local_date}T12:00:00Z`, "UTC"))),
        h("td", {}, c.mood), h("td", {}, c.craving), h("td", {}, yesNo(c.used)),
        h("td", {}, t(RISKS[c.risk])), h("td", { class: "reviewed" }, yesNo(c.reviewed_at)))))))
      : h("p", {}, t("No check-ins in these days.")));
}
