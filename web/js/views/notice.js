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

// Staff (#/crisis): the numbers to give a client, or to use, in a crisis. Clients have the same
// help in the header of every screen.
export function crisisView() {
  const action = (href, text, attributes = {}) => h("li", {}, h("a", { class: "button", href, ...attributes }, text));
  return h("section", { class: "crisis-resources" },
    heading("Crisis resources"),
    h("div", { class: "card crisis-card" },
      h("h2", {}, "988 Suicide & Crisis Lifeline"),
      h("p", {}, "Free and confidential, 24 hours a day, by call, text or chat. Give it to any client who needs help between sessions."),
      h("ul", { class: "crisis-actions" },
        action("tel:988", "Call 988"),
        action("sms:988", "Text 988"),
        action("https://988lifeline.org/chat/", "Chat online", { target: "_blank", rel: "noopener noreferrer" }))),
    h("div", { class: "card crisis-card" },
      h("h2", {}, "In an emergency"),
      h("p", {}, "Someone in immediate danger: ", h("a", { href: "tel:911" }, "call 911"), ".")));
}
