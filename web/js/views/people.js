// People (loaded only for staff): the admin's directory, inviting someone, one person's page, and
// a counselor inviting a client. Every invitation or reset ends on the handover screen.
//   #/people                      the directory (?q=&role=&status=&page=)
//   #/people/new                  invite someone
//   #/people/12                   one person
//   #/invite                      a counselor invites a client into a track they lead
import { api, ApiError } from "../staff-api.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, report, select } from "../forms.js";
import { dayName } from "../format.js";
import { confirmation, undoToast } from "../confirm.js";
import { N_, locale, t, tn, use } from "../i18n.js";
import { careTeamPanel } from "./careteam.js";
import { handoverView } from "./handover.js";

await use("views/people");

// The API's values (role, status, locale) stay as they are; their words are translated where shown.
const ROLES = { client: N_("Client"), counselor: N_("Counselor"), admin: N_("Admin") };
const STATUS = { active: N_("Active"), invited: N_("Invited, not set up yet"), deactivated: N_("Deactivated") };
const ON_LEAVE = { active: N_("Active, on leave"), invited: N_("Invited, not set up yet, on leave") };
const LOCALES = [["en-US", N_("English")], ["es-US", N_("Spanish (español)")]];
const locales = () => LOCALES.map(([code, name]) => [code, t(name)]);
const PAGE = 50;
const list = (names) => new Intl.ListFormat(locale(), { type: "conjunction" }).format(names);
const role = (person) => t(ROLES[person.role] || person.role);
const number = (value) => value.toLocaleString(locale());

export async function peopleScreen(context) {
  const [first] = context.params;
  if (first === "new") return inviteScreen(context);
  if (first) return personScreen(context, Number(first));
  return directoryScreen(context);
}

// --- the directory -----------------------------------------------------------------------------

// The filters live in the address (#/people?q=maria&role=client), so Back returns to them.
function filters() {
  const query = new URLSearchParams(location.hash.split("?")[1] || "");
  return {
    q: query.get("q") || "",
    role: ROLES[query.get("role")] ? query.get("role") : "",
    status: STATUS[query.get("status")] ? query.get("status") : "",
    page: Math.max(1, Number.parseInt(query.get("page") || "1", 10) || 1),
  };
}

function address({ q, role, status, page = 1 }) {
  const query = new URLSearchParams(Object.entries({ q, role, status, page: page > 1 ? page : "" }).filter(([, v]) => v));
  return query.size ? `#/people?${query}` : "#/people";
}

function status(person) {
  const words = (person.on_leave && ON_LEAVE[person.status]) || STATUS[person.status];
  return words ? t(words) : person.status;
}

function teamText(person) {
  if (person.role === "client") return person.team.length ? list(person.team) : t("No care team");
  if (person.role === "counselor") return tn(person.caseload ?? 0, "{count} client", "{count} clients");
  return "";
}

// The same, on a card with no column heading to explain it.
function teamLine(person) {
  if (person.role === "client") {
    return person.team.length ? t("Care team: {names}", { names: list(person.team) }) : t("No care team yet");
  }
  if (person.role === "counselor") return t("Caseload: {clients}", { clients: teamText(person) });
  return null;
}

async function directoryScreen(context) {
  const chosen = filters();
  const { people, total } = await api.directory({
    q: chosen.q || null, role: chosen.role || null, status: chosen.status || null,
    offset: (chosen.page - 1) * PAGE, limit: PAGE,
  });
  const search = input("people-q", { type: "search", value: chosen.q, maxlength: 100, autocomplete: "off" });
  const role = select("people-role", [["", t("Everyone")], ["client", t("Clients")], ["counselor", t("Counselors")], ["admin", t("Admins")]]);
  const state = select("people-status", [["", t("Any status")], ...Object.entries(STATUS).map(([value, words]) => [value, t(words)])]);
  role.value = chosen.role;
  state.value = chosen.status;
  const form = h("form", { class: "people-filters", role: "search", "aria-label": t("People"), novalidate: true, onSubmit: (event) => {
    event.preventDefault();
    context.go(address({ q: search.value.trim(), role: role.value, status: state.value }));
  } },
  field("people-q", t("Name or sign-in name"), search),
  field("people-role", t("Role"), role),
  field("people-status", t("Status"), state),
  h("button", { type: "submit", class: "button secondary" }, t("Search")));

  const first = total ? (chosen.page - 1) * PAGE + 1 : 0;
  const last = (chosen.page - 1) * PAGE + people.length;
  const found = total === 0 ? t("Nobody found") : total <= PAGE ? tn(total, "{count} person", "{count} people")
    : t("{first} to {last} of {total} people", { first: number(first), last: number(last), total: number(total) });
  return h("section", { class: "people directory" },
    h("div", { class: "ws-titlebar" }, heading(t("People")),
      h("a", { class: "button primary", href: "#/people/new" }, t("Invite someone"))),
    form,
    people.length ? [peopleTable(people, found), peopleList(people, found)] : h("p", { class: "notice" }, t("Nobody matches. Try part of a name, or another status.")),
    pager(chosen, total));
}

function pager(chosen, total) {
  const pages = Math.ceil(total / PAGE);
  if (pages <= 1) return null;
  return h("nav", { class: "actions row", "aria-label": t("Pages") },
    chosen.page > 1 ? h("a", { class: "button secondary", href: address({ ...chosen, page: chosen.page - 1 }) }, t("Previous page")) : null,
    h("span", { class: "page-of" }, t("Page {page} of {pages}", { page: number(chosen.page), pages: number(pages) })),
    chosen.page < pages ? h("a", { class: "button secondary", href: address({ ...chosen, page: chosen.page + 1 }) }, t("Next page")) : null);
}

const COLUMNS = [
  [N_("Name"), (p) => p.name],
  [N_("Role"), role],
  [N_("Status"), status],
  [N_("Signs in as"), (p) => p.email],
  [N_("Care team or caseload"), teamText],
  [N_("Phone"), (p) => p.phone],
];
const STATUS_CLASS = { invited: "status-invited", deactivated: "status-off" };

// For a laptop: a table with a caption, headers that sort this page, and the name column kept
// in view while the rest scrolls sideways.
function peopleTable(people, found) {
  const rows = people.map((person) => h("tr", { "data-person": person.id, class: STATUS_CLASS[person.status] || null },
    h("th", { scope: "row" }, h("a", { href: `#/people/${person.id}` }, person.name)),
    COLUMNS.slice(1).map(([, value]) => h("td", {}, value(person) || "—"))));
  const body = h("tbody", {}, rows);
  const headers = COLUMNS.map(([label], index) => {
    const button = h("button", { type: "button", class: "sort ws-sort" }, t(label));
    const th = h("th", { scope: "col", "aria-sort": index === 0 ? "ascending" : null }, button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const key = (row) => row.children[index].textContent.toLocaleLowerCase();
      const sorted = [...body.children].sort((a, b) => key(a).localeCompare(key(b), locale(), { numeric: true }) * (ascending ? 1 : -1));
      body.replaceChildren(...sorted);
    });
    return th;
  });
  return h("div", { class: "table-wrap people-table", tabindex: "0", role: "region", "aria-labelledby": "people-caption" },
    h("table", { class: "ws-table" },
      h("caption", { id: "people-caption" }, t("People: {found}", { found }), h("span", { class: "hint" }, ` ${t("(select a column's heading to sort)")}`)),
      h("thead", {}, h("tr", {}, headers)),
      body));
}

// For a phone: one card per person.
function peopleList(people, found) {
  return h("div", { class: "people-list" },
    h("h2", { class: "visually-hidden" }, t("People: {found}", { found })),
    h("ul", { class: "cards" }, people.map((person) => h("li", { class: "card", "data-person": person.id },
      h("h3", {}, h("a", { href: `#/people/${person.id}` }, person.name)),
      h("p", {}, `${role(person)} · ${status(person)}`),
      h("p", { class: "hint" }, t("Signs in as {name}", { name: person.email })),
      teamLine(person) ? h("p", { class: "hint" }, teamLine(person)) : null))));
}

// --- inviting someone --------------------------------------------------------------------------

const onLeave = (counselor) => (counselor.on_leave ? t("{name} (on leave)", { name: counselor.name }) : counselor.name);

const zoneList = () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);

function zoneField(id, value) {
  const zones = zoneList();
  return [
    field(id, t("Time zone"), input(id, { value, list: zones.length ? `${id}-zones` : null, autocomplete: "off", maxlength: 64 }),
      t("Reminders and times show in this zone, for example America/Denver.")),
    zones.length ? h("datalist", { id: `${id}-zones` }, zones.map((zone) => h("option", { value: zone }))) : null,
  ];
}

const roleChoice = (value, label, hint) => h("label", { class: "choice role-choice" },
  h("input", { type: "radio", name: "invite-role", value, id: `invite-role-${value}` }),
  h("span", {}, label, hint ? h("span", { class: "hint" }, ` ${hint}`) : null));

// Which field a server's refusal is about, when its words say so (the API's field names, or the
// Spanish words for them).
const FIELD_WORDS = [["email", "email"], ["correo", "email"], ["phone", "phone"], ["teléfono", "phone"], // not text
  ["zone", "zone"], ["zona", "zone"], ["name", "name"], ["nombre", "name"]];
function fieldOf(err, prefix) {
  if (err.status === 409) return `${prefix}-email`;
  const words = err.detail.toLowerCase();
  for (const [word, name] of FIELD_WORDS) if (words.includes(word)) return `${prefix}-${name}`;
  return null;
}

async function inviteScreen(context) {
  const counselors = await api.staffCounselors();
  const summary = errorSummary("invite-summary");
  const roles = h("fieldset", { class: "question", id: "invite-role", tabindex: "-1", "aria-describedby": "invite-role-error" },
    h("legend", {}, t("Role")),
    h("p", { class: "field-error", id: "invite-role-error", hidden: true }),
    h("div", { class: "choices stacked" },
      ["client", "counselor", "admin"].map((value) => roleChoice(value, t(ROLES[value])))));
  const emailHint = t("Optional for clients. Without one, they sign in with a name the app makes, like maria-4821.");
  const email = input("invite-email", { type: "email", maxlength: 254, autocomplete: "off", autocapitalize: "none", spellcheck: "false" });
  const emailField = field("invite-email", t("Email (optional for clients)"), email, emailHint);
  const counselorField = field("invite-counselor", t("Primary counselor"),
    select("invite-counselor", [["", t("Choose later")], ...counselors.map((c) => [c.id, onLeave(c)])]),
    t("They see the client's check-ins first. You can add others to the care team later."));
  const button = h("button", { type: "submit", class: "button primary" }, t("Invite and get a code"));
  const form = h("form", { class: "stack", novalidate: true, onSubmit: send },
    field("invite-name", t("Full name"), input("invite-name", { maxlength: 100, autocomplete: "off" })),
    roles, emailField,
    field("invite-phone", t("Phone (optional)"), input("invite-phone", { type: "tel", maxlength: 32, autocomplete: "off" })),
    field("invite-locale", t("Language"), select("invite-locale", locales())),
    zoneField("invite-zone", context.user.timezone || "America/Denver"), // not text: the default zone
    counselorField,
    button);
  const view = h("section", { class: "people invite" },
    heading(t("Invite someone")),
    h("p", {}, t("You get a code and a link to give them. They use it once, within 72 hours, to choose a password.")),
    summary, form,
    h("p", { class: "back" }, h("a", { href: "#/people" }, t("Back to people"))));

  const chosenRole = () => form.querySelector("[name=invite-role]:checked")?.value || "";
  function follow() {
    const role = chosenRole();
    counselorField.hidden = role !== "client";
    emailField.querySelector("label").textContent = role && role !== "client" ? t("Email") : t("Email (optional for clients)");
    emailField.querySelector(".hint").textContent = role && role !== "client" ? t("Staff sign in with their email.") : emailHint;
  }
  roles.addEventListener("change", follow);
  follow();

  function problems(elements) {
    const found = [];
    const name = elements.namedItem("invite-name").value.trim();
    if (!name) found.push({ field: "invite-name", message: t("Enter their full name.") });
    const role = chosenRole();
    if (!role) found.push({ field: "invite-role", message: t("Choose client, counselor or admin.") });
    const address = email.value.trim();
    if (role && role !== "client" && !address) found.push({ field: "invite-email", message: t("Enter their email: staff sign in with it.") });
    else if (address && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) found.push({ field: "invite-email", message: t("Enter an email like name@example.com, or leave it empty for a client.") });
    if (!elements.namedItem("invite-zone").value.trim()) found.push({ field: "invite-zone", message: t("Enter a time zone, for example America/Denver.") });
    return found;
  }

  async function send(event) {
    event.preventDefault();
    if (button.disabled) return;
    const elements = form.elements;
    const wrong = problems(elements);
    report(summary, form, wrong);
    if (wrong.length) return;
    const role = chosenRole();
    const counselor = elements.namedItem("invite-counselor").value;
    button.disabled = true;
    try {
      const invitation = await api.invite({
        name: elements.namedItem("invite-name").value.trim(), role,
        email: email.value.trim() || null,
        phone: elements.namedItem("invite-phone").value.trim(),
        locale: elements.namedItem("invite-locale").value,
        timezone: elements.namedItem("invite-zone").value.trim(),
        primary_counselor: role === "client" && counselor ? Number(counselor) : null,
      });
      showHandover(view, invitation, context);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      report(summary, form, [{ field: fieldOf(err, "invite"), message: err.detail }]);
    } finally {
      button.disabled = false;
    }
  }
  return view;
}

// The handover replaces the screen it came from: the code is shown once and never kept in the
// address, so Back or a reload cannot bring it up again.
function showHandover(view, invitation, context, { again = { href: "#/people/new", label: t("Invite someone else") }, renewed = false } = {}) {
  const admin = context.user.role === "admin";
  const handover = handoverView(invitation, { announce: context.announce, again, renewed,
    person: { href: admin ? `#/people/${invitation.person.id}` : `#/clients/${invitation.person.id}`,
      label: t("Go to {name}'s page", { name: invitation.person.name }) },
    lost: admin ? t("If it is lost, use “Make a new code” on their page.") : t("If it is lost, ask an admin for a new one.") });
  view.replaceWith(handover);
  document.title = `${handover.querySelector("h1").textContent} – Companion`; // not text: the name, in every language
  handover.querySelector("h1").focus();
}

// --- one person --------------------------------------------------------------------------------

async function personScreen(context, id) {
  const person = await api.person(id);
  const staff = person.role !== "client";
  const self = person.id === context.user.id;
  const counselors = ["client", "counselor"].includes(person.role) ? await api.staffCounselors() : [];
  const active = person.status !== "deactivated";
  const view = h("section", { class: "people person" });
  view.append(
    heading(person.name),
    h("p", { class: "person-summary" }, `${role(person)} · ${status(person)}`),
    h("p", { class: "back" }, h("a", { href: "#/people" }, t("Back to people"))),
    h("div", { class: "person-columns" },
      h("div", {},
        summaryList(person, context.user.timezone),
        active ? null : h("p", { class: "notice" },
          t("{name} is deactivated: they cannot sign in and get no reminders. Their records are kept.", { name: person.name })),
        person.role === "client" && active ? await careTeamPanel(person.id, { announce: context.announce, counselors }) : null,
        person.role === "counselor" && active ? caseloadCard(context, person, counselors) : null,
        staff && active ? leaveCard(context, person) : null),
      h("div", {},
        detailsForm(context, person),
        self ? null : accessCard(context, person, view))));
  return view;
}

function summaryList(person, zone) {
  const row = (label, value) => [h("dt", {}, label), h("dd", {}, value || "—")];
  return h("dl", { class: "details person-details" },
    row(t("Signs in as"), h("span", { class: "sign-in-name" }, person.email)),
    row(t("Phone"), person.phone),
    row(t("Language"), locales().find(([code]) => code === person.locale)?.[1] || person.locale),
    row(t("Time zone"), person.timezone),
    person.role === "counselor" ? row(t("Caseload"), teamText(person)) : null,
    row(t("Added"), dayName(person.created_at, zone)));
}

// A counselor away: urgent check-ins go to the rest of each care team meanwhile.
function leaveCard(context, person) {
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const button = h("button", { type: "button", class: "button secondary", id: "leave-toggle" },
    person.on_leave ? t("Mark as back from leave") : t("Mark as on leave"));
  button.addEventListener("click", async () => {
    if (button.disabled) return;
    button.disabled = true;
    error.textContent = "";
    try {
      const changed = await api.updatePerson(person.id, { on_leave: !person.on_leave });
      context.announce(changed.on_leave ? t("{name} is on leave.", { name: changed.name }) : t("{name} is back from leave.", { name: changed.name }));
      await context.refresh();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.detail;
      button.disabled = false;
    }
  });
  return h("section", { class: "card person-part", "aria-labelledby": "leave-title" },
    h("h2", { id: "leave-title" }, t("Leave")),
    h("p", {}, person.on_leave
      ? t("{name} is on leave. Urgent check-ins go to the others on each care team, or to the on-call counselors.", { name: person.name })
      : t("While on leave, urgent check-ins go to the others on each care team, or to the on-call counselors.")),
    button, error);
}

// A counselor's whole caseload, moved to another counselor in one step, after a confirmation.
function caseloadCard(context, person, counselors) {
  const others = counselors.filter((c) => c.id !== person.id);
  const count = person.caseload ?? 0;
  const section = h("section", { class: "card person-part", "aria-labelledby": "move-title" },
    h("h2", { id: "move-title" }, t("Move caseload")));
  if (!count || !others.length) {
    section.append(h("p", {}, count ? t("There is no other active counselor to move the caseload to.") : t("{name} has no clients.", { name: person.name })));
    return section;
  }
  const target = select("move-to", [["", t("Choose a counselor…")], ...others.map((c) => [c.id, onLeave(c)])]);
  const error = h("p", { class: "form-error", id: "move-error", "aria-live": "assertive" });
  const confirm = confirmation();
  const start = h("button", { type: "button", class: "button secondary" }, t("Move caseload"));
  start.addEventListener("click", () => {
    error.textContent = "";
    const chosen = others.find((c) => String(c.id) === target.value);
    if (!chosen) {
      confirm.close();
      error.textContent = t("Choose the counselor who takes over.");
      target.setAttribute("aria-invalid", "true");
      target.focus();
      return;
    }
    target.removeAttribute("aria-invalid");
    const names = { from: person.name, to: chosen.name };
    confirm.ask(start, {
      title: tn(count, "Move {count} client from {from} to {to}?", "Move {count} clients from {from} to {to}?", names),
      words: [t("{to} takes {from}'s place on each of these care teams, as primary counselor where {from} was. {from} stays a counselor, with no clients.", names)],
      yes: t("Yes, move {clients} to {to}", { clients: tn(count, "{count} client", "{count} clients"), to: chosen.name }),
      work: async () => {
        const { moved } = await api.moveCaseload(person.id, chosen.id);
        context.announce(tn(moved, "Moved {count} client from {from} to {to}.", "Moved {count} clients from {from} to {to}.", names));
        await context.refresh();
      },
    });
  });
  section.append(h("div", { class: "stack" },
    h("p", {}, t("{name} has {clients}. Before a counselor leaves, move their clients to someone who takes over.",
      { name: person.name, clients: tn(count, "{count} client", "{count} clients") })),
    field("move-to", t("Move them to"), target),
    h("div", {}, start), error, confirm.node, confirm.error));
  return section;
}

// Changing name, sign-in email, phone, language and time zone.
function detailsForm(context, person) {
  const summary = errorSummary("edit-summary");
  const button = h("button", { type: "submit", class: "button secondary" }, t("Save details"));
  const language = select("edit-locale", locales());
  language.value = person.locale;
  const generated = person.role === "client" && !person.email.includes("@");
  const form = h("form", { class: "stack", novalidate: true, onSubmit: save },
    field("edit-name", t("Full name"), input("edit-name", { value: person.name, maxlength: 100, autocomplete: "off" })),
    field("edit-email", generated ? t("Email (optional)") : t("Email"), input("edit-email", {
      type: "email", value: generated ? "" : person.email, maxlength: 254, autocomplete: "off", autocapitalize: "none", spellcheck: "false",
    }), generated
      ? t("They sign in as {name}. With an email, they sign in with the email instead.", { name: person.email })
      : t("They sign in with it.")),
    field("edit-phone", t("Phone (optional)"), input("edit-phone", { type: "tel", value: person.phone, maxlength: 32, autocomplete: "off" })),
    field("edit-locale", t("Language"), language),
    zoneField("edit-zone", person.timezone),
    button);
  async function save(event) {
    event.preventDefault();
    if (button.disabled) return;
    const value = (name) => form.elements.namedItem(name).value.trim();
    const wrong = [];
    if (!value("edit-name")) wrong.push({ field: "edit-name", message: t("Enter their full name.") });
    if (!generated && !value("edit-email")) wrong.push({ field: "edit-email", message: t("Enter their email: they sign in with it.") });
    if (!value("edit-zone")) wrong.push({ field: "edit-zone", message: t("Enter a time zone, for example America/Denver.") });
    report(summary, form, wrong);
    if (wrong.length) return;
    const change = { name: value("edit-name"), phone: value("edit-phone"), locale: value("edit-locale"), timezone: value("edit-zone") };
    if (value("edit-email") && value("edit-email") !== person.email) change.email = value("edit-email");
    button.disabled = true;
    try {
      await api.updatePerson(person.id, change);
      context.announce(t("Details saved."));
      await context.refresh();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      report(summary, form, [{ field: fieldOf(err, "edit"), message: err.detail }]);
      button.disabled = false;
    }
  }
  return h("section", { class: "card person-part", "aria-labelledby": "edit-title" },
    h("h2", { id: "edit-title" }, t("Details")), summary, form);
}

// Reset password (or a new code for someone who never used theirs), deactivate, reactivate.
function accessCard(context, person, view) {
  const section = h("section", { class: "card person-part", "aria-labelledby": "access-title" },
    h("h2", { id: "access-title" }, t("Signing in")));
  const confirm = confirmation();
  const error = confirm.error;

  const name = person.name;
  if (person.status === "deactivated") {
    const again = h("button", { type: "button", class: "button secondary" }, t("Reactivate {name}", { name }));
    again.addEventListener("click", async () => {
      if (again.disabled) return;
      again.disabled = true;
      try {
        await reactivate(context, person);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        error.textContent = err.detail;
        again.disabled = false;
      }
    });
    section.append(h("p", {}, t("Reactivated, they can sign in again with their password, and reminders start again.")), again, error);
    return section;
  }

  const invited = person.status === "invited";
  const reset = h("button", { type: "button", class: "button secondary" }, invited ? t("Make a new code") : t("Reset password"));
  reset.addEventListener("click", () => confirm.ask(reset, {
    title: invited ? t("Make a new code for {name}?", { name }) : t("Reset {name}'s password?", { name }),
    words: invited
      ? [t("The code they have now stops working. You get a new code and link to give them, valid for 72 hours, once.")]
      : [t("Their password stops working now, and they are signed out on every device."),
        t("You get a code and link to give them, valid for 72 hours, once. They use it to choose a new password.")],
    yes: invited ? t("Yes, make a new code") : t("Yes, reset password"),
    work: async () => {
      const invitation = await api.resetPerson(person.id);
      showHandover(view, invitation, context, { again: { href: "#/people", label: t("Back to people") }, renewed: true });
    },
  }));

  // Lost their phone or passkey, and their recovery codes: everything goes, and staff set up a
  // new second step at their next sign-in (clients may add one again in Settings).
  const factors = h("button", { type: "button", class: "button secondary" }, t("Reset sign-in factors"));
  const factorsReset = h("p", { class: "notice", role: "status", hidden: true });
  factors.addEventListener("click", () => confirm.ask(factors, {
    title: t("Reset {name}'s sign-in factors?", { name }),
    words: [t("Their passkeys, authenticator apps and recovery codes stop working now, and they are signed out on every device."),
      person.role === "client"
        ? t("They sign in with their password alone, and can add a second step again in Settings.")
        : t("At their next sign-in, after their password, they set up a new passkey or authenticator app.")],
    yes: t("Yes, reset sign-in factors"),
    work: async () => {
      await api.resetFactors(person.id);
      confirm.close();
      factorsReset.textContent = t("{name}'s sign-in factors are reset.", { name });
      factorsReset.hidden = false;
      factors.focus();
    },
  }));

  const off = h("button", { type: "button", class: "button secondary warning" }, t("Deactivate {name}", { name }));
  off.addEventListener("click", () => confirm.ask(off, {
    title: t("Deactivate {name}?", { name }),
    words: [t("{name} is signed out everywhere at once and cannot sign in.", { name }),
      t("They get no more reminders. Their records are kept, and you can reactivate them at any time."),
      ...caseloadWarning(person, confirm)],
    yes: t("Yes, deactivate {name}", { name }),
    no: t("Keep {name} active", { name }),
    work: async () => {
      const changed = await api.deactivatePerson(person.id);
      await context.refresh();
      undoToast(t("{name} is deactivated.", { name }), () => reactivate(context, changed));
    },
  }));

  section.append(
    h("div", { class: "stack" },
      h("p", {}, invited
        ? t("{name} has not set up their account yet.", { name })
        : t("Forgot their password? Reset it to give them a code for a new one.")),
      reset,
      invited ? null : h("p", {}, t("Lost their phone or passkey, and their recovery codes? Reset their second step.")),
      invited ? null : factors,
      factorsReset,
      h("p", {}, t("Leaving the program or the clinic? Deactivate them: they can no longer sign in.")),
      off),
    error, confirm.node);
  return section;
}

// A counselor who still has clients: who an urgent check-in reaches once they are gone, and a
// way to the form that moves their caseload first (when there is someone to move it to).
function caseloadWarning(person, confirm) {
  const count = person.caseload ?? 0;
  if (person.role !== "counselor" || !count) return [];
  const words = tn(count,
    "{count} client has {name} on their care team; urgent check-ins will go to the rest of the team or the on-call counselors. Move the caseload first?",
    "{count} clients have {name} on their care team; urgent check-ins will go to the rest of the team or the on-call counselors. Move the caseload first?",
    { name: person.name });
  if (!document.getElementById("move-to")) return [h("div", { class: "confirm-warning" }, h("p", {}, words))];
  const go = h("button", { type: "button", class: "button secondary" }, t("Move the caseload first"));
  go.addEventListener("click", () => {
    confirm.close();
    const target = document.getElementById("move-to");
    target?.scrollIntoView({ block: "center" });
    target?.focus({ preventScroll: true });
  });
  return [h("div", { class: "confirm-warning" }, h("p", {}, words), go)];
}

async function reactivate(context, person) {
  const changed = await api.reactivatePerson(person.id);
  context.announce(t("{name} is active again.", { name: changed.name }));
  if (location.hash === `#/people/${person.id}`) await context.refresh();
}

// --- a counselor invites a client --------------------------------------------------------------

// The tracks a counselor may invite into: those they lead a group in, where the program lets
// counselors invite. Otherwise the screen says why not, and who to ask.
export async function inviteClientScreen(context) {
  const led = await api.myTracks();
  const tracks = led.filter((track) => track.may_invite);
  const summary = errorSummary("client-summary");
  if (!tracks.length) {
    const programs = new Set(led.map((track) => track.program_id)).size;
    return h("section", { class: "people invite" },
      heading(t("Invite a client")),
      h("p", { class: "notice" }, !led.length
        ? t("You lead no group yet, so there is no track to invite a client into. Ask an admin to invite them.")
        : programs > 1
          ? t("In your programs only admins invite clients; ask an admin.")
          : t("In this program only admins invite clients; ask an admin.")),
      h("p", { class: "back" }, h("a", { href: "#/caseload" }, t("Back to caseload"))));
  }
  const programs = new Set(tracks.map((entry) => entry.program_id)).size;
  const label = (entry) => (programs > 1 ? `${entry.name} (${entry.program_name})` : entry.name);
  const track = select("client-track", tracks.length > 1 ? [["", t("Choose a track…")], ...tracks.map((entry) => [entry.id, label(entry)])]
    : tracks.map((entry) => [entry.id, label(entry)]));
  const button = h("button", { type: "submit", class: "button primary" }, t("Invite and get a code"));
  const form = h("form", { class: "stack", novalidate: true, onSubmit: send },
    field("client-name", t("Full name"), input("client-name", { maxlength: 100, autocomplete: "off" })),
    field("client-track", t("Track"), track, t("They are enrolled from today, and you become their primary counselor.")),
    field("client-email", t("Email (optional)"), input("client-email", { type: "email", maxlength: 254, autocomplete: "off", autocapitalize: "none", spellcheck: "false" }),
      t("Without one, they sign in with a name the app makes, like maria-4821.")),
    field("client-phone", t("Phone (optional)"), input("client-phone", { type: "tel", maxlength: 32, autocomplete: "off" })),
    field("client-locale", t("Language"), select("client-locale", locales())),
    zoneField("client-zone", context.user.timezone || "America/Denver"), // not text: the default zone
    button);
  const view = h("section", { class: "people invite" },
    heading(t("Invite a client")),
    h("p", {}, t("You get a code and a link to give them. They use it once, within 72 hours, to choose a password.")),
    summary, form,
    h("p", { class: "back" }, h("a", { href: "#/caseload" }, t("Back to caseload"))));
  async function send(event) {
    event.preventDefault();
    if (button.disabled) return;
    const value = (name) => form.elements.namedItem(name).value.trim();
    const wrong = [];
    if (!value("client-name")) wrong.push({ field: "client-name", message: t("Enter their full name.") });
    if (!value("client-track")) wrong.push({ field: "client-track", message: t("Choose the track they join.") });
    if (value("client-email") && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value("client-email"))) {
      wrong.push({ field: "client-email", message: t("Enter an email like name@example.com, or leave it empty.") });
    }
    if (!value("client-zone")) wrong.push({ field: "client-zone", message: t("Enter a time zone, for example America/Denver.") });
    report(summary, form, wrong);
    if (wrong.length) return;
    button.disabled = true;
    try {
      const invitation = await api.inviteClient({
        name: value("client-name"), track_id: Number(value("client-track")), email: value("client-email") || null,
        phone: value("client-phone"), locale: value("client-locale"), timezone: value("client-zone"),
      });
      showHandover(view, invitation, context, { again: { href: "#/invite", label: t("Invite another client") } });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      report(summary, form, [{ field: err.status === 403 ? "client-track" : fieldOf(err, "client"), message: err.detail }]);
    } finally {
      button.disabled = false;
    }
  }
  return view;
}
