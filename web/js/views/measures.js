// Questionnaires (#/measures): what is open now, what is waiting to send, and the scores of those
// sent; one questionnaire (#/measures/{code}) is one calm form, its questions numbered as they
// are asked (a branch not taken is hidden and cleared), sent through the outbox so that with no
// signal the answers wait on the phone. A positive answer to a safety question brings up crisis
// help at once, before the server answers and with no signal at all: the client's own safety
// plan first (the saved copy), then 988 and the program's front desk.
import { api } from "../api.js";
import { h, heading } from "../dom.js";
import { dayLabel, localDate } from "../format.js";
import { errorSummary, report } from "../forms.js";
import { lang, locale, t, use } from "../i18n.js";
import { newId, outboxEvents, send, waiting } from "../outbox.js";
import { crisisLinks } from "./notice.js";
import { frontDesk, planHelp, savedPlan } from "./crisisplan.js";

// Its styles load with it, never on a first visit (bench/B7); the screen is not held up more than
// a second for them.
const styles = h("link", { rel: "stylesheet", href: "/css/measures.css" });
const styled = new Promise((resolve) => {
  styles.addEventListener("load", resolve);
  styles.addEventListener("error", resolve);
  setTimeout(resolve, 1000);
});
document.head.append(styles);
await use("views/measures");
await styled;

// A screening for the care team, whose score is not shown to the client (the C-SSRS's risk level).
const FOR_THE_TEAM = new Set(["cssrs"]);

export async function measuresScreen({ user, params, support, announce }) {
  return params[0] ? questionnaire(user, params[0], announce) : listScreen(user, support);
}

// --- what is open, waiting and sent -----------------------------------------------------------------

// The list from the server, or offline its saved copy, or Today's saved card (what is due, no
// history); null when nothing was saved.
async function measuresNow() {
  try {
    return await api.measures();
  } catch (err) {
    if (!err.offline) throw err;
    const today = await api.today().catch(() => null);
    const card = today?.cards?.find((found) => found.card === "measures");
    return card ? { due: card.due, history: null, cached: true } : null;
  }
}

function scoreLines(response) {
  if (FOR_THE_TEAM.has(response.instrument)) return [];
  const single = response.scores.length === 1;
  return response.scores.map((score) => h("p", { class: "score" }, single
    ? t("Your score: {points} of {maximum} — {band}", scoreValues(score))
    : t("{scale}: {points} of {maximum} — {band}", scoreValues(score))));
}

const scoreValues = (score) => ({ scale: score.label, points: score.points.toLocaleString(locale()),
  maximum: score.maximum.toLocaleString(locale()), band: score.band });

function dueList(due, entries) {
  if (!due.length) return h("p", { class: "notice" }, t("Nothing to fill in right now. Thank you."));
  return h("ul", { class: "cards" }, due.map((item) => {
    const saved = entries.some((entry) => entry.body.instrument === item.instrument);
    return h("li", { class: "card measure-due", "data-instrument": item.instrument },
      h("h3", {}, item.title),
      h("p", { class: "role" }, item.name),
      h("p", {}, t("Open until {day}", { day: dayLabel(item.due_until) })),
      saved
        ? h("p", {}, h("span", { class: "badge waiting-badge" }, t("Waiting to send")))
        : h("a", { class: "button primary", href: `#/measures/${item.instrument}`, "aria-label": t("Start: {title}", { title: item.title }) }, t("Start")));
  }));
}

function waitingList(entries) {
  if (!entries.length) return null;
  return h("section", { class: "measures-waiting", "aria-labelledby": "measures-waiting-title" },
    h("h2", { id: "measures-waiting-title" }, t("Waiting to send")),
    h("ul", { class: "plain-list" }, entries.map((entry) => h("li", { "data-response": entry.id },
      t("{title}, {day}", { title: entry.title || entry.body.instrument, day: dayLabel(entry.body.local_date) })))),
    h("p", { class: "hint" }, t("Saved on this phone. It will be sent when you're back online.")));
}

function historyList(history) {
  if (!history) return h("p", { class: "hint" }, t("Your earlier questionnaires will show when you're back online."));
  const shown = history.filter((response) => !response.superseded);
  if (!shown.length) return h("p", { class: "hint" }, t("None yet."));
  return h("ul", { class: "measure-history" }, shown.map((response) => h("li", { "data-response": response.id },
    h("p", { class: "history-day" }, dayLabel(response.local_date)),
    h("p", { class: "history-name" }, response.name),
    scoreLines(response))));
}

async function listScreen(user, support) {
  const content = h("div", { class: "measures-list" });
  const view = h("section", { class: "measures" }, heading(t("Questionnaires")),
    support?.support ? supportPanel(support.support.plan, { who: support.support.seen_by, focus: true }) : null,
    content);
  async function draw(data) {
    const entries = await waiting(user.id, "measure");
    content.replaceChildren(...[
      h("p", {}, t("Short questionnaires help you and your care team see how things are changing.")),
      data?.cached ? h("p", { class: "updated" }, h("span", { class: "offline-tag" }, t("Offline.")), " ", t("This is the last saved copy.")) : null,
      h("section", { "aria-labelledby": "measures-due-title" },
        h("h2", { id: "measures-due-title" }, t("Ready for you")),
        data ? dueList(data.due, entries) : h("p", { class: "hint" }, t("Your questionnaires will show when you're back online."))),
      waitingList(entries),
      h("section", { "aria-labelledby": "measures-history-title" },
        h("h2", { id: "measures-history-title" }, t("What you sent")),
        historyList(data?.history ?? null)),
    ].filter(Boolean));
  }
  // Answers sent from the outbox meanwhile: the lists again, with the new scores.
  const changed = async () => {
    if (!view.isConnected) return outboxEvents.removeEventListener("change", changed);
    await draw(await measuresNow().catch(() => null));
  };
  outboxEvents.addEventListener("change", changed);
  await draw(await measuresNow());
  return view;
}

// --- crisis help ------------------------------------------------------------------------------------

function seenByText({ who, queued, sending }) {
  if (queued) return t("Your answers are saved on this phone. Your care team will see this as soon as your phone is back online.");
  if (sending) return t("Your answers are on their way to your care team.");
  if (!who) return t("Thank you for telling us.");
  const name = who[0].toLocaleUpperCase(locale()) + who.slice(1);
  return t("Thank you for telling us. {who} will see your answers.", { who: `${name}${who.includes(",") ? "," : ""}` });
}

// The client's plan first (or the program's coping text when they have none), then 988, the
// program's front desk and 911; what it says about who sees the answers changes as they go.
function supportPanel(plan, state) {
  const own = plan ? planHelp(plan) : null;
  return h("section", { class: "support-panel measure-support", tabindex: "-1", "aria-labelledby": "measure-support-title",
    "data-focus": state.focus || null },
    h("h2", { id: "measure-support-title" }, t("You don't have to go through this alone")),
    h("p", { class: "seen-by" }, seenByText(state)),
    own || (plan?.fallback ? [h("h3", {}, t("Your coping plan")), h("p", { class: "coping-plan" }, plan.fallback),
      h("p", {}, h("a", { href: "#/safety-plan" }, t("Make a safety plan")))] : null),
    h("h3", {}, t("Talk with someone now: 988, free, 24/7")),
    crisisLinks(),
    plan ? frontDesk(plan) : null,
    h("p", { class: "emergency" }, t("In danger right now?"), " ", h("a", { href: "tel:911" }, t("Call 911"))));
}

// --- one questionnaire ----------------------------------------------------------------------------

function itemField(item, other) {
  const key = item.key;
  return h("fieldset", { class: "question measure-item", id: `item-${key}`, "data-key": key },
    h("legend", {}, h("span", { class: "item-number" }), h("span", { class: "item-text", lang: other }, item.text)),
    item.scored ? null : h("p", { class: "hint" }, t("You can skip this one.")),
    h("p", { class: "field-error", id: `a-${key}-0-error`, hidden: true }),
    h("div", { class: "options" }, item.options.map((text, i) =>
      h("label", { class: "option" },
        h("input", { type: "radio", name: `a-${key}`, value: i, id: `a-${key}-${i}` }),
        h("span", { lang: other }, text)))));
}

// The answers chosen: { key: index } of the items asked.
function chosen(form) {
  const answers = {};
  for (const input of form.querySelectorAll("input[type=radio]:checked")) {
    if (!input.closest("fieldset").hidden) answers[input.name.slice(2)] = Number(input.value);
  }
  return answers;
}

// Show the items asked given the answers so far (a branch not taken is hidden and its answers
// cleared), and number them: "Question 3 of 9".
function branch(form, items) {
  const asked = new Set();
  for (const item of items) {
    const field = form.querySelector(`#item-${CSS.escape(item.key)}`);
    const rule = item.asked_if;
    const ask = !rule || (asked.has(rule.item) && rule.answers.includes(chosen(form)[rule.item]));
    field.hidden = !ask;
    if (ask) asked.add(item.key);
    else for (const input of field.querySelectorAll("input:checked")) input.checked = false;
  }
  const shown = items.filter((item) => asked.has(item.key));
  shown.forEach((item, i) => {
    form.querySelector(`#item-${CSS.escape(item.key)} .item-number`).textContent =
      t("Question {number} of {count}", { number: i + 1, count: shown.length });
  });
  return shown;
}

async function questionnaire(user, code, announce) {
  let instrument;
  try {
    instrument = await api.instrument(code);
  } catch (err) {
    if (!err.offline) throw err;
    return h("section", { class: "measures" }, heading(t("Questionnaires")),
      h("p", { class: "notice" }, t("This questionnaire will open when you're back online. It needs to be opened once with a connection.")),
      h("p", { class: "back" }, h("a", { href: "#/measures" }, t("Back to questionnaires"))));
  }
  const items = instrument.items;
  if (items.some((item) => item.safety)) api.safetyPlan().catch(() => {}); // saved for crisis help offline
  const other = instrument.language !== lang() ? instrument.language : null;
  const summary = errorSummary("measure-problems");
  const result = h("div", { class: "measure-result" });
  const button = h("button", { type: "submit", class: "button primary" }, t("Send answers"));
  const form = h("form", { class: "measure-form", novalidate: true },
    items.map((item) => itemField(item, other)),
    h("p", { class: "hint" }, t("Your answers go to your care team.")),
    button);
  let asked = branch(form, items);
  form.addEventListener("change", () => {
    asked = branch(form, items);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    const answers = chosen(form);
    const missing = asked.map((item, i) => [item, i + 1]).filter(([item]) => item.scored && !(item.key in answers));
    report(summary, form, missing.map(([item, number]) =>
      ({ field: `a-${item.key}-0`, message: t("Question {number}: choose an answer.", { number }) })));
    if (missing.length) return;
    const body = { id: newId(), instrument: code, local_date: localDate(new Date().toISOString(), user.timezone), answers };
    const safety = asked.some((item) => item.safety && answers[item.key] > 0);
    button.disabled = true;
    try {
      await sendAnswers(body, safety);
    } finally {
      button.disabled = false;
    }
  });

  async function sendAnswers(body, safety) {
    let panel = null;
    const plan = safety ? await savedPlan() : null;
    if (safety) {
      // Crisis help first, before (and without) the server's answer.
      panel = supportPanel(plan, { sending: true });
      result.replaceChildren(panel);
      form.hidden = true;
      panel.focus({ preventScroll: true });
      panel.scrollIntoView({ block: "start" }); // its top (their people) in sight, not its end
    }
    let outcome;
    try {
      outcome = await send(user.id, { id: body.id, kind: "measure", body, title: instrument.title });
    } catch (err) {
      form.hidden = false;
      const problem = h("p", { class: "form-error", role: "alert" }, err.detail || t("Your answers could not be sent. Please try again."));
      result.replaceChildren(...[panel, problem].filter(Boolean));
      return;
    }
    const back = h("p", { class: "back" }, h("a", { href: "#/measures" }, t("Back to questionnaires")));
    const answer = outcome.answer;
    let done;
    if (answer) {
      done = h("div", { class: "card measure-done", tabindex: "-1" },
        h("h2", {}, t("Thank you. Your answers were sent.")),
        scoreLines(answer),
        h("p", {}, t("Your care team will go over them with you.")));
    } else {
      done = h("p", { class: "notice measure-done", tabindex: "-1" }, t("Saved on this phone. It will be sent when you're back online."));
    }
    for (const node of [form, summary, ...view.querySelectorAll(".preamble, .measure-notice, .back")]) node.remove();
    if (panel) {
      const support = answer?.support;
      const fresh = support && !panel.querySelector(".plan-help") && planHelp(support.plan);
      const next = fresh ? supportPanel(support.plan, { who: support.seen_by }) : panel;
      next.querySelector(".seen-by").textContent = seenByText(support ? { who: support.seen_by } : { queued: !answer, who: null });
      if (next === panel) result.append(done, back); // the panel stays put, with focus in it
      else {
        result.replaceChildren(next, done, back);
        next.focus();
      }
      announce(next.querySelector(".seen-by").textContent);
    } else {
      result.replaceChildren(done, back);
      done.focus();
      if (!answer) announce(t("Saved on this phone. Waiting to send."));
    }
  }

  const view = h("section", { class: "measures measure" },
    heading(instrument.title),
    h("p", { class: "role" }, instrument.name),
    h("p", { class: "back" }, h("a", { href: "#/measures" }, t("Back to questionnaires"))),
    instrument.notice ? h("p", { class: "notice measure-notice" }, instrument.notice) : null,
    result,
    summary,
    h("p", { class: "preamble", lang: other }, instrument.preamble),
    form,
    h("details", { class: "measure-about" },
      h("summary", {}, t("About this questionnaire")),
      h("p", { lang: "en" }, instrument.source),
      h("p", { lang: "en" }, instrument.terms)));
  return view;
}
