import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { t, use } from "../i18n.js";

// Its styles (css/calendar.css) load with it, never on a first visit (bench/B7); the screen is not
// held up more than a second for them.
const styles = h("link", { rel: "stylesheet", href: "/css/calendar.css" });
const styled = new Promise((resolve) => {
  styles.addEventListener("load", resolve);
  styles.addEventListener("error", resolve);
  setTimeout(resolve, 1000);
});
document.head.append(styles);
await use("views/calendar");
await styled;

// The calendar link panel: a secret feed URL a phone calendar subscribes to. The server keeps
// only a hash, so the URL can be shown once, right after it is made.
export async function calendarScreen({ announce }) {
  let feed = await api.calendarFeed();
  const status = h("p", { class: "form-error", "aria-live": "polite" });
  const body = h("div", { class: "stack" });

  // `keepUrl`: the discreet switch answers without the URL, which must stay on screen.
  async function act(work, message, focusSelector, { keepUrl = false } = {}) {
    status.textContent = "";
    for (const button of body.querySelectorAll("button")) button.disabled = true;
    try {
      const url = feed.url;
      feed = await work();
      if (keepUrl && !feed.url) feed.url = url;
      render();
      announce(message);
      body.querySelector(focusSelector)?.focus();
    } catch (err) {
      status.textContent = err.detail || t("That didn't work. Please try again.");
      for (const button of body.querySelectorAll("button")) button.disabled = false;
    }
  }

  function render() {
    const discreet = h("input", { type: "checkbox", role: "switch", id: "discreet", checked: feed.discreet,
      "aria-describedby": "discreet-hint",
      onChange: () => act(() => api.setCalendarDiscreet(discreet.checked),
        discreet.checked ? t("Discreet titles on.") : t("Discreet titles off."), "#discreet", { keepUrl: true }) });
    body.replaceChildren(...[
      h("p", {}, feed.active
        ? t("Your calendar feed is on. Your phone's calendar shows your sessions and keeps them up to date.")
        : t("Add your sessions to your phone's calendar with a private link. They stay up to date by themselves.")),
      feed.url ? linkBox(feed.url) : null,
      h("div", { class: "switch-field" },
        discreet,
        h("label", { for: "discreet" }, t("Discreet titles")),
        h("p", { id: "discreet-hint", class: "hint" },
          t("On: your calendar shows “Appointment” instead of session names, so people who see your phone learn less."))),
      h("p", { class: "hint" }, t("Getting a new link stops the old one from working.")),
      h("div", { class: "actions row" },
        h("button", { type: "button", class: "button primary", id: "new-link",
          onClick: () => act(() => api.newCalendarUrl(), t("A new calendar link is ready."), "#subscribe") },
        feed.active ? t("Get a new calendar link") : t("Get a calendar link")),
        feed.active
          ? h("button", { type: "button", class: "button secondary", id: "stop-feed",
            onClick: () => act(() => api.stopCalendarFeed(), t("The calendar feed is stopped."), "#new-link") }, t("Stop the feed"))
          : null),
    ].filter(Boolean)); // replaceChildren would write a null as the text "null"
  }

  render();
  return h("section", { class: "calendar" }, heading(t("Calendar link")), body, status);
}

// The link, two ways: one tap subscribes (webcal://, which phones hand to their calendar app),
// and the https link to copy into a calendar that asks for a URL (Google Calendar on the web).
function linkBox(url) {
  const webcal = url.replace(/^https?:/i, "webcal:"); // not text
  const input = h("input", { id: "feed-url", type: "text", readonly: true, value: url, "aria-describedby": "feed-url-hint",
    onFocus: (event) => event.target.select() });
  const copied = h("p", { class: "hint", "aria-live": "polite" });
  async function copy() {
    input.focus();
    input.select();
    try {
      await navigator.clipboard.writeText(url);
      copied.textContent = t("Copied.");
    } catch {
      copied.textContent = t("Copying isn't allowed here: the link is selected, copy it from your keyboard or menu.");
    }
  }
  return h("div", { class: "stack link-box" },
    h("p", { id: "feed-url-hint", class: "hint" },
      t("This link is shown only this once. Anyone who has it can see your schedule, so keep it private.")),
    h("a", { class: "button primary subscribe", href: webcal, id: "subscribe" }, t("Add to my calendar")),
    h("div", { class: "field" },
      h("label", { for: "feed-url" }, t("Or copy the link into your calendar app")),
      input),
    h("button", { type: "button", class: "button secondary", onClick: copy }, t("Copy link")),
    copied);
}
