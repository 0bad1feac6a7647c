// More (#/more): what a client opens less often than the tab bar's five, and signing out.
// Aftercare plan (#/aftercare): the plan their counselor wrote with them, and this week's meetings.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { meetingsProgress } from "../format.js";
import { N_, t, tn } from "../i18n.js";

const ITEMS = [
  ["#/week", N_("Week"), N_("Your sessions for the next two weeks")],
  ["#/calendar", N_("Calendar"), N_("Add your sessions to your phone's calendar")],
  ["#/aftercare", N_("Aftercare plan"), N_("Your plan and this week's meetings")],
  ["#/measures", N_("Questionnaires"), N_("Short check-ups from your care team")],
  ["#/safety-plan", N_("My safety plan"), N_("What helps, and who to call, when things get hard")],
  ["#/settings", N_("Settings"), N_("Language, reminders and notifications")],
];

export function moreScreen({ signOut }) {
  const status = h("p", { class: "form-error", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "button secondary sign-out", onClick: leave }, t("Sign out"));
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
  return h("section", { class: "more" },
    heading(t("More")),
    h("ul", { class: "more-list" }, ITEMS.map(([href, label, hint]) =>
      h("li", {}, h("a", { href, "aria-describedby": `more-${href.slice(2)}` }, h("span", { class: "more-label" }, t(label)),
        h("span", { class: "hint", id: `more-${href.slice(2)}`, "aria-hidden": "true" }, t(hint)))))),
    h("div", { class: "actions" }, button),
    status);
}

export async function aftercarePlanScreen() {
  const aftercare = await api.aftercare();
  const plan = aftercare.plan;
  const week = aftercare.week;
  return h("section", { class: "aftercare-plan" },
    heading(t("Aftercare plan")),
    aftercare.cached ? h("p", { class: "updated" }, h("span", { class: "offline-tag" }, t("Offline.")), " ", t("This is the last saved copy.")) : null,
    plan
      ? h("div", { class: "card" },
        h("h2", {}, t("Your plan")),
        plan.notes ? h("p", { class: "plan-notes" }, plan.notes) : h("p", { class: "hint" }, t("Your counselor has not written notes yet.")),
        h("p", {}, tn(plan.weekly_target, "Goal: {count} meeting a week.", "Goal: {count} meetings a week.")))
      : h("p", { class: "notice" }, t("You don't have an aftercare plan yet. Your counselor makes one with you before your program ends.")),
    h("div", { class: "card" },
      h("h2", {}, t("This week")),
      h("p", { class: "meetings-progress" }, meetingsProgress(week)),
      h("a", { class: "button secondary", href: "#/meetings" }, t("Log a meeting"))));
}
