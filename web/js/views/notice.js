import { h, heading } from "../dom.js";

// A whole-screen notice with a way forward: offline, or the server having trouble.
export function noticeView({ title, message, retry }) {
  return h("div", { class: "view notice-view" },
    heading(title),
    h("p", { class: "notice", role: "status" }, message),
    h("p", {}, "Crisis help works without the app: call or text 988. In an emergency, call 911."),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button primary", onClick: retry }, "Try again")));
}

export function offlineView({ retry }) {
  return noticeView({
    title: "No connection",
    message: "You're offline. Companion will reconnect when your connection is back.",
    retry,
  });
}

// While a screen loads.
export function loadingView() {
  return h("div", { class: "view", "aria-busy": "true" }, h("h1", { class: "visually-hidden" }, "Companion"),
    h("p", { class: "loading" }, "Loading…"));
}
