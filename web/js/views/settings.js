// Settings (#/settings): the language (the account's, on every device), sign-in security (the
// second step: passkeys, authenticator apps, recovery codes; views/enrol.js), reminders on this device
// (the browser's permission, then a push subscription sent to the server), a test notification,
// and how reminders read: session lead times, the daily check-in time, quiet hours and discreet
// mode (on by default).
import { api, ApiError } from "../api.js";
import { h, heading } from "../dom.js";
import { LANGUAGES, N_, lang, t, use } from "../i18n.js";
import { currentSubscription, pushSupported as supported, subscribeDevice, unsubscribeDevice } from "../push.js";
import { languageChoice } from "./activate.js";
import { securitySection } from "./enrol.js";

await use("views/settings");

const LEADS = [[1440, N_("A day before")], [60, N_("An hour before")], [15, N_("15 minutes before")]];
// Said once the app has switched, in the language it switched to.
const SWITCHED = { en: N_("The app is now in English."), es: N_("The app is now in Spanish.") };
const appleMobile = () => /iPhone|iPad|iPod/.test(navigator.userAgent);

function deviceSection(user, announce) {
  const section = h("section", { class: "card push-device", "aria-labelledby": "push-title" });
  const status = h("p", { class: "push-status", role: "status" });
  const error = h("p", { class: "form-error", "aria-live": "assertive" });

  async function turnOn(button) {
    button.disabled = true;
    error.textContent = "";
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        error.textContent = t("Notifications are blocked for this app. Allow them in your browser's site settings, then try again.");
        return;
      }
      await subscribeDevice(user);
      announce(t("Notifications are on for this device."));
      await render();
    } catch (err) {
      error.textContent = err.detail || t("Notifications could not be turned on on this device.");
    } finally {
      button.disabled = false;
    }
  }

  async function turnOff(button, subscription) {
    button.disabled = true;
    try {
      await unsubscribeDevice(subscription);
      announce(t("Notifications are off for this device."));
      await render();
    } catch (err) {
      error.textContent = err.detail || t("Notifications could not be turned off. Please try again.");
      button.disabled = false;
    }
  }

  async function test(button) {
    button.disabled = true;
    try {
      await api.testPush();
      status.textContent = t("A test notification is on its way (within a minute).");
    } catch (err) {
      error.textContent = err.detail || t("The test could not be sent.");
    } finally {
      button.disabled = false;
    }
  }

  async function render() {
    const subscription = await currentSubscription().catch(() => null);
    const note = appleMobile()
      ? h("p", { class: "hint" }, t("On iPhone and iPad, add Companion to your Home Screen first (Share, then Add to Home Screen) and turn notifications on from there."))
      : null;
    let actions;
    if (!supported()) {
      status.textContent = t("This browser cannot show notifications from the app.");
      actions = null;
    } else if (subscription && Notification.permission === "granted") {
      status.textContent = t("Notifications are on for this device.");
      actions = h("div", { class: "actions row" },
        h("button", { type: "button", class: "button secondary", onClick: (e) => test(e.currentTarget) }, t("Send me a test notification")),
        h("button", { type: "button", class: "button secondary", onClick: (e) => turnOff(e.currentTarget, subscription) }, t("Turn off on this device")));
    } else {
      status.textContent = Notification.permission === "denied"
        ? t("Notifications are blocked for this app in your browser's settings.")
        : t("Notifications are off for this device.");
      actions = h("button", { type: "button", class: "button primary", onClick: (e) => turnOn(e.currentTarget) }, t("Turn on notifications"));
    }
    // replaceChildren writes a null as the word "null" (the Apple note is null elsewhere)
    section.replaceChildren(...[h("h2", { id: "push-title" }, t("Reminders on this device")), status, note, actions, error].filter(Boolean));
  }
  render();
  return section;
}

function preferencesForm(prefs, role, announce) {
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const leads = h("fieldset", { class: "question" }, h("legend", {}, t("Remind me of sessions")),
    h("div", { class: "choices" }, LEADS.map(([minutes, label]) => h("label", { class: "choice chip" },
      h("input", { type: "checkbox", name: "lead", value: minutes, checked: prefs.session_leads.includes(minutes) }), t(label)))));
  const checkin = h("input", { id: "pref-checkin", type: "time", value: prefs.checkin_time || "" });
  const quietStart = h("input", { id: "pref-quiet-start", type: "time", value: prefs.quiet_start });
  const quietEnd = h("input", { id: "pref-quiet-end", type: "time", value: prefs.quiet_end });
  const discreet = h("input", { id: "pref-discreet", type: "checkbox", checked: prefs.discreet });
  const client = role === "client";
  async function save(event) {
    event.preventDefault();
    error.textContent = "";
    try {
      await api.setNotificationPrefs({
        session_leads: [...leads.querySelectorAll("input:checked")].map((input) => Number(input.value)),
        checkin_time: checkin.value || null, quiet_start: quietStart.value || "22:00", quiet_end: quietEnd.value || "07:00",
        discreet: discreet.checked,
      });
      announce(t("Reminder settings saved."));
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
    }
  }
  return h("form", { class: "stack card", novalidate: true, onSubmit: save },
    h("h2", {}, t("How reminders read")),
    client ? leads : null,
    client ? h("div", { class: "field" }, h("label", { for: "pref-checkin" }, t("Daily check-in reminder (leave empty for none)")), checkin) : null,
    h("fieldset", { class: "question" }, h("legend", {}, t("Quiet hours (only urgent reminders come through)")),
      h("div", { class: "field" }, h("label", { for: "pref-quiet-start" }, t("From")), quietStart),
      h("div", { class: "field" }, h("label", { for: "pref-quiet-end" }, t("Until")), quietEnd)),
    h("label", { class: "choice" }, discreet, t("Discreet: the lock screen shows only “You have a reminder” and the time")),
    error, h("button", { type: "submit", class: "button primary" }, t("Save reminder settings")));
}

// The language, kept on the account: saved first, then the app switches and draws Settings again
// (still signed in), focus back on the chosen language.
function languageSection(announce, switchLanguage) {
  const status = h("p", { class: "hint", role: "status" });
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const choice = languageChoice({ current: lang(), labelledBy: "language-title", onChoose: choose });
  async function choose(code) {
    const radios = [...choice.querySelectorAll("input")];
    for (const radio of radios) radio.disabled = true;
    error.textContent = "";
    status.textContent = t("Saving…");
    try {
      const user = await api.setLanguage(LANGUAGES[code]);
      await switchLanguage(user);
      document.getElementById(`language-${code}`)?.focus();
      announce(t(SWITCHED[code]));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      status.textContent = "";
      error.textContent = err.offline
        ? t("Changing the language needs an internet connection. Try again when you're online.")
        : err.detail || t("The language could not be changed. Please try again.");
      for (const radio of radios) {
        radio.disabled = false;
        radio.checked = radio.value === lang();
      }
      choice.querySelector(`#language-${lang()}`)?.focus();
    }
  }
  return h("section", { class: "card language-settings", "aria-labelledby": "language-title" },
    h("h2", { id: "language-title" }, t("Language")), choice, status, error);
}

export async function settingsScreen({ user, announce, switchLanguage }) {
  const prefs = await api.notificationPrefs();
  return h("section", { class: "settings" },
    heading(t("Settings")),
    switchLanguage ? languageSection(announce, switchLanguage) : null,
    securitySection({ announce }),
    deviceSection(user, announce),
    preferencesForm(prefs, user.role, announce));
}
