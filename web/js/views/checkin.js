// The client's daily check-in: one form, quick on a phone. It is saved in the outbox before it
// is sent, so no signal means "Waiting to send", not lost. A high-risk answer, or a safety
// concern that could not be sent yet, brings up crisis help at once.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { MOODS, dayLabel, localDate, time } from "../format.js";
import { newId as uuid, outboxEvents, submit, waiting } from "../outbox.js";
import { N_, locale, t } from "../i18n.js";
import { crisisLinks } from "./notice.js";

const FACES = ["😞", "🙁", "😐", "🙂", "😄"];
// The suggested triggers: the value stored is the English word (as counselors have always seen
// it), the label is in the person's language; one they add is kept as they wrote it.
const TRIGGERS = [N_("stress"), N_("people"), N_("places"), N_("hungry"), N_("angry"), N_("lonely"), N_("tired"),
  N_("boredom"), N_("conflict"), N_("pain")];
const MEDICATION = [["yes", N_("Yes")], ["no", N_("No")], ["not_prescribed", N_("Not prescribed")]];
const YES_NO = [["no", N_("No")], ["yes", N_("Yes")]];


const choice = (type, name, value, label) =>
  h("label", { class: `choice chip ${name}-choice` }, h("input", { type, name, value }), label);

const group = (id, legend, choices, extra) =>
  h("fieldset", { id, class: "question" }, h("legend", {}, legend), h("div", { class: "choices" }, choices), extra);

const field = (id, label, control, hint) =>
  h("div", { class: "field" }, h("label", { for: id }, label), hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null, control);

function form(onSubmit) {
  const substances = h("div", { class: "field", hidden: true },
    h("label", { for: "substances" }, t("What did you use?")),
    h("input", { id: "substances", maxlength: 200, "aria-describedby": "substances-hint" }),
    h("p", { class: "hint", id: "substances-hint" }, t("Separate with commas.")));
  const own = h("input", { id: "own-trigger", maxlength: 40 });
  const chips = h("div", { class: "choices" }, TRIGGERS.map((tag) => choice("checkbox", "trigger", tag, t(tag))));
  function addTrigger() {
    const tag = own.value.trim().toLowerCase();
    if (!tag) return;
    const existing = [...chips.querySelectorAll("input")].find((input) => input.value === tag);
    if (existing) existing.checked = true;
    else chips.append(h("label", { class: "choice chip" }, h("input", { type: "checkbox", name: "trigger", value: tag, checked: true }), tag));
    own.value = "";
    own.focus();
  }
  const sleep = h("select", { id: "sleep", name: "sleep" }, h("option", { value: "" }, t("Choose…")),
    Array.from({ length: 49 }, (_, i) => h("option", { value: i / 2 }, t("{hours} h", { hours: (i / 2).toLocaleString(locale()) }))));
  const error = h("p", { id: "checkin-error", class: "form-error", "aria-live": "assertive" });
  const button = h("button", { type: "submit", class: "button primary" }, t("Send check-in"));
  const node = h("form", { class: "stack checkin-form", novalidate: true, "aria-describedby": "checkin-error", onSubmit: (event) => {
    event.preventDefault();
    onSubmit(node, error, button);
  } },
    group("q-mood", t("How is your mood?"), MOODS.map((label, i) =>
      h("label", { class: "choice chip face" }, h("input", { type: "radio", name: "mood", value: i + 1 }),
        h("span", { class: "face-icon", "aria-hidden": "true" }, FACES[i]), t(label)))),
    group("q-craving", t("Craving right now, from 0 (none) to 10 (strongest)"),
      Array.from({ length: 11 }, (_, i) => choice("radio", "craving", i, i))),
    group("q-used", t("Used alcohol or drugs since your last check-in?"),
      YES_NO.map(([value, label]) => choice("radio", "used", value, t(label))), substances),
    group("q-medication", t("Took your medication as prescribed?"), MEDICATION.map(([value, label]) => choice("radio", "medication", value, t(label)))),
    field("sleep", t("Hours slept"), sleep),
    h("fieldset", { class: "question" }, h("legend", {}, t("Triggers today (choose any)")), chips,
      h("div", { class: "field add-own" }, h("label", { for: "own-trigger" }, t("Add your own")), own,
        h("button", { type: "button", class: "button secondary", onClick: addTrigger }, t("Add")))),
    field("helped", t("What helped today?"), h("input", { id: "helped", maxlength: 500 })),
    group("q-safety", t("Thoughts of harming yourself?"), YES_NO.map(([value, label]) => choice("radio", "safety", value, t(label)))),
    field("note", t("Anything else? (optional)"), h("textarea", { id: "note", rows: 3, maxlength: 2000 })),
    error, button);
  node.addEventListener("change", (event) => {
    if (event.target.name === "used") substances.hidden = event.target.value !== "yes";
  });
  own.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      addTrigger();
    }
  });
  return node;
}

// Today's answers back in the form, so a second check-in the same day starts from the first
// (the server updates the day's entry, keeping its history).
function fill(node, checkin) {
  const pick = (name, value) => {
    const input = node.querySelector(`[name=${name}][value="${value}"]`);
    if (input) input.checked = true;
  };
  pick("mood", checkin.mood);
  pick("craving", checkin.craving);
  pick("used", checkin.used ? "yes" : "no");
  pick("medication", checkin.medication);
  pick("safety", checkin.safety_concern ? "yes" : "no");
  node.querySelector("#sleep").value = String(checkin.sleep_hours);
  node.querySelector("#substances").value = checkin.substances.join(", ");
  node.querySelector("#substances").parentNode.hidden = !checkin.used;
  const chips = node.querySelector("[name=trigger]").closest(".choices");
  for (const tag of checkin.triggers) {
    const existing = chips.querySelector(`input[value="${CSS.escape(tag)}"]`);
    if (existing) existing.checked = true;
    else chips.append(h("label", { class: "choice chip" }, h("input", { type: "checkbox", name: "trigger", value: tag, checked: true }), tag));
  }
  node.querySelector("#helped").value = checkin.helped;
  node.querySelector("#note").value = checkin.note;
}

const REQUIRED = [["mood", "q-mood", N_("your mood")], ["craving", "q-craving", N_("craving")],
  ["used", "q-used", N_("whether you used")], ["medication", "q-medication", N_("medication")],
  ["sleep", "sleep", N_("hours slept")], ["safety", "q-safety", N_("the safety question")]];

// The form's answers as a CheckinIn, or the names of the questions still unanswered. The day is
// today in the person's own zone, as the server counts it, not the device's (a phone set to
// another zone must not file tonight's check-in under tomorrow).
function read(node, zone) {
  const value = (name) => node.querySelector(`[name=${name}]:checked`)?.value ?? node.elements[name]?.value ?? "";
  const missing = REQUIRED.filter(([name]) => value(name) === "");
  if (missing.length) return { missing };
  const used = value("used") === "yes";
  return { body: {
    id: uuid(),
    local_date: localDate(new Date().toISOString(), zone),
    mood: Number(value("mood")),
    craving: Number(value("craving")),
    used,
    substances: used ? node.querySelector("#substances").value.split(",").map((s) => s.trim()).filter(Boolean).slice(0, 10) : [],
    medication: value("medication"),
    sleep_hours: Number(value("sleep")),
    triggers: [...node.querySelectorAll("[name=trigger]:checked")].map((input) => input.value).slice(0, 12),
    helped: node.querySelector("#helped").value.trim(),
    safety_concern: value("safety") === "yes",
    note: node.querySelector("#note").value.trim(),
  } };
}

// Who sees the check-in first, as the server named them ("Dana Reyes, your counselor", "the
// on-call counselor at Front Range IOP"): never a promise about a counselor who may not exist.
function seenBy(who) {
  if (!who) return t("Thank you for telling us.");
  const name = who[0].toLocaleUpperCase(locale()) + who.slice(1);
  return t("Thank you for telling us. {who} will see this check-in first.", { who: `${name}${who.includes(",") ? "," : ""}` });
}

// How to reach the program: through its front desk, naming the counselor only when there is one.
function frontDesk(support) {
  const phone = support?.program_phone;
  const call = phone ? h("a", { href: `tel:${phone.replace(/[^0-9+]/g, "")}` }, phone) : null;
  if (support?.counselor_name) {
    return h("p", {}, t("Your counselor, {name}, can be reached through your program's front desk.", { name: support.counselor_name }),
      call ? [" ", t("Call:"), " ", call] : null);
  }
  return call ? h("p", {}, t("To reach your program's front desk, call:"), " ", call) : null;
}

// Crisis help in the page itself: the coping plan when the server sent it, 988 always.
function supportPanel(support, { queued = false, focus = false } = {}) {
  const urgent = !support || support.risk !== "high";
  return h("section", { class: "support-panel", tabindex: "-1", "aria-labelledby": "support-title", "data-focus": focus },
    h("h2", { id: "support-title" }, urgent ? t("You don't have to go through this alone") : t("Support for right now")),
    h("p", { class: "seen-by" }, queued
      ? t("Your check-in is saved on this phone and will be sent when you're back online. Please reach out now:")
      : seenBy(support?.seen_by)),
    support?.coping_plan ? [h("h3", {}, t("Your coping plan")), h("p", { class: "coping-plan" }, support.coping_plan)] : null,
    h("h3", {}, t("Talk with someone now: 988, free, 24/7")),
    crisisLinks(),
    frontDesk(support),
    h("p", { class: "emergency" }, t("In danger right now?"), " ", h("a", { href: "tel:911" }, t("Call 911"))));
}

const summary = (c) => (c.used
  ? t("Mood: {mood}. Craving {craving} of 10. Used.", { mood: t(MOODS[c.mood - 1]), craving: c.craving })
  : t("Mood: {mood}. Craving {craving} of 10.", { mood: t(MOODS[c.mood - 1]), craving: c.craving }));

function waitingList(entries) {
  if (!entries.length) return [];
  return [h("h2", {}, t("Waiting to send")),
    h("ul", { class: "plain-list" }, entries.map(({ body }) =>
      h("li", { "data-checkin": body.id }, h("span", { class: "badge waiting-badge" }, t("Waiting to send")), ` ${dayLabel(body.local_date)}: ${summary(body)}`))),
    h("p", { class: "hint" }, t("Saved on this phone. It will be sent when you're back online."))];
}

function recentList(recent) {
  if (!recent) return h("p", { class: "hint" }, t("Your earlier check-ins will show when you're back online."));
  if (!recent.length) return null;
  return h("ul", { class: "cards recent" }, recent.map((c) => h("li", { class: "card", "data-checkin": c.id },
    h("h3", {}, dayLabel(c.local_date)), h("p", {}, summary(c)),
    h("p", { class: "feedback" }, c.reviewed_at ? t("Your counselor: {note}", { note: c.counselor_note || t("Seen.") }) : t("Not reviewed yet.")))));
}

export async function checkinScreen({ user, announce, support }) {
  const recent = await api.checkins(7).catch((err) => {
    if (err.offline) return null;
    throw err;
  });
  const todayDate = localDate(new Date().toISOString(), user.timezone);
  const pending = h("div", { class: "waiting", tabindex: "-1" }, waitingList(await waiting(user.id, "checkin")));
  const result = h("div", { class: "checkin-result" });
  const history = h("section", { "aria-labelledby": "recent-title" }, h("h2", { id: "recent-title" }, t("Recent check-ins")), recentList(recent));
  const intro = h("div", { class: "checkin-intro" });
  const update = async () => {
    if (!pending.isConnected) return outboxEvents.removeEventListener("change", update);
    pending.replaceChildren(...waitingList(await waiting(user.id, "checkin")));
  };
  outboxEvents.addEventListener("change", update);

  // Checked in today already: say so, and start from those answers.
  function showToday(checkin) {
    intro.replaceChildren(...(checkin
      ? [h("h2", {}, t("Update today's check-in")),
        h("p", { class: "hint" }, t("You checked in at {time}.", { time: time(checkin.updated_at || checkin.submitted_at, user.timezone) }), " ",
          t("Your answers are below: change what's different and send it again."))]
      : []));
    if (checkin) fill(formNode, checkin);
  }

  function show(...nodes) {
    result.replaceChildren(...nodes);
    result.firstChild?.focus();
  }

  async function send(node, error, button) {
    if (button.disabled) return;
    const { body, missing } = read(node, user.timezone);
    if (missing) {
      error.textContent = t("Please answer: {questions}.", { questions: new Intl.ListFormat(locale()).format(missing.map(([, , label]) => t(label))) });
      const first = node.querySelector(`#${missing[0][1]}`);
      (first.matches("select") ? first : first.querySelector("input")).focus();
      return;
    }
    error.textContent = "";
    button.disabled = true;
    try {
      const outcome = await submit(user.id, body);
      node.reset();
      node.querySelector("#substances").parentNode.hidden = true;
      if (outcome.answer) {
        const answer = outcome.answer;
        const others = (recent || []).filter((c) => c.id !== answer.id && c.local_date !== answer.local_date);
        history.replaceChildren(history.firstChild, recentList([answer, ...others]));
        if (answer.local_date === todayDate) showToday(answer);
        if (answer.support) show(supportPanel({ ...answer.support, risk: answer.risk }));
        else show(h("p", { class: "notice", tabindex: "-1" }, answer.revisions ? t("Today's check-in is updated. Thank you.") : t("Check-in sent. Thank you.")));
      } else {
        await update();
        if (body.safety_concern) show(supportPanel(null, { queued: true }));
        else {
          pending.focus();
          announce(t("Saved on this phone. Waiting to send."));
        }
      }
    } catch (err) {
      error.textContent = err.detail || t("The check-in could not be sent. Please try again.");
    } finally {
      button.disabled = false;
    }
  }

  // A check-in sent from the outbox came back high-risk: its support opens this screen.
  if (support) result.append(supportPanel({ ...support.support, risk: support.risk }, { focus: true }));
  const formNode = form(send);
  showToday(recent?.find((c) => c.local_date === todayDate) || null);
  const view = h("section", { class: "checkin" },
    heading(t("Daily check-in")),
    h("p", { class: "role" }, dayLabel(todayDate)),
    result, pending, intro, formNode, history);
  return view;
}
