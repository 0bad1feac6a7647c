// Counselor screens for check-ins (loaded only for staff): the review queue grouped by client
// (#/queue), and one check-in beside the client's last 14 days (#/queue/{id}). The client's
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
import { MOODS, dayLabel, localDate, shortDay, time } from "../format.js";
import { waitingHomeworkList } from "./assignments.js";
import { rememberQueuePlace, queuePlace } from "./chart.js";

export { clientScreen } from "./chart.js";

const RISKS = { urgent: "Urgent", high: "High", normal: "Normal" };
const RANK = { urgent: 3, high: 2, normal: 1 };
const MEDICATION = { yes: "Taken", no: "Not taken", not_prescribed: "Not prescribed" };
export const riskBadge = (risk) => h("span", { class: `badge risk-${risk}` }, RISKS[risk], h("span", { class: "visually-hidden" }, " risk"));
const brief = (c) => `Mood ${c.mood} of 5 (${MOODS[c.mood - 1]}), craving ${c.craving} of 10, ${c.used ? "used" : "no use"}`;
const TIMES = ["", "once", "twice"];

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
const names = (list) => new Intl.ListFormat("en", { type: "conjunction" }).format(list);

function when(iso, zone) {
  const sameDay = localDate(iso, zone) === localDate(new Date().toISOString(), zone);
  return sameDay ? `at ${time(iso, zone)}` : `on ${shortDay(iso, zone)} at ${time(iso, zone)}`;
}

function alertLine(alert, zone) {
  if (!alert) return null;
  const reached = alert.reached.length ? `Reached ${names(alert.reached)}` : "Reached nobody yet";
  const acknowledged = alert.acknowledged_at
    ? `Acknowledged by ${alert.acknowledged_by || "a former staff member"} ${when(alert.acknowledged_at, zone)}`
    : "Not acknowledged yet";
  return h("p", { class: `alert-state${alert.acknowledged_at ? "" : " open"}` }, `${reached} · ${acknowledged}`);
}

// "Updated twice today, risk rose to high at 6:05 PM": a day's check-in sent again.
export function updatesLine(checkin, history, zone) {
  const count = checkin.revisions || 0;
  if (!count) return "";
  const today = checkin.local_date === localDate(new Date().toISOString(), zone);
  const times = TIMES[count] || `${count} times`;
  let text = `Updated ${times}${today ? " today" : ""}`;
  if (history?.length) {
    // Oldest first, the current answers last (sent when the entry was last updated).
    const versions = [...history].reverse().map((v) => ({ risk: v.risk, at: v.submitted_at }));
    versions.push({ risk: checkin.risk, at: checkin.updated_at });
    const rose = versions.findIndex((v, i) => i > 0 && RANK[v.risk] > RANK[versions[i - 1].risk] && v.risk === checkin.risk);
    if (rose > 0 && versions[rose].at) text += `, risk rose to ${checkin.risk} at ${time(versions[rose].at, zone)}`;
  } else if (checkin.updated_at) {
    text += `, last at ${time(checkin.updated_at, zone)}`;
  }
  return text;
}

// --- the queue ---------------------------------------------------------------------------------

// A key typed into a field (text, a list, a number) is the field's, never a shortcut.
const typing = (event) => event.target.closest?.(
  "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable=true], [contenteditable='']")
  || event.ctrlKey || event.metaKey || event.altKey;

const SHORTCUTS = [
  ["j", "Next check-in"], ["k", "Previous check-in"], ["Enter", "Open the selected check-in"],
  ["x", "Select or unselect it for Mark reviewed (normal risk only)"],
  ["r", "Review the selected check-in (a normal one at once; a high or urgent one opens)"],
  ["n", "Next client"], ["?", "Show or hide these shortcuts"],
];

function shortcutList(id, rows) {
  return h("div", { class: "shortcuts", id, hidden: true },
    h("h2", {}, "Keyboard shortcuts"),
    h("p", { class: "hint" }, "They work when you are not typing in a field."),
    h("dl", { class: "details shortcut-list" }, rows.flatMap(([key, what]) => [h("dt", {}, h("kbd", {}, key)), h("dd", {}, what)])));
}

export async function queueScreen(context) {
  if (context.params[0]) return checkinScreen(context, context.params[0]);
  const { user, announce, go, refreshCounts } = context;
  recount = refreshCounts;
  const zone = user.timezone;
  const counselor = user.role === "counselor"; // homework is reviewed by counselors only
  const [first, homework] = await Promise.all([api.reviewQueue(), counselor ? api.waitingHomework() : null]);
  let counts = first.counts;
  let cursor = first.next_cursor;
  const items = [...first.items];
  const selected = new Set();
  const groups = h("ol", { class: "queue-groups", "aria-labelledby": "queue-checkins" });
  const countLine = h("p", { class: "counts" });
  const error = h("p", { class: "form-error", "aria-live": "polite" });
  const more = h("button", { type: "button", class: "button secondary", hidden: !cursor, onClick: loadMore }, "Load more");
  const help = shortcutList("queue-shortcuts", SHORTCUTS);
  const helpButton = h("button", { type: "button", class: "button secondary small", "aria-expanded": "false",
    "aria-controls": "queue-shortcuts", onClick: () => toggleHelp() }, "Keyboard shortcuts");
  const bulk = bulkPanel();
  const expanded = new Set();

  function toggleHelp(show = help.hidden) {
    help.hidden = !show;
    helpButton.setAttribute("aria-expanded", String(show));
  }

  function showCounts() {
    countLine.textContent = `Waiting for review: ${counts.urgent} urgent, ${counts.high} high, ${counts.normal} normal.`;
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
    if (!items.length) groups.replaceChildren(h("li", { class: "notice" }, "No check-ins are waiting for review."));
    bulk.update();
  }

  function group(list) {
    const [top] = list;
    const clientId = top.client_id;
    const open = expanded.has(clientId);
    const rest = list.length - 1;
    const id = `queue-group-${clientId}`;
    const toggle = rest
      ? h("button", { type: "button", class: "button secondary small group-toggle", "aria-expanded": String(open), "aria-controls": id,
        onClick: () => {
          if (expanded.has(clientId)) expanded.delete(clientId);
          else expanded.add(clientId);
          const focused = document.activeElement?.closest?.("[data-checkin]")?.dataset.checkin;
          render();
          const again = groups.querySelector(`[data-client="${clientId}"] .group-toggle`);
          again?.focus();
          if (focused && !again) groups.querySelector(`[data-checkin="${focused}"] a`)?.focus();
        } },
      open ? `Hide ${rest} more` : `Show ${rest} more`, h("span", { class: "visually-hidden" }, ` from ${top.client_name}`))
      : null;
    return h("li", { class: `queue-group risk-${top.risk}`, "data-client": clientId },
      h("ul", { class: "group-items", id }, list.map((item, index) => queueItem(item, index === 0 || open))),
      rest ? h("p", { class: "group-more" }, `${top.client_name} has ${list.length} check-ins waiting. `, toggle) : null);
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
          h("span", { class: "visually-hidden" }, `Select ${item.client_name}, ${dayLabel(item.local_date)}`))
        : null),
      h("p", { class: "badges" }, riskBadge(item.risk),
        item.safety_concern ? h("span", { class: "badge alert-badge" }, "Safety concern") : null),
      h("h3", { class: "item-title" }, h("a", { href: `#/queue/${item.id}`, onClick: () => rememberQueuePlace(item.id, item.client_id, after(item.id)) },
        item.client_name, h("span", { class: "visually-hidden" }, `, check-in of ${dayLabel(item.local_date)}`))),
      h("p", { class: "item-brief" }, brief(item)),
      h("p", { class: "hint item-when" }, `${shortDay(`${item.local_date}T12:00:00Z`, "UTC")}, sent ${time(item.submitted_at, zone)}`,
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
    const button = h("button", { type: "button", class: "button secondary", disabled: true, onClick: ask }, "Mark reviewed…");
    const all = h("button", { type: "button", class: "button secondary", onClick: pickAll }, "Select all normal");
    const note = h("textarea", { id: "bulk-note", rows: 2, maxlength: 2000, "aria-describedby": "bulk-note-hint" });
    const question = h("h2", { id: "bulk-question", tabindex: "-1" });
    const yes = h("button", { type: "submit", class: "button primary" });
    const problem = h("p", { class: "form-error", id: "bulk-error", "aria-live": "assertive" });
    const confirm = h("form", { class: "bulk-confirm stack", hidden: true, novalidate: true, onSubmit: send, "aria-labelledby": "bulk-question" },
      question,
      h("div", { class: "field" }, h("label", { for: "bulk-note" }, "One note for all of them (optional)"),
        h("p", { class: "hint", id: "bulk-note-hint" }, "Each client sees it with their check-in."), note),
      problem,
      h("div", { class: "row" }, yes, h("button", { type: "button", class: "button secondary", onClick: cancel }, "Cancel")));
    const status = h("span", { class: "bulk-count" });
    const panel = h("div", { class: "bulk" }, h("div", { class: "bulk-bar" }, status, button, all), confirm);

    function pickAll() {
      for (const item of items) if (item.risk === "normal") selected.add(item.id);
      render();
      announce(`${selected.size} normal-risk check-ins selected.`);
    }
    function ask() {
      if (!selected.size) return;
      const n = selected.size;
      question.textContent = `Mark ${n} check-in${n === 1 ? "" : "s"} reviewed?`;
      yes.textContent = `Yes, mark ${n} reviewed`;
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
        announce(`${done} check-in${done === 1 ? "" : "s"} marked reviewed.`);
        groups.closest("section")?.querySelector("h1")?.focus();
      } catch (err) {
        problem.textContent = err.detail || "Marking them reviewed failed. Please try again.";
      } finally {
        yes.disabled = false;
      }
    }
    return Object.assign(panel, {
      update() {
        const n = selected.size;
        status.textContent = n ? `${n} selected` : "Select normal-risk check-ins to mark them reviewed together.";
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
      announce(`Marked reviewed: ${item.client_name}, ${dayLabel(item.local_date)}.`);
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
    h("div", { class: "ws-titlebar" }, heading("Review queue"), helpButton),
    countLine,
    counselor ? null : h("p", { class: "hint" }, "Urgent check-ins come here when nobody on the client's care team or on call could see them."),
    help,
    h("h2", { id: "queue-checkins" }, "Check-ins"),
    bulk,
    groups,
    h("div", { class: "actions" }, more), error,
    counselor ? [h("h2", {}, "Homework"), waitingHomeworkList(homework, zone)] : null);
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

// --- one check-in -------------------------------------------------------------------------------

const row = (label, value) => [h("dt", {}, label), h("dd", {}, value === "" ? "—" : value)];

// The check-in after `id` in the queue's order (reviewed ones have left it), or null.
async function nextInQueue(id) {
  const { items } = await api.reviewQueue();
  const at = items.findIndex((item) => item.id === id);
  const rest = at < 0 ? items : [...items.slice(at + 1), ...items.slice(0, at)];
  return rest.find((item) => item.id !== id) || null;
}

const CHECKIN_KEYS = [["n", "Open the next check-in in the queue"], ["b", "Back to the queue"], ["?", "Show or hide these shortcuts"]];

async function checkinScreen({ announce, user, go, refreshCounts }, id) {
  const data = await api.checkinDetail(id);
  let c = data.checkin;
  const zone = user.timezone;
  recount = refreshCounts;
  rememberQueuePlace(id, data.client_id);
  const review = h("div", { class: "review" });
  const error = h("p", { id: "review-error", class: "form-error", "aria-live": "assertive" });
  const note = h("textarea", { id: "review-note", rows: 3, maxlength: 2000, "aria-describedby": "review-note-hint review-error" });
  const button = h("button", { type: "submit", class: "button secondary", value: "stay" }, "Mark reviewed");
  const andNext = h("button", { type: "submit", class: "button primary", value: "next" }, "Review and next");
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
          announce(`Marked reviewed. Next: ${following.client_name}.`);
          rememberQueuePlace(following.id, following.client_id);
          go(`#/queue/${following.id}`);
          return;
        }
        announce("Marked reviewed. The queue is empty.");
      } else {
        announce("Marked reviewed.");
      }
    } catch (err) {
      error.textContent = err.detail;
    } finally {
      button.disabled = andNext.disabled = false;
    }
  }

  function showReview() {
    review.replaceChildren(c.reviewed_at
      ? h("p", { class: "notice reviewed" }, "Reviewed. ", c.counselor_note ? `Note for the client: ${c.counselor_note}` : "No note.")
      : h("form", { class: "stack", novalidate: true, onSubmit: submit },
        h("div", { class: "field" }, h("label", { for: "review-note" }, "Note for the client (optional)"),
          h("p", { class: "hint", id: "review-note-hint" }, "They see it with this check-in."), note),
        error, h("div", { class: "row review-buttons" }, andNext, button)));
  }
  showReview();

  const history = data.history || [];
  const updated = updatesLine(c, history, zone);
  const section = h("section", { class: "review-item ws-wide" },
    h("div", { class: "ws-titlebar" }, heading(`${data.client_name}, ${dayLabel(c.local_date)}`),
      h("button", { type: "button", class: "button secondary small", "aria-expanded": "false", "aria-controls": "checkin-shortcuts",
        onClick: (event) => { help.hidden = !help.hidden; event.currentTarget.setAttribute("aria-expanded", String(!help.hidden)); } },
      "Keyboard shortcuts")),
    help,
    h("nav", { class: "row checkin-nav", "aria-label": "Check-in" },
      h("a", { class: "button secondary", href: "#/queue" }, "Back to the queue"),
      h("a", { class: "button secondary", href: `#/clients/${data.client_id}` }, "Client details")),
    h("div", { class: "review-layout" },
      h("div", {},
        h("p", { class: "badges" }, riskBadge(c.risk), c.safety_concern ? h("span", { class: "badge alert-badge" }, "Safety concern") : null),
        alertLine(data.alert, zone),
        h("p", { class: "hint sent" }, `Sent ${shortDay(c.submitted_at, zone)} at ${time(c.submitted_at, zone)}`),
        updated ? h("p", { class: "updates" }, updated) : null,
        h("dl", { class: "details" },
          row("Mood", `${c.mood} of 5 (${MOODS[c.mood - 1]})`),
          row("Craving", `${c.craving} of 10`),
          row("Used", c.used ? `Yes${c.substances.length ? `: ${c.substances.join(", ")}` : ""}` : "No"),
          row("Medication", MEDICATION[c.medication] || c.medication),
          row("Sleep", `${c.sleep_hours} h`),
          row("Triggers", c.triggers.join(", ")),
          row("What helped", c.helped),
          row("Thoughts of self-harm", c.safety_concern ? "Yes" : "No"),
          row("Note", c.note)),
        history.length ? historyList(history, zone) : null,
        review),
      recent));

  // Reviewed in another tab (or by the bulk action there): this view says so at once.
  onReviewed(section, (items) => {
    for (const item of items) {
      const cell = recent.querySelector(`tr[data-checkin="${item.id}"] td.reviewed`);
      if (cell && item.reviewed_at) cell.textContent = "Yes";
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
        else announce("No other check-in is waiting.");
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
    h("summary", {}, `Earlier answers that day (${history.length})`),
    h("ol", { class: "plain-list" }, history.map((v) => h("li", {},
      `${time(v.submitted_at, zone)}: ${RISKS[v.risk]} risk. ${brief(v)}.`,
      v.reviewed_at ? " Reviewed then." : ""))));
}

function recentTable(recent, current) {
  return h("section", { class: "recent", "aria-labelledby": "recent-title" },
    h("h2", { id: "recent-title" }, "Last 14 days"),
    // Scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
    recent.length ? h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Last 14 days, table" }, h("table", {},
      h("thead", {}, h("tr", {}, ["Day", "Mood", "Craving", "Used", "Risk", "Reviewed"].map((name) => h("th", { scope: "col" }, name)))),
      h("tbody", {}, recent.map((c) => h("tr", { "data-checkin": c.id, class: c.id === current ? "current" : null },
        h("th", { scope: "row" }, c.id === current
          ? h("span", { "aria-current": "true" }, shortDay(`${c.local_date}T12:00:00Z`, "UTC"), h("span", { class: "visually-hidden" }, " (this one)"))
          : h("a", { href: `#/queue/${c.id}` }, shortDay(`${c.local_date}T12:00:00Z`, "UTC"))),
        h("td", {}, c.mood), h("td", {}, c.craving), h("td", {}, c.used ? "Yes" : "No"),
        h("td", {}, RISKS[c.risk]), h("td", { class: "reviewed" }, c.reviewed_at ? "Yes" : "No"))))))
      : h("p", {}, "No check-ins in these days."));
}
