// A client's care team, as a panel on the screens about one client: the counselors who work with
// them (the primary first) and whether each can be reached now, and a form to change it (admins
// for anyone; counselors for the clients on their own caseload).
import { api, ApiError } from "../staff-api.js";
import { h } from "../dom.js";
import { t, use } from "../i18n.js";

await use("views/careteam");

// What a member's state means for urgent check-ins, in words.
function memberState(member) {
  if (!member.active) return t("Deactivated: urgent check-ins do not reach them");
  if (member.on_leave) return t("On leave: urgent check-ins go to the others");
  return null;
}

function memberList(members) {
  if (!members.length) {
    return h("p", { class: "notice" },
      t("Nobody is on this care team yet. Urgent check-ins go to the program's on-call counselors, or to the admins."));
  }
  return h("ul", { class: "team-list" }, members.map((member) => h("li", { "data-member": member.id },
    h("span", { class: "member-name" }, member.name),
    member.is_primary ? h("span", { class: "badge" }, t("Primary")) : null,
    memberState(member) ? h("span", { class: "hint member-state" }, memberState(member)) : null)));
}

const named = (counselor) => (counselor.on_leave ? t("{name} (on leave)", { name: counselor.name }) : counselor.name);

// The editor: one primary counselor, and any others. `counselors`: every active counselor.
// `self`: a counselor editing, who loses sight of the client if they leave the team.
function teamForm(clientId, team, counselors, { announce, saved, self }) {
  const primaryNow = team.members.find((member) => member.is_primary)?.id;
  const error = h("p", { class: "form-error", id: "team-error", "aria-live": "assertive" });
  const primary = h("select", { id: "team-primary", name: "team-primary", "aria-describedby": "team-primary-hint team-error" },
    primaryNow ? null : h("option", { value: "" }, t("Choose a counselor…")),
    counselors.map((c) => h("option", { value: c.id, selected: c.id === primaryNow }, named(c))));
  const others = h("fieldset", { class: "question" }, h("legend", {}, t("Also on the team")),
    h("div", { class: "choices stacked" }, counselors.map((c) => h("label", { class: "choice" },
      h("input", { type: "checkbox", name: "team-other", value: c.id,
        checked: team.members.some((member) => member.id === c.id && !member.is_primary) }), named(c)))));
  // The primary is not also one of "the others".
  const follow = () => {
    for (const box of others.querySelectorAll("input")) {
      box.closest("label").hidden = box.value === primary.value;
      if (box.value === primary.value) box.checked = false;
    }
  };
  primary.addEventListener("change", follow);
  follow();
  const button = h("button", { type: "submit", class: "button primary" }, t("Save care team"));
  async function save(event) {
    event.preventDefault();
    if (button.disabled) return;
    if (!primary.value) {
      error.textContent = t("Choose a primary counselor.");
      primary.setAttribute("aria-invalid", "true");
      primary.focus();
      return;
    }
    primary.removeAttribute("aria-invalid");
    error.textContent = "";
    button.disabled = true;
    try {
      const chosen = [...others.querySelectorAll("input:checked")].map((box) => Number(box.value));
      const answer = await api.setCareTeam(clientId, Number(primary.value), chosen);
      announce(t("Care team saved."));
      saved(answer);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.detail;
    } finally {
      button.disabled = false;
    }
  }
  return h("form", { class: "stack", novalidate: true, onSubmit: save },
    h("div", { class: "field" }, h("label", { for: "team-primary" }, t("Primary counselor")),
      h("p", { class: "hint", id: "team-primary-hint" }, t("Urgent check-ins reach everyone on the team who is not on leave.")),
      primary),
    others,
    self ? h("p", { class: "hint" }, t("If you take yourself off the team, you can no longer see this client.")) : null,
    error, button);
}

// The panel. `counselors` (who may be chosen) makes it editable.
export async function careTeamPanel(clientId, { announce, counselors = null, self = null }) {
  const team = await api.careTeam(clientId);
  const list = h("div", {}, memberList(team.members));
  const section = h("section", { class: "care-team card", "aria-labelledby": "team-title" },
    h("h2", { id: "team-title" }, t("Care team")), list);
  if (counselors) {
    const edit = h("details", { class: "team-edit" }, h("summary", {}, t("Change the care team")),
      teamForm(clientId, team, counselors, { announce, self, saved: (answer) => {
        list.replaceChildren(memberList(answer.members));
        edit.open = false;
        list.focus();
      } }));
    list.setAttribute("tabindex", "-1");
    section.append(edit);
  } else {
    section.append(h("p", { class: "hint" }, t("To change who is on the team, ask an admin.")));
  }
  return section;
}
