// The app: holds the state, picks the view for it, and moves focus when the view changes.
import { api, ApiError } from "./api.js";
import { homeView } from "./views/home.js";
import { loadingView } from "./views/loading.js";
import { noticeView, offlineView } from "./views/notice.js";
import { signInView } from "./views/signin.js";

const main = document.getElementById("main");
let state = { user: null, screen: "loading" };

function show(screen, view, title, { focus = true } = {}) {
  state.screen = screen;
  document.title = title ? `${title} – Companion` : "Companion";
  main.replaceChildren(view);
  if (focus) view.querySelector("h1")?.focus();
}

// Ask the server who is signed in and show the matching screen. `quiet` (automatic retries
// while offline) keeps the current screen, and focus, until there is something new to show.
async function start({ quiet = false } = {}) {
  clearTimeout(retryTimer);
  if (!quiet) show("loading", loadingView(), "", { focus: false });
  try {
    state.user = await api.me();
    showHome();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) showSignIn();
    else if (err.offline) showOffline();
    else show("problem", noticeView({ title: "Something went wrong", message: err.detail, retry: () => start() }), "Problem");
  }
}

// Offline: say so, and try again by itself, sooner when the browser says it is back online.
let retryTimer = null;
let retryDelay = 0;
function showOffline() {
  if (state.screen !== "offline") {
    show("offline", offlineView({ retry: () => start() }), "Offline");
    retryDelay = 1000;
  }
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => start({ quiet: true }), retryDelay);
  retryDelay = Math.min(retryDelay * 2, 30000);
}

function showSignIn(message = "") {
  show("sign-in", signInView({ signIn, message }), "Sign in");
}

function showHome() {
  show("home", homeView({ user: state.user, signOut }), "Home");
}

async function signIn(email, password) {
  state.user = await api.login(email, password);
  showHome();
}

async function signOut() {
  try {
    await api.logout();
  } catch (err) {
    // Offline or a server failure: the session may still be alive, so say so and stay.
    if (!(err instanceof ApiError) || err.offline || err.status >= 500) throw err;
  }
  forget();
  showSignIn("You've signed out.");
}

// Drop everything this page knows about the person.
function forget() {
  state = { user: null, screen: state.screen };
  try {
    sessionStorage.clear();
  } catch {
    // storage may be disabled; nothing is kept there anyway
  }
}

window.addEventListener("online", () => {
  if (state.screen === "offline") start({ quiet: true });
});

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((err) => {
    console.warn("Offline support is unavailable:", err);
  });
}

start();
