// More (#/more): what a client opens less often than the tab bar's five, and signing out.
// Aftercare plan (#/aftercare): the plan their counselor wrote with them, and this week's meetings.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { meetingsProgress } from "../format.js";

const ITEMS = [
  ["#/week", "Week", "Your sessions for the next two weeks"],
  ["#/calendar", "Calendar", "Add your sessions to your phone's calendar"],
  ["#/aftercare", "Aftercare plan", "Your plan and this week's meetings"],
  ["#/settings", "Settings", "Reminders and notifications"],
];

export function moreScreen({ signOut }) {
  const status = h("p", { class: "form-error", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "button secondary sign-out", onClick: leave }, "Sign out");
  async function leave() {
    if (button.disabled) return;
    button.disabled = true;
    status.textContent = "";
    try {
      await signOut();
    } catch (err) {
      status.textContent = err.detail || "Signing out failed. Please try again.";
      button.disabled = false;
    }
  }
  return h("section", { class: "more" },
    heading("More"),
    h("ul", { class: "more-list" }, ITEMS.map(([href, label, hint]) =>
      h("li", {}, h("a", { href, "aria-describedby": `more-${href.slice(2)}` }, h("span", { class: "more-label" }, label),
        h("span", { class: "hint", id: `more-${href.slice(2)}`, "aria-hidden": "true" }, hint))))),
    h("div", { class: "actions" }, button),
    status);
}

export async function aftercarePlanScreen() {
  const aftercare = await api.aftercare();
  const plan = aftercare.plan;
  const week = aftercare.week;
  return h("section", { class: "aftercare-plan" },
    heading("Aftercare plan"),
    aftercare.cached ? h("p", { class: "updated" }, h("span", { class: "offline-tag" }, "Offline. "), "This is the last saved copy.") : null,
    plan
      ? h("div", { class: "card" },
        h("h2", {}, "Your plan"),
        plan.notes ? h("p", { class: "plan-notes" }, plan.notes) : h("p", { class: "hint" }, "Your counselor has not written notes yet."),
        h("p", {}, plan.weekly_target === 1 ? "Goal: 1 meeting a week." : `Goal: ${plan.weekly_target} meetings a week.`))
      : h("p", { class: "notice" }, "You don't have an aftercare plan yet. Your counselor makes one with you before your program ends."),
    h("div", { class: "card" },
      h("h2", {}, "This week"),
      h("p", { class: "meetings-progress" }, meetingsProgress(week)),
      h("a", { class: "button secondary", href: "#/meetings" }, "Log a meeting")));
}
