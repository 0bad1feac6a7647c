// The counselor's aftercare panel on a client's page: the weekly meeting target and plan notes
// (sponsor, sober living, continued therapy), this week's meetings, and logged meetings to verify.
import { api } from "../staff-api.js";
import { h } from "../dom.js";
import { FELLOWSHIPS, weekText } from "./meetings.js";
import { shortDay, time } from "../format.js";
import { t, use } from "../i18n.js";

await use("views/aftercare");

export async function aftercarePanel(clientId, announce) {
  const panel = h("section", { class: "aftercare-panel", "aria-labelledby": "aftercare-title" });
  render(panel, clientId, await api.clientAftercare(clientId), announce);
  return panel;
}

function render(panel, clientId, data, announce) {
  const target = h("input", { id: "aftercare-target", type: "number", inputmode: "numeric", min: 0, max: 21,
    value: data.plan?.weekly_target ?? "" });
  const notes = h("textarea", { id: "aftercare-notes", rows: 3, maxlength: 4000 });
  notes.value = data.plan?.notes || "";
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  async function save(event) {
    event.preventDefault();
    error.textContent = "";
    try {
      const updated = await api.setAftercare(clientId, { weekly_target: Number(target.value || 0), notes: notes.value.trim() });
      render(panel, clientId, updated, announce);
      announce(t("Aftercare plan saved."));
    } catch (err) {
      error.textContent = err.detail || t("Saving failed. Please try again.");
    }
  }
  async function verify(meeting, button) {
    button.disabled = true;
    try {
      await api.verifyMeeting(meeting.id);
      render(panel, clientId, await api.clientAftercare(clientId), announce);
      announce(t("Meeting verified."));
    } catch (err) {
      error.textContent = err.detail || t("Verifying failed. Please try again.");
      button.disabled = false;
    }
  }
  panel.replaceChildren(
    h("h2", { id: "aftercare-title" }, t("Aftercare")),
    h("p", { class: "meetings-progress" }, weekText(data.week)),
    h("form", { class: "stack", novalidate: true, onSubmit: save },
      h("div", { class: "field" }, h("label", { for: "aftercare-target" }, t("Meetings a week (target)")), target),
      h("div", { class: "field" }, h("label", { for: "aftercare-notes" }, t("Plan notes (sponsor, sober living, continued therapy)")), notes),
      error, h("button", { type: "submit", class: "button secondary" }, t("Save plan"))),
    h("h3", {}, t("Meetings logged (30 days)")),
    data.recent.length
      ? h("ul", { class: "plain-list meetings-logged" }, data.recent.map((meeting) => h("li", { "data-meeting": meeting.id },
        `${shortDay(meeting.attended_at)}, ${time(meeting.attended_at)}: ${FELLOWSHIPS[meeting.fellowship] ? t(FELLOWSHIPS[meeting.fellowship]) : meeting.fellowship} – ${meeting.name} `,
        meeting.verified
          ? h("span", { class: "badge" }, t("Verified"))
          : h("button", { type: "button", class: "button secondary", onClick: (event) => verify(meeting, event.currentTarget),
            "aria-label": t("Verify {name}", { name: meeting.name }) }, t("Verify")))))
      : h("p", { class: "hint" }, t("No meetings logged in the last 30 days.")));
}
