// Settings (#/settings): reminders on this device (the browser's permission, then a push
// subscription sent to the server), a test notification, and how reminders read: session lead
// times, the daily check-in time, quiet hours and discreet mode (on by default).
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { currentSubscription, pushSupported as supported, subscribeDevice, unsubscribeDevice } from "../push.js";

const LEADS = [[1440, "A day before"], [60, "An hour before"], [15, "15 minutes before"]];
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
        error.textContent = "Notifications are blocked for this app. Allow them in your browser's site settings, then try again.";
        return;
      }
      await subscribeDevice(user);
      announce("Notifications are on for this device.");
      await render();
    } catch (err) {
      error.textContent = err.detail || "Notifications could not be turned on on this device.";
    } finally {
      button.disabled = false;
    }
  }

  async function turnOff(button, subscription) {
    button.disabled = true;
    try {
      await unsubscribeDevice(subscription);
      announce("Notifications are off for this device.");
      await render();
    } catch (err) {
      error.textContent = err.detail || "Notifications could not be turned off. Please try again.";
      button.disabled = false;
    }
  }

  async function test(button) {
    button.disabled = true;
    try {
      await api.testPush();
      status.textContent = "A test notification is on its way (within a minute).";
    } catch (err) {
      error.textContent = err.detail || "The test could not be sent.";
    } finally {
      button.disabled = false;
    }
  }

  async function render() {
    const subscription = await currentSubscription().catch(() => null);
    const note = appleMobile()
      ? h("p", { class: "hint" }, "On iPhone and iPad, add Companion to your Home Screen first (Share, then Add to Home Screen) and turn notifications on from there.")
      : null;
    let actions;
    if (!supported()) {
      status.textContent = "This browser cannot show notifications from the app.";
      actions = null;
    } else if (subscription && Notification.permission === "granted") {
      status.textContent = "Notifications are on for this device.";
      actions = h("div", { class: "actions row" },
        h("button", { type: "button", class: "button secondary", onClick: (e) => test(e.currentTarget) }, "Send me a test notification"),
        h("button", { type: "button", class: "button secondary", onClick: (e) => turnOff(e.currentTarget, subscription) }, "Turn off on this device"));
    } else {
      status.textContent = Notification.permission === "denied"
        ? "Notifications are blocked for this app in your browser's settings."
        : "Notifications are off for this device.";
      actions = h("button", { type: "button", class: "button primary", onClick: (e) => turnOn(e.currentTarget) }, "Turn on notifications");
    }
    // replaceChildren writes a null as the word "null" (the Apple note is null elsewhere)
    section.replaceChildren(...[h("h2", { id: "push-title" }, "Reminders on this device"), status, note, actions, error].filter(Boolean));
  }
  render();
  return section;
}

function preferencesForm(prefs, role, announce) {
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const leads = h("fieldset", { class: "question" }, h("legend", {}, "Remind me of sessions"),
    h("div", { class: "choices" }, LEADS.map(([minutes, label]) => h("label", { class: "choice chip" },
      h("input", { type: "checkbox", name: "lead", value: minutes, checked: prefs.session_leads.includes(minutes) }), label))));
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
      announce("Reminder settings saved.");
    } catch (err) {
      error.textContent = err.detail || "Saving failed. Please try again.";
    }
  }
  return h("form", { class: "stack card", novalidate: true, onSubmit: save },
    h("h2", {}, "How reminders read"),
    client ? leads : null,
    client ? h("div", { class: "field" }, h("label", { for: "pref-checkin" }, "Daily check-in reminder (leave empty for none)"), checkin) : null,
    h("fieldset", { class: "question" }, h("legend", {}, "Quiet hours (only urgent reminders come through)"),
      h("div", { class: "field" }, h("label", { for: "pref-quiet-start" }, "From"), quietStart),
      h("div", { class: "field" }, h("label", { for: "pref-quiet-end" }, "Until"), quietEnd)),
    h("label", { class: "choice" }, discreet, "Discreet: the lock screen shows only \u201cYou have a reminder\u201d and the time"),
    error, h("button", { type: "submit", class: "button primary" }, "Save reminder settings"));
}

export async function settingsScreen({ user, announce }) {
  const prefs = await api.notificationPrefs();
  return h("section", { class: "settings" },
    heading("Settings"),
    deviceSection(user, announce),
    preferencesForm(prefs, user.role, announce));
}
