// The staff's frame, loaded only when a staff member signs in (a client's phone never downloads
// it, bench B7): a side navigation (a top bar below 1024 px) with counts, crisis resources and
// signing out, beside a workspace that uses the width; and the crisis resources screen.
import { api } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { locale, t, tn, use } from "../i18n.js";
import { crisisLinks } from "./notice.js";

await use("views/workspace");

let counts = null; // the last GET /api/staff/summary, or null (unknown, or no such endpoint)
let asked = 0;

// The navigation's counts: fetched after every route change and whenever a screen says it
// changed one (context.refreshCounts). No answer, no badges. Never throws.
export async function refreshCounts() {
  const mine = ++asked;
  let answer = null;
  try {
    answer = api.staffSummary ? await api.staffSummary() : null;
  } catch {
    answer = null; // offline, or a server without the summary: the navigation works without
  }
  if (mine !== asked || !document.body.classList.contains("staff")) return;
  counts = answer;
  for (const badge of document.querySelectorAll(".side-nav [data-count]")) showCount(badge);
}

export const currentCounts = () => counts;

// Signed out: the next person starts without the last one's numbers.
export function forgetCounts() {
  counts = null;
  asked++;
}

// [number, what it counts in words, urgent]; the words are made when shown (in the language on
// screen), and only for a number that shows.
const COUNTS = {
  review: (c) => [c.unreviewed?.total, () => (c.unreviewed.urgent
    ? tn(c.unreviewed.urgent, "{total} to review ({count} urgent)", "{total} to review ({count} urgent)",
      { total: c.unreviewed.total.toLocaleString(locale()) })
    : tn(c.unreviewed.total, "{count} to review", "{count} to review")), c.unreviewed?.urgent > 0],
  homework: (c) => [c.homework_waiting, () => tn(c.homework_waiting, "{count} waiting for review", "{count} waiting for review")],
  testing: (c) => [c.tests_today, () => tn(c.tests_today, "{count} due today", "{count} due today")],
  sessions: (c) => [c.sessions_today, () => tn(c.sessions_today, "{count} today", "{count} today")],
};

// One badge: the number (hidden from screen readers) and, as the link's description (kept out
// of its name, so "Review" stays "Review"), what it counts.
function showCount(badge) {
  const [number, words, urgent] = counts ? COUNTS[badge.dataset.count](counts) : [0, () => ""];
  const shown = Number.isInteger(number) && number > 0;
  badge.hidden = !shown;
  badge.classList.toggle("urgent", Boolean(shown && urgent));
  badge.textContent = shown ? number.toLocaleString(locale()) : "";
  const description = document.getElementById(`${badge.id}-text`) || badge.description;
  if (description) description.textContent = shown ? words() : "";
}

// `isHere(route)`: whether a nav item is the screen shown (or the one it sits under); `around`:
// the frame's shared parts (offline note, alert box, announcer) in the workspace.
export function staffFrame({ allowed, content, isHere, signOut, around: [offlineNote, alertBox, announcer] }) {
  const status = h("p", { class: "form-error", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "side-nav-link sign-out", onClick: leave }, t("Sign out"));
  async function leave() {
    if (button.disabled) return;
    button.disabled = true;
    status.textContent = "";
    try {
      await signOut();
    } catch (err) {
      status.textContent = err.detail || t("Signing out failed. Please try again.");
      button.disabled = false;
    }
  }
  const link = (route) => {
    const id = `count-${route.path}`;
    const badge = route.count ? h("span", { class: "count", "data-count": route.count, id, "aria-hidden": "true" }) : null;
    const description = badge ? h("span", { id: `${id}-text`, hidden: true }) : null;
    if (badge) {
      badge.description = description; // not in the document yet
      showCount(badge);
    }
    return h("li", {}, h("a", { class: "side-nav-link", href: `#/${route.path}`, "aria-current": isHere(route) ? "page" : null,
      "aria-describedby": badge ? description.id : null }, h("span", { class: "side-nav-label" }, t(route.label)), badge), description);
  };
  const crisis = allowed.find((route) => route.path === "crisis");
  const nav = h("nav", { class: "side-nav", "aria-label": t("Workspace") },
    h("p", { class: "side-nav-brand" }, h("img", { src: "/icons/icon-192.png", alt: "", width: 28, height: 28 }), "Companion"), // not text: the name
    h("ul", { class: "side-nav-list" }, allowed.filter((route) => route.nav).map(link)),
    h("ul", { class: "side-nav-end" }, crisis ? link(crisis) : null, h("li", {}, button)));
  // A top bar narrower than its items (below 1024 px) scrolls to show where the person is.
  requestAnimationFrame(() => {
    const current = nav.querySelector("[aria-current]");
    if (current && nav.scrollWidth > nav.clientWidth) nav.scrollLeft = Math.max(0, current.offsetLeft - 48);
  });
  return h("div", { class: "view signed-in staff-frame" }, nav,
    h("div", { class: "workspace" }, offlineNote, alertBox, status, content, announcer));
}

// #/crisis: the numbers to give a client, or to use, in a crisis. Clients have the same help in
// the header of every screen. The 988 buttons are the ones clients get (notice.crisisLinks: the
// Spanish-language options on a Spanish screen); staff are also told how a Spanish-speaking
// client reaches a counselor in Spanish.
export function crisisView() {
  return h("section", { class: "crisis-resources" },
    heading(t("Crisis resources")),
    h("div", { class: "card crisis-card" },
      h("h2", {}, t("988 Suicide & Crisis Lifeline")),
      h("p", {}, t("Free and confidential, 24 hours a day, by call, text or chat. Give it to any client who needs help between sessions.")),
      crisisLinks(),
      h("p", { class: "crisis-spanish" }, t("For a client who speaks Spanish: call 988 and press 2, or text AYUDA to 988."))),
    h("div", { class: "card crisis-card" },
      h("h2", {}, t("In an emergency")),
      h("p", {}, t("If someone is in immediate danger, call 911 now.")),
      h("ul", { class: "crisis-actions" }, h("li", {}, h("a", { class: "button", href: "tel:911" }, t("Call 911"))))));
}
