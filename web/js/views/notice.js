import { h, heading } from "../dom.js";
import { lang, t } from "../i18n.js";

// The 988 Lifeline's buttons, wherever crisis help shows (the check-in's support, the staff's
// crisis page; web/index.html has the same for the header, before any script runs). In Spanish
// they reach Spanish-speaking counselors: a call asks for 2, a text says AYUDA, the chat is the
// Spanish one. In English a line in Spanish (marked lang="es") says how, for a Spanish speaker
// reading an English screen.
export function crisisLinks() {
  const spanish = lang() === "es";
  const link = (href, text, attributes = {}) => h("li", {}, h("a", { class: "button", href, ...attributes }, text));
  return [
    h("ul", { class: "crisis-actions" },
      link("tel:988", t("Call 988")),
      link(spanish ? "sms:988?&body=AYUDA" : "sms:988", t("Text 988")),
      link(spanish ? "https://988lineadevida.org/chat/" : "https://988lifeline.org/chat/", t("Chat with 988"),
        { target: "_blank", rel: "noopener noreferrer" })),
    spanish ? null : h("p", { class: "crisis-es", lang: "es" }, SPANISH_HELP),
  ];
}

// Not translated: it is the Spanish itself, shown on English screens.
const SPANISH_HELP = "En español: llama al 988 y marca 2, o envía AYUDA al 988."; // not text: always Spanish

// A whole-screen notice with a way forward: offline, or the server having trouble.
export function noticeView({ title, message, retry }) {
  return h("div", { class: "view notice-view" },
    heading(title),
    h("p", { class: "notice", role: "status" }, message),
    h("p", {}, t("Crisis help works without the app: call or text 988. In an emergency, call 911.")),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button primary", onClick: retry }, t("Try again"))));
}

export function offlineView({ retry }) {
  return noticeView({
    title: t("No connection"),
    message: t("You're offline. Companion will reconnect when your connection is back."),
    retry,
  });
}

// While a screen loads.
export function loadingView() {
  return h("div", { class: "view", "aria-busy": "true" }, h("h1", { class: "visually-hidden" }, "Companion"), // not text: the name
    h("p", { class: "loading" }, t("Loading…")));
}
