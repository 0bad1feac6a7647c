// The app: holds the state, picks the screen for the signed-in person's role and the hash
// route (#/today, #/week, #/sessions/12 …), and moves focus when the view changes.
import { api, ApiError } from "./api.js";
import { h } from "./dom.js";
import { LANGUAGES, N_, deviceLanguage, languageOf, rememberOnDevice, savedParts, setLanguage, t, use } from "./i18n.js";
import { todayScreen } from "./views/home.js";
import { loadingView, noticeView, offlineView } from "./views/notice.js";
import { clearOutbox, flush, keepOnly } from "./outbox.js";
import { signInView } from "./views/signin.js";
import { weekScreen } from "./views/week.js";

const main = document.getElementById("main");

// Reminders on this device (push.js) matter only where notifications were allowed: nowhere
// else is there a subscription to keep current or drop, so a first visit does not load it.
const notifying = () => globalThis.Notification?.permission === "granted";
const keepDeviceCurrent = async (user) => notifying() && (await import("./push.js")).keepDeviceCurrent(user);
const dropDevice = async () => notifying() && import("./push.js").then((push) => push.dropDevice()).catch(() => {});
let state = { user: null, screen: "loading", offline: false, support: null };

const CLIENT = ["client"];
const COUNSELOR = ["counselor"];
const ADMIN = ["admin"];
const STAFF = ["counselor", "admin"];
// Staff screens load only when a staff member opens them, so a client's first load stays small.
const lazy = (module, name) => async () => (await import(`./views/${module}.js`))[name];
// A client's tab bar (`tab`: its icon) holds five; the rest are under More (`under`). A staff
// member's side navigation lists the routes with `nav`, in this order; `count` names the badge.
const ROUTES = [
  { path: "today", label: N_("Today"), roles: CLIENT, screen: async () => todayScreen, tab: "today" },
  { path: "checkin", label: N_("Check-in"), roles: CLIENT, screen: lazy("checkin", "checkinScreen"), tab: "checkin" },
  { path: "homework", label: N_("Homework"), roles: CLIENT, screen: lazy("homework", "homeworkScreen"), tab: "homework" },
  { path: "meetings", label: N_("Meetings"), roles: CLIENT, screen: lazy("meetings", "meetingsScreen"), tab: "meetings" },
  { path: "more", label: N_("More"), roles: CLIENT, screen: lazy("more", "moreScreen"), tab: "more" },
  { path: "week", label: N_("Week"), roles: CLIENT, screen: async () => weekScreen, under: "more" },
  { path: "calendar", label: N_("Calendar"), roles: CLIENT, screen: lazy("calendar", "calendarScreen"), under: "more" },
  { path: "aftercare", label: N_("Aftercare plan"), roles: CLIENT, screen: lazy("more", "aftercarePlanScreen"), under: "more" },
  { path: "measures", label: N_("Questionnaires"), roles: CLIENT, screen: lazy("measures", "measuresScreen"), under: "more" },
  { path: "safety-plan", label: N_("My safety plan"), roles: CLIENT, screen: lazy("safetyplan", "safetyPlanScreen"), under: "more" },
  { path: "queue", label: N_("Review"), roles: STAFF, screen: lazy("review", "queueScreen"), nav: true, count: "review" },
  { path: "caseload", label: N_("Caseload"), roles: STAFF, screen: lazy("counselor", "caseloadScreen"), nav: true },
  { path: "clients", label: N_("Client"), roles: STAFF, screen: lazy("review", "clientScreen"), under: "caseload" },
  { path: "sessions", label: N_("Sessions"), roles: STAFF, screen: lazy("counselor", "sessionsScreen"), nav: true, count: "sessions" },
  { path: "homework", label: N_("Homework"), roles: COUNSELOR, screen: lazy("assignments", "assignmentsScreen"), nav: true, count: "homework" },
  { path: "testing", label: N_("Testing"), roles: COUNSELOR, screen: lazy("testing", "testingScreen"), nav: true, count: "testing" },
  { path: "outcomes", label: N_("Outcomes"), roles: STAFF, screen: lazy("outcomes", "outcomesScreen"), nav: true },
  { path: "responses", label: N_("Questionnaire"), roles: STAFF, screen: lazy("instruments", "responseScreen"), under: "queue" },
  { path: "people", label: N_("People"), roles: ADMIN, screen: lazy("people", "peopleScreen"), nav: true },
  { path: "admin", label: N_("Program"), roles: ADMIN, screen: lazy("admin", "adminScreen"), nav: true },
  { path: "invite", label: N_("Invite a client"), roles: COUNSELOR, screen: lazy("people", "inviteClientScreen"), under: "caseload" },
  { path: "settings", label: N_("Settings"), roles: [...CLIENT, ...STAFF], screen: lazy("settings", "settingsScreen"), nav: true, under: "more" },
  { path: "crisis", label: N_("Crisis resources"), roles: STAFF, screen: lazy("workspace", "crisisView") },
];
const HOME = { client: "today", counselor: "caseload", admin: "admin" };

function show(screen, view, title, { focus = true } = {}) {
  state.screen = screen;
  document.title = title ? `${title} – Companion` : "Companion"; // not text: the name, in every language
  main.replaceChildren(view);
  if (focus) (view.querySelector("[data-focus]") || view.querySelector("h1"))?.focus();
}

// Ask the server who is signed in and show the matching screen. `quiet` (automatic retries
// while offline) keeps the current screen, and focus, until there is something new to show.
async function start({ quiet = false } = {}) {
  clearTimeout(retryTimer);
  if (!quiet) show("loading", loadingView(), "", { focus: false });
  try {
    const user = await api.me();
    if (quiet && user.cached && state.offline) return retryLater(); // still offline: keep the screen
    if (pending(user)) return showSecondStep(user);
    state.user = user;
    state.offline = Boolean(user.cached);
    await speak(user.locale);
    await showRoute({ focus: !quiet || !state.offline });
    if (state.offline) retryLater();
    else retryDelay = 1000;
    replay();
    if (!state.offline) keepDeviceCurrent(user).catch(() => {}); // tried again at the next start
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) showSignedOut();
    else if (err.offline) showOffline();
    else show("problem", noticeView({ title: t("Something went wrong"), message: err.detail, retry: () => start() }), t("Problem"));
  }
}

// Offline: say so, and try again by itself, sooner when the browser says it is back online.
let retryTimer = null;
let retryDelay = 1000;
function showOffline() {
  if (state.screen !== "offline") {
    show("offline", offlineView({ retry: () => start() }), t("Offline"));
    retryDelay = 1000;
  }
  retryLater();
}

function retryLater() {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => start({ quiet: true }), retryDelay);
  retryDelay = Math.min(retryDelay * 2, 30000);
}

function showSignIn(message = "", name = "") {
  show("sign-in", signInView({ signIn, message, name, chooseLanguage }), t("Sign in"));
}

// Signed out: the sign-in screen, or setting up an account with a code (#/activate/{code}).
function showSignedOut() {
  if (activationCode() === null) showSignIn();
  else showActivation();
}

// The code in #/activate/{code} ("" for #/activate), or null on any other route.
function activationCode() {
  const found = location.hash.match(/^#\/activate(?:\/([^/?]*))?(?:[/?]|$)/);
  return found ? decodeURIComponent(found[1] || "") : null;
}

// Open to anyone, signed in or not (a code may be opened on a shared computer): it signs no one
// in. Its last step leads to the sign-in screen, signing out whoever is signed in first.
async function showActivation() {
  const mine = ++renderCount;
  let view;
  try {
    const { activateScreen } = await import("./views/activate.js");
    view = await activateScreen({ code: activationCode(), toSignIn: leaveActivation, chooseLanguage });
  } catch (err) {
    view = problem(err, () => showActivation());
  }
  if (mine !== renderCount) return;
  show("activate", view, view.querySelector("h1")?.textContent || t("Set up your account"));
}

// `name`: the account is ready, sign in as it; "": back, to wherever the person was.
async function leaveActivation(name) {
  if (location.hash) history.replaceState(null, "", location.pathname);
  if (state.user && name) await signOut().catch(() => {});
  if (state.user) showRoute();
  else showSignIn("", name);
}

// The route in the address (or the role's home), and the path segments after it.
function currentRoute() {
  const [path = "", ...params] = location.hash.replace(/^#\/?/, "").split("?")[0].split("/");
  const allowed = ROUTES.filter((route) => route.roles.includes(state.user.role));
  const route = allowed.find((candidate) => candidate.path === path) ||
    allowed.find((candidate) => candidate.path === HOME[state.user.role]) || allowed[0];
  return { route, params: route.path === path ? params.map(decodeURIComponent) : [], allowed };
}

let renderCount = 0;
async function showRoute({ focus = true } = {}) {
  if (activationCode() !== null) return showActivation();
  if (!state.user) return;
  const { route, params, allowed } = currentRoute();
  const mine = ++renderCount;
  const staff = STAFF.includes(state.user.role);
  markRole(state.user.role);
  if (state.screen !== route.path && focus) show("loading", loadingView(), "", { focus: false });
  if (!staff && !frontDeskAsked && route.path !== "today") askFrontDesk(); // Today brings it itself
  let content;
  try {
    const [screen, frame] = await Promise.all([route.screen(), staff ? staffFrameModule() : null]);
    frame?.refreshCounts(); // cheap, and the badges then say what this screen just changed
    content = await screen({ user: state.user, params, go, announce, refresh, support: takeSupport(),
      refreshCounts: frame ? frame.refreshCounts : async () => {}, counts: frame?.currentCounts() ?? null, signOut, setFrontDesk,
      switchLanguage });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return sessionEnded();
    content = problem(err);
  }
  if (mine !== renderCount) return; // a newer route was asked for meanwhile
  const title = params.length ? content.querySelector("h1")?.textContent : t(route.label);
  const framed = await frame(allowed, route, content).catch((err) => problem(err));
  if (mine !== renderCount) return;
  show(route.path, framed, title || t(route.label), { focus });
}

// The body says whose app this is: the client's header crisis control and tab bar, or the
// staff's side navigation (app.css). Nothing when signed out.
function markRole(role) {
  document.body.classList.toggle("client", role === "client");
  document.body.classList.toggle("staff", STAFF.includes(role));
}

// The staff's frame (views/workspace.js) and styles (workspace.css, then staff.css) load when a
// staff member signs in, never on a client's phone. Resolves once they are there (a style sheet
// that fails, or takes over a second, is not waited for): the first staff screen paints styled.
let staffFrameLoaded = null;
function staffFrameModule() {
  if (!staffFrameLoaded) {
    const sheets = ["/css/workspace.css", "/css/staff.css"].map((href) => {
      const link = h("link", { rel: "stylesheet", href });
      const loaded = new Promise((resolve) => {
        link.addEventListener("load", resolve);
        link.addEventListener("error", resolve);
        setTimeout(resolve, 1000);
      });
      document.head.append(link);
      return loaded;
    });
    staffFrameLoaded = Promise.all([import("./views/workspace.js"), ...sheets]).then(([module]) => module);
    staffFrameLoaded.catch(() => { staffFrameLoaded = null; }); // offline: try again next time
  }
  return staffFrameLoaded;
}

// The program's front desk, in the client's crisis help (the header): from Today's call-in card,
// which the service worker keeps, so it is there offline too.
let frontDeskAsked = false;
function askFrontDesk() {
  frontDeskAsked = true;
  api.today().then((today) => setFrontDesk(today), () => { frontDeskAsked = false; });
}

function setFrontDesk(today) {
  const phone = today?.cards?.find((card) => card.card === "testing")?.phone || "";
  const line = document.querySelector(".crisis-control .front-desk");
  if (!line) return;
  frontDeskAsked = true;
  const link = line.querySelector("a");
  link.textContent = phone;
  link.href = `tel:${phone.replace(/[^0-9+]/g, "")}`;
  line.hidden = !phone;
}

function problem(err, retry = () => showRoute()) {
  if (err instanceof ApiError && err.offline) return offlineView({ retry });
  if (err instanceof ApiError) return noticeView({ title: t("Something went wrong"), message: err.detail, retry });
  if (err instanceof TypeError && /import|module/i.test(err.message)) {
    return offlineView({ retry }); // a lazily loaded screen could not be fetched
  }
  throw err;
}

// Show the current screen again with fresh data, keeping focus where it was when it can.
async function refresh() {
  const focused = document.activeElement?.id;
  await showRoute({ focus: false });
  (document.getElementById(focused || "\0") || main.querySelector("h1"))?.focus();
}

const go = (hash) => {
  if (location.hash === hash) showRoute();
  else location.hash = hash;
};

// Send the client's waiting check-ins, meeting logs, homework and questionnaires: when the app opens, when the connection
// returns, and on a timer while any wait. A high-risk answer brings up its support at once, wherever they are.
let replayTimer = null;
let replayDelay = 5000;
let replaying = false;
async function replay() {
  clearTimeout(replayTimer);
  const user = state.user;
  if (user?.role !== "client" || replaying) return;
  replaying = true;
  const results = await flush(user.id).finally(() => { replaying = false; });
  if (state.user?.id !== user.id) return; // signed out meanwhile
  const stuck = results.find((result) => result.queued);
  if (stuck?.error?.status === 401) return sessionEnded(); // kept for when they sign in again
  if (stuck) {
    replayTimer = setTimeout(replay, replayDelay);
    replayDelay = Math.min(replayDelay * 2, 60000);
  } else replayDelay = 5000;
  const refused = results.find((result) => result.refused);
  if (refused) {
    alertBox.textContent = t(REFUSED[refused.entry.kind || "checkin"], { reason: refused.refused.detail });
  }
  const sent = results.filter((result) => result.answer);
  if (!sent.length) return;
  state.support = sent.map((result) => result.answer).find((answer) => answer.support) || null;
  if (state.support) go(state.support.instrument ? "#/measures" : "#/checkin");
  else if (["today", "meetings"].includes(state.screen) || (state.screen === "homework" && !document.activeElement?.closest("form"))) {
    refresh(); // not under the hands of someone typing in a worksheet
  }
  announce(sent.length > 1 ? t("Your saved entries were sent.") : t(SENT[sent[0].entry.kind || "checkin"]));
}

// What a client is told about their saved entries, whole sentences per kind (so each language
// can agree its words with the kind).
const REFUSED = {
  checkin: N_("A saved check-in could not be sent: {reason}"),
  meeting: N_("A saved meeting could not be sent: {reason}"),
  homework: N_("Saved homework could not be sent: {reason}"),
  measure: N_("A saved questionnaire could not be sent: {reason}"),
};
const SENT = {
  checkin: N_("Your saved check-in was sent."),
  meeting: N_("Your saved meeting was sent."),
  homework: N_("Your saved homework was sent."),
  measure: N_("Your saved questionnaire was sent."),
};

function takeSupport() {
  const support = state.support;
  state.support = null;
  return support;
}

// Polite announcements for changes that do not move focus ("Saved", "Cancelled").
const announcer = h("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
// A problem that outlives one screen (a saved check-in the server refused), until the next one.
const alertBox = h("p", { class: "alert-box", role: "alert" });
function announce(message) {
  announcer.textContent = "";
  setTimeout(() => { announcer.textContent = message; }, 50);
}

// Everything around a signed-in screen: the offline note, the role's navigation, signing out.
async function frame(allowed, current, content) {
  if (!STAFF.includes(state.user.role)) return clientFrame(allowed, current, content);
  const { staffFrame } = await staffFrameModule();
  return staffFrame({ allowed, content, signOut, isHere: (route) => here(route, current, (r) => r.nav),
    around: [offlineNote(), alertBox, announcer] });
}

const offlineNote = () => state.offline
  ? h("p", { class: "notice offline-note", role: "status" }, t("You're offline. This is what was saved at the last update."))
  : null;

// The nav item a route belongs to: itself when listed, else the one it sits under.
const here = (route, current, listed) => route === current || (!listed(current) && route.path === current.under);

// A client: the screen, then a tab bar fixed at the bottom (five items, icons and labels).
function clientFrame(allowed, current, content) {
  const tabs = allowed.filter((route) => route.tab);
  return h("div", { class: "view signed-in client-frame" },
    offlineNote(), alertBox, content, announcer,
    h("nav", { class: "tab-bar", "aria-label": t("Main") }, h("ul", {}, tabs.map((route) =>
      h("li", {}, h("a", { href: `#/${route.path}`, "aria-current": here(route, current, (r) => r.tab) ? "page" : null,
        onClick: (event) => againToTop(event, route) }, icon(route.tab), h("span", { class: "tab-label" }, t(route.label))))))));
}

// The tab of the screen already shown, tapped again: that screen afresh, from its top.
function againToTop(event, route) {
  if (location.hash !== `#/${route.path}`) return;
  event.preventDefault();
  window.scrollTo(0, 0);
  showRoute();
}

// Small line icons for the tab bar (24 px grid, drawn with the text colour).
const ICONS = {
  today: "M3 11.5 12 4l9 7.5M5.5 10v10h13V10M10 20v-5h4v5",
  checkin: "M8.5 12.5l2.5 2.5 4.5-5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z",
  homework: "M6 3h9l3 3v15H6zM9 10h6M9 14h6M9 18h3",
  meetings: "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3.5 20c0-3 2.5-5 5.5-5s5.5 2 5.5 5M15.5 5.2a3 3 0 0 1 0 5.6M17.5 15.3c1.8.6 3 2.3 3 4.7",
  more: "M4 7h16M4 12h16M4 17h16",
};

function icon(name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "icon");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  path.setAttribute("d", ICONS[name]);
  svg.append(path);
  return svg;
}

function sessionEnded() {
  forget();
  showSignIn(t("Your session has ended. Please sign in again."));
}

// A right password: signed in, or (stage "second_factor" or "enrol") one more step first.
async function signIn(email, password) {
  const user = await api.login(email, password);
  if (pending(user)) return showSecondStep(user);
  await signedIn(user);
}

const pending = (user) => Boolean(user.stage) && user.stage !== "full";

// The second step of signing in (views/verify.js), or a staff member's first factor
// (views/enrol.js): nothing else is open to this session until it is done.
async function showSecondStep(user) {
  const mine = ++renderCount;
  if (!chosenLanguage) await speak(user.locale);
  const expired = () => showSignIn(t("Your session has ended. Please sign in again."));
  const cancel = async () => {
    await api.logout().catch(() => {});
    showSignIn("", user.email);
  };
  let view;
  try {
    if (user.stage === "enrol") {
      const { enrolView } = await import("./views/enrol.js");
      view = enrolView({ done: signedIn, cancel, expired });
    } else {
      const { secondStepView } = await import("./views/verify.js");
      view = secondStepView({ user, done: signedIn, cancel, expired });
    }
  } catch (err) {
    view = problem(err, () => showSecondStep(user));
  }
  if (mine !== renderCount) return;
  show(user.stage === "enrol" ? "enrol" : "second-factor", view, view.querySelector("h1")?.textContent || t("Sign in"));
}

async function signedIn(user) {
  const chosen = chosenLanguage;
  state.user = user;
  state.offline = false;
  if (chosen && languageOf(state.user.locale) !== chosen) {
    // Picked on the sign-in screen: from now on the account's language, on every device.
    state.user = await api.setLanguage(LANGUAGES[chosen]).catch(() => state.user);
  }
  await speak(state.user.locale);
  await keepOnly(state.user.id); // a check-in someone else left unsent is not this person's to send
  await showRoute();
  replay();
  keepDeviceCurrent(state.user).catch(() => {});
  // Saved for offline starts: who is signed in and, for a client, the next two weeks (Week),
  // which Today does not fetch. The rest is saved as each screen is first opened.
  if (navigator.serviceWorker?.controller) {
    Promise.allSettled([api.me(), state.user.role === "client" ? api.schedule(14) : null]);
  }
}

// The service worker saves the answers a client needs offline as they pass. On the very first
// visit it takes control only after they were fetched, so ask for them once more then.
function saveForOffline() {
  Promise.allSettled(savedParts().map((url) => fetch(url))); // this language's words, for offline
  if (!state.user || state.offline) return;
  const asks = [api.me()];
  if (state.user.role === "client") asks.push(api.today(), api.schedule(14), api.homework(), api.aftercare(), api.meetings());
  Promise.allSettled(asks);
}

async function signOut() {
  if (state.user?.role === "client" && navigator.onLine) await flush(state.user.id); // last chance to send
  await dropDevice(); // this device stops showing their reminders
  try {
    await api.logout();
  } catch (err) {
    // Offline or a server failure: the session may still be alive, so say so and stay.
    if (!(err instanceof ApiError) || err.offline || err.status >= 500) throw err;
  }
  await clearOutbox();
  forget();
  showSignIn(t("You've signed out."));
}

// Drop everything this page knows about the person.
function forget() {
  state = { user: null, screen: state.screen, offline: false };
  staffFrameLoaded?.then((module) => module.forgetCounts(), () => {});
  markRole(null);
  frontDeskAsked = false;
  setFrontDesk(null);
  crisisHelp?.querySelector(".crisis-plan")?.remove(); // their safety plan, if crisis help is open
  clearTimeout(retryTimer);
  clearTimeout(replayTimer);
  alertBox.textContent = "";
  if (location.hash) history.replaceState(null, "", location.pathname);
  try {
    sessionStorage.clear();
  } catch {
    // storage may be disabled; nothing is kept there anyway
  }
}

// Crisis help opens at the top of the screen, in the page's flow (app.css), wherever the person
// was; Escape closes it again, back on the control that opened it. A client's own safety plan
// shows at its top (views/crisisplan.js, from the saved copy, offline too) while it is open.
const crisisHelp = document.getElementById("crisis");
crisisHelp?.addEventListener("toggle", () => {
  crisisHelp.querySelector(".crisis-plan")?.remove();
  if (!crisisHelp.open) return;
  window.scrollTo(0, 0);
  if (state.user?.role === "client") import("./views/crisisplan.js").then((plan) => plan.crisisPlan(crisisHelp)).catch(() => {});
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || !crisisHelp?.open) return;
  crisisHelp.open = false;
  crisisHelp.querySelector("summary").focus();
});

window.addEventListener("hashchange", () => {
  alertBox.textContent = "";
  if (state.user || activationCode() !== null) showRoute();
  else if (state.screen === "activate") showSignIn(); // "Back" from setting up an account
});
window.addEventListener("online", () => {
  replayDelay = 5000;
  replay();
  if (state.screen === "offline" || state.offline) start({ quiet: true });
});

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("controllerchange", saveForOffline);
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((err) => {
    console.warn("Offline support is unavailable:", err); // not text
  });
}

// The language: this device's last one (or the browser's) until the person is known, then
// theirs, remembered for the next start. Chosen on the sign-in screen before anyone signs in,
// it is kept for the account at sign-in (chosenLanguage).
let chosenLanguage = null;
async function speak(tag) {
  const language = languageOf(tag) || "en";
  rememberOnDevice(language);
  await setLanguage(language);
}

async function chooseLanguage(language) {
  chosenLanguage = language;
  rememberOnDevice(language);
  await setLanguage(language);
  if (state.screen === "sign-in") showSignIn();
  else if (state.screen === "activate") showActivation();
}

// A signed-in person's choice in Settings: in effect at once, on this screen and every next one.
async function switchLanguage(user) {
  state.user = user;
  await speak(user.locale);
  await refresh();
}

use("shell");
setLanguage(deviceLanguage()).finally(start);
