// The client's own safety plan in crisis help: at the top of the header's crisis panel as it
// opens (crisisPlan) and after a safety answer in a questionnaire (planHelp, views/measures.js),
// its people one tap away, from the copy the service worker saved, so both work offline. Small on
// purpose: Today loads it in idle time for a client who has a plan (warm), so that it is on the
// phone before it is needed. The copy is health data: it lives only in the service worker's data
// cache, deleted at sign-out, and never goes into a notification.
import { api, get, request } from "../api.js";
import { h } from "../dom.js";
import { N_, t, use } from "../i18n.js";

// Its styles load with it, never on a first visit's page (bench/B7); crisis help is not held up
// more than a second for them.
const styles = h("link", { rel: "stylesheet", href: "/css/crisisplan.css" });
const styled = new Promise((resolve) => {
  styles.addEventListener("load", resolve);
  styles.addEventListener("error", resolve);
  setTimeout(resolve, 1000);
});
document.head.append(styles);
await use("views/crisisplan");
await styled;

// A client's questionnaires and safety plan, added to `api` here (as verify.js adds its calls) so
// that a first visit does not carry them: every screen that uses them imports this module. The
// answers themselves go through the outbox, with api.measureResponse.
Object.assign(api, {
  measures: () => get("/api/measures"),
  instrument: (code) => get(`/api/measures/instruments/${encodeURIComponent(code)}`),
  safetyPlan: () => get("/api/me/safety-plan"),
  saveSafetyPlan: (plan) => request("PUT", "/api/me/safety-plan", plan),
});

// The steps crisis help shows, as the plan names them (views/safetyplan.js has all seven).
const PEOPLE = N_("People I can ask for help");
const PROFESSIONALS = N_("Professionals and agencies");
const COPING = N_("Things I can do on my own");

const digits = (phone) => phone.replace(/[^0-9+]/g, "");

// One person of the plan: their name and number, and a button each to call and to text them
// (a program's front desk: to call only).
function contactItem(contact, text = true) {
  const number = digits(contact.phone || "");
  return h("li", { class: "plan-contact" },
    h("p", { class: "contact-name" }, contact.name, number ? h("span", { class: "contact-phone" }, contact.phone) : null),
    number ? h("p", { class: "contact-actions" },
      h("a", { class: "button", href: `tel:${number}`, "aria-label": t("Call {name}", { name: contact.name }) }, t("Call")),
      text ? h("a", { class: "button", href: `sms:${number}`, "aria-label": t("Send a text to {name}", { name: contact.name }) }, t("Send a text")) : null) : null);
}

export const contactList = (contacts, text = true) => h("ul", { class: "plan-contacts" }, contacts.map((contact) => contactItem(contact, text)));
export const lineList = (lines) => h("ul", { class: "plan-lines" }, lines.map((line) => h("li", {}, line)));

// The program's lines beside 988 (its front desk), always on the plan.
const otherLines = (plan) => plan.crisis_lines.filter((line) => digits(line.phone) !== "988");
export function frontDesk(plan) {
  const lines = otherLines(plan);
  return lines.length ? [h("p", { class: "front-desk-label" }, t("Your program's front desk:")), contactList(lines, false)] : null;
}

// What crisis help shows first: the people the client can ask for help (and their own
// professionals), then the things they can do on their own, and a way to the whole plan.
// `level`: the heading level this part starts at. Null when the plan is empty.
export function planHelp(plan, { level = 3, onOpen = null } = {}) {
  const { people, professionals, coping } = plan.sections;
  if (!plan.version || (!people.length && !professionals.length && !coping.length)) return null;
  const sub = `h${level + 1}`;
  const part = (rows, title, list) => (rows.length ? [h(sub, {}, t(title)), list(rows)] : null);
  return h("section", { class: "plan-help", "aria-labelledby": `plan-help-${level}` },
    h(`h${level}`, { id: `plan-help-${level}` }, t("From your safety plan")),
    part(people, PEOPLE, contactList),
    part(professionals, PROFESSIONALS, contactList),
    part(coping, COPING, lineList),
    h("p", {}, h("a", { href: "#/safety-plan", onClick: onOpen }, t("See my whole safety plan"))));
}

// The plan as last saved on this phone (the service worker's copy of GET /api/me/safety-plan,
// in its data cache, "companion-data" as api.js and sw.js name it): at once, and offline. Null
// when there is none.
export async function savedPlan() {
  try {
    const saved = await caches.match("/api/me/safety-plan", { cacheName: "companion-data" });
    return saved ? await saved.json() : null;
  } catch {
    return null; // no Cache API (an insecure context): nothing was saved
  }
}

// Today says the plan's version: unless this phone has that one saved, fetch it, so the service
// worker keeps it (as it keeps this module and its styles, just loaded) for crisis help offline.
export async function warm(version) {
  if ((await savedPlan())?.version !== version) await api.safetyPlan().catch(() => null);
}

// The header's crisis panel, as it opens: the plan's people and coping steps at its top, from
// the saved copy at once, then from the server when it answers with a newer one. The app removes
// it as the panel closes and at sign-out.
let drawn = 0;
export async function crisisPlan(control) {
  const panel = control.querySelector(".crisis-panel");
  const mine = ++drawn;
  const draw = (plan) => {
    if (mine !== drawn || !control.open || !plan) return;
    const part = planHelp(plan, { level: 2, onOpen: () => { control.open = false; } });
    control.querySelector(".crisis-plan")?.remove();
    if (part) panel.prepend(h("div", { class: "crisis-plan", "data-version": plan.version }, part));
  };
  const saved = await savedPlan();
  draw(saved);
  const fresh = await api.safetyPlan().catch(() => null);
  if (fresh && fresh.version !== saved?.version) draw(fresh);
}
