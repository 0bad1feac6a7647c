// The app: holds the state, picks the screen for the signed-in person's role and the hash
// route (#/today, #/week, #/sessions/12 …), and moves focus when the view changes.
import { api, ApiError } from "./api.js";
import { h } from "./dom.js";
import { todayScreen } from "./views/home.js";
import { loadingView } from "./views/loading.js";
import { noticeView, offlineView } from "./views/notice.js";
import { KIND_NAMES, clearOutbox, flush, keepOnly } from "./outbox.js";
import { dropDevice, keepDeviceCurrent } from "./push.js";
import { signInView } from "./views/signin.js";
import { weekScreen } from "./views/week.js";

const main = document.getElementById("main");
let state = { user: null, screen: "loading", offline: false, support: null };

const STAFF = ["counselor", "admin"];
// Staff screens load only when a staff member opens them, so a client's first load stays small.
const lazy = (module, name) => async () => (await import(`./views/${module}.js`))[name];
const ROUTES = [
  { path: "today", label: "Today", roles: ["client"], screen: async () => todayScreen },
  { path: "week", label: "Week", roles: ["client"], screen: async () => weekScreen },
  { path: "checkin", label: "Check-in", roles: ["client"], screen: lazy("checkin", "checkinScreen") },
  { path: "homework", label: "Homework", roles: ["client"], screen: lazy("homework", "homeworkScreen") },
  { path: "meetings", label: "Meetings", roles: ["client"], screen: lazy("meetings", "meetingsScreen") },
  { path: "calendar", label: "Calendar", roles: ["client"], screen: lazy("calendar", "calendarScreen") },
  { path: "queue", label: "Review", roles: STAFF, screen: lazy("review", "queueScreen") },
  { path: "caseload", label: "Caseload", roles: STAFF, screen: lazy("counselor", "caseloadScreen") },
  { path: "clients", label: "Client", roles: ["counselor"], screen: lazy("review", "clientScreen"), tab: false },
  { path: "sessions", label: "Sessions", roles: STAFF, screen: lazy("counselor", "sessionsScreen") },
  { path: "homework", label: "Homework", roles: ["counselor"], screen: lazy("assignments", "assignmentsScreen") },
  { path: "testing", label: "Testing", roles: ["counselor"], screen: lazy("testing", "testingScreen") },
  { path: "admin", label: "Programs", roles: ["admin"], screen: lazy("admin", "adminScreen") },
  { path: "people", label: "People", roles: ["admin"], screen: lazy("people", "peopleScreen") },
  { path: "invite", label: "Invite a client", roles: ["counselor"], screen: lazy("people", "inviteClientScreen"), tab: false },
  { path: "settings", label: "Settings", roles: ["client", "counselor", "admin"], screen: lazy("settings", "settingsScreen") },
];
const HOME = { client: "today", counselor: "caseload", admin: "admin" };

function show(screen, view, title, { focus = true } = {}) {
  state.screen = screen;
  document.title = title ? `${title} – Companion` : "Companion";
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
    state.user = user;
    state.offline = Boolean(user.cached);
    await showRoute({ focus: !quiet || !state.offline });
    if (state.offline) retryLater();
    else retryDelay = 1000;
    replay();
    if (!state.offline) keepDeviceCurrent(user).catch(() => {}); // tried again at the next start
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) showSignedOut();
    else if (err.offline) showOffline();
    else show("problem", noticeView({ title: "Something went wrong", message: err.detail, retry: () => start() }), "Problem");
  }
}

// Offline: say so, and try again by itself, sooner when the browser says it is back online.
let retryTimer = null;
let retryDelay = 1000;
function showOffline() {
  if (state.screen !== "offline") {
    show("offline", offlineView({ retry: () => start() }), "Offline");
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
  show("sign-in", signInView({ signIn, message, name }), "Sign in");
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
    view = await activateScreen({ code: activationCode(), toSignIn: leaveActivation });
  } catch (err) {
    view = problem(err, () => showActivation());
  }
  if (mine !== renderCount) return;
  show("activate", view, view.querySelector("h1")?.textContent || "Set up your account");
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
  if (state.screen !== route.path && focus) show("loading", loadingView(), "", { focus: false });
  let content;
  try {
    const screen = await route.screen();
    content = await screen({ user: state.user, params, go, announce, refresh, support: takeSupport() });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return sessionEnded();
    content = problem(err);
  }
  if (mine !== renderCount) return; // a newer route was asked for meanwhile
  const title = params.length ? content.querySelector("h1")?.textContent : route.label;
  show(route.path, frame(allowed, route, content), title || route.label, { focus });
}

function problem(err, retry = () => showRoute()) {
  if (err instanceof ApiError && err.offline) return offlineView({ retry });
  if (err instanceof ApiError) return noticeView({ title: "Something went wrong", message: err.detail, retry });
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

// Send the client's waiting check-ins, meeting logs and homework: when the app opens, when the connection returns, and on
// a timer while any wait. A high-risk answer brings up its support at once, wherever they are.
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
    alertBox.textContent = `A saved ${KIND_NAMES[refused.entry.kind || "checkin"]} could not be sent: ${refused.refused.detail}`;
  }
  const sent = results.filter((result) => result.answer);
  if (!sent.length) return;
  state.support = sent.map((result) => result.answer).find((answer) => answer.support) || null;
  if (state.support) go("#/checkin");
  else if (["today", "meetings"].includes(state.screen) || (state.screen === "homework" && !document.activeElement?.closest("form"))) {
    refresh(); // not under the hands of someone typing in a worksheet
  }
  announce(sent.length > 1 ? "Your saved entries were sent." : `Your saved ${KIND_NAMES[sent[0].entry.kind || "checkin"]} was sent.`);
}

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

// Everything around a signed-in screen: the offline note, the role's tabs, and signing out.
function frame(allowed, current, content) {
  const status = h("p", { class: "form-error", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "button secondary", onClick: leave }, "Sign out");
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
  const shown = allowed.filter((route) => route.tab !== false);
  const tabs = shown.length > 1
    ? h("nav", { class: "tabs", "aria-label": "Main" }, h("ul", {}, shown.map((route) =>
      h("li", {}, h("a", { href: `#/${route.path}`, "aria-current": route === current ? "page" : null }, route.label)))))
    : null;
  return h("div", { class: "view signed-in" },
    tabs,
    state.offline
      ? h("p", { class: "notice offline-note", role: "status" }, "You're offline. This is what was saved at the last update.")
      : null,
    alertBox,
    content,
    h("div", { class: "actions" }, button),
    status,
    announcer);
}

function sessionEnded() {
  forget();
  showSignIn("Your session has ended. Please sign in again.");
}

async function signIn(email, password) {
  state.user = await api.login(email, password);
  state.offline = false;
  await keepOnly(state.user.id); // a check-in someone else left unsent is not this person's to send
  await showRoute();
  replay();
  keepDeviceCurrent(state.user).catch(() => {});
  if (navigator.serviceWorker?.controller) api.me().catch(() => {}); // saved for offline starts
}

// The service worker saves the answers a client needs offline as they pass. On the very first
// visit it takes control only after they were fetched, so ask for them once more then.
function saveForOffline() {
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
  showSignIn("You've signed out.");
}

// Drop everything this page knows about the person.
function forget() {
  state = { user: null, screen: state.screen, offline: false };
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
    console.warn("Offline support is unavailable:", err);
  });
}

start();
