// Adding a second step to signing in: the staff's "Protect your account" page (a staff member
// without one is sent here after their password), the two ways to add one (a passkey on this
// device, or an authenticator app: QR code, the key to type, its first code), the ten recovery
// codes shown once, and Settings' "Sign-in security" card, which uses the same steps.
import { api, ApiError } from "../api.js";
import { confirmation } from "../confirm.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, report } from "../forms.js";
import { N_, locale, t, tn, use } from "../i18n.js";
import { createPasskey, onIpAddress, passkeysSupported } from "../passkey.js";
import { passkeyProblem } from "./verify.js";

await use("views/enrol");

const KIND = { passkey: N_("Passkey"), totp: N_("Authenticator app") };
// Whole sentences per kind, so each language can agree its words with the kind.
const ADDED = { passkey: N_("Passkey added."), totp: N_("Authenticator app added.") };
const REMOVED = { passkey: N_("Passkey removed."), totp: N_("Authenticator app removed.") };
const REMOVE = { passkey: N_("Remove this passkey?"), totp: N_("Remove this authenticator app?") };

// The authenticator app's key in groups of four, as people type it.
const grouped = (secret) => secret.match(/.{1,4}/g).join(" ");

// The server's QR code (an <svg> made from the otpauth address) read as SVG, never as HTML.
// An inline SVG may leave out its namespace, without which nothing would be drawn.
const SVG = "http://www.w3.org/2000/svg";
function qrCode(svgText) {
  const text = svgText.includes("xmlns=") ? svgText : svgText.replace("<svg", `<svg xmlns="${SVG}"`);
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
  if (parsed.namespaceURI !== SVG || parsed.localName !== "svg") return null;
  const svg = document.importNode(parsed, true);
  for (const node of svg.querySelectorAll("script, foreignObject")) node.remove(); // not text
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", t("QR code for your authenticator app"));
  svg.setAttribute("class", "qr-code");
  return svg;
}

// A passkey on this device, made and kept. Resolves with the server's answer (factor, recovery
// codes, user); rejects with an ApiError or the browser's DOMException.
export async function addPasskey() {
  const options = await api.passkeyOptions();
  const credential = await createPasskey(options);
  return api.addPasskey(credential, t("Passkey"));
}

// The authenticator-app steps, as one panel: `done(answer)` with the server's answer once the
// first code is right; `back()` returns to the choices. Resolves with the panel.
export async function totpPanel({ level = 1, done, back }) {
  const started = await api.startTotp();
  const summary = errorSummary("totp-summary");
  const code = input("totp-code", { type: "text", inputmode: "numeric", autocomplete: "one-time-code",
    autocapitalize: "none", spellcheck: "false", maxlength: "8", class: "code-input" });
  const confirm = h("button", { type: "submit", class: "button primary" }, t("Confirm"));
  const form = h("form", { class: "stack", novalidate: true }, summary,
    field("totp-code", t("Code from your authenticator app"), code, t("Enter the 6 digits it shows now.")), confirm);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (confirm.disabled) return;
    const digits = code.value.replace(/\s/g, "");
    if (!/^\d{6}$/.test(digits)) {
      return report(summary, form, [{ field: code.id, message: t("Enter the 6-digit code from your authenticator app.") }]);
    }
    confirm.disabled = true;
    try {
      done(await api.confirmTotp(started.id, digits, t("Authenticator app")));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      code.value = "";
      report(summary, form, [{ field: code.id, message: err.detail }]);
    } finally {
      confirm.disabled = false;
    }
  });
  const backButton = h("button", { type: "button", class: "button link" }, t("Back"));
  backButton.addEventListener("click", back);
  return h("div", { class: "stack totp-setup" },
    heading(t("Set up your authenticator app"), level),
    h("ol", { class: "steps" },
      h("li", {}, t("Open your authenticator app (for example Google Authenticator or Microsoft Authenticator) and add an account.")),
      h("li", {}, t("Scan this QR code with it."),
        h("div", { class: "qr-box" }, qrCode(started.qr_svg)),
        h("p", { class: "hint" }, t("Can't scan it? Type this key into the app instead:")),
        h("p", { class: "secret", "aria-label": t("Key: {key}", { key: started.secret.split("").join(" ") }) },
          h("code", { "data-secret": started.secret }, grouped(started.secret)))),
      h("li", {}, t("Enter the code the app shows for Companion."))),
    form,
    h("p", {}, backButton));
}

// The ten recovery codes, once: copy, download, and (for the first ones) a promise to have kept
// them before going on. `done()` when the person continues.
export function recoveryCodesPanel({ codes, level = 1, done }) {
  const text = [t("Companion recovery codes"), t("Each code works once."), "", ...codes].join("\n");
  const status = h("p", { class: "hint", role: "status" });
  const copy = h("button", { type: "button", class: "button secondary" }, t("Copy codes"));
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t("The codes are copied.");
    } catch {
      status.textContent = t("Copying is not allowed here. Download the codes or write them down.");
    }
  });
  const download = h("button", { type: "button", class: "button secondary" }, t("Download as a text file"));
  download.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = h("a", { href: url, download: "recovery-codes.txt", hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    status.textContent = t("The codes are downloaded.");
  });
  const summary = errorSummary("codes-summary");
  const saved = h("input", { id: "codes-saved", name: "codes-saved", type: "checkbox", "aria-describedby": "codes-saved-error" });
  const go = h("button", { type: "submit", class: "button primary" }, t("Continue"));
  const form = h("form", { class: "stack", novalidate: true }, summary,
    h("div", { "data-field": "codes-saved" },
      h("p", { class: "field-error", id: "codes-saved-error", hidden: true }),
      h("label", { class: "choice" }, saved, t("I have saved these codes somewhere safe"))),
    go);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!saved.checked) {
      return report(summary, form, [{ field: saved.id, message: t("Save the codes, then tick the box to say you have.") }]);
    }
    done();
  });
  return h("div", { class: "stack recovery-codes" },
    heading(t("Save your recovery codes"), level),
    h("p", {}, t("If you lose your phone or your passkey, a recovery code lets you sign in. Each code works once. Keep them somewhere safe, like a password manager.")),
    h("ol", { class: "codes", "aria-label": t("Recovery codes") }, codes.map((item) => h("li", {}, h("code", {}, item)))),
    h("div", { class: "actions row" }, copy, download), status, form);
}

// The two ways, side by side on a laptop: `choose(kind, button)` starts one.
function choices(choose, level) {
  const passkeyButton = h("button", { type: "button", class: "button primary" }, t("Use a passkey"));
  passkeyButton.addEventListener("click", () => choose("passkey", passkeyButton));
  const appButton = h("button", { type: "button", class: "button primary" }, t("Use an authenticator app"));
  appButton.addEventListener("click", () => choose("totp", appButton));
  const tag = `h${level}`;
  return h("div", { class: "factor-choices" },
    h("div", { class: "card factor-choice" },
      h(tag, {}, t("A passkey on this device")),
      h("p", {}, t("Sign in with this device's fingerprint, face or screen lock.")),
      passkeysSupported()
        ? passkeyButton
        : h("p", { class: "hint" }, onIpAddress()
          ? t("Passkeys need the app's web address, not an IP address. Use an authenticator app instead.")
          : t("This browser cannot make passkeys. Use an authenticator app instead."))),
    h("div", { class: "card factor-choice" },
      h(tag, {}, t("An authenticator app")),
      h("p", {}, t("An app on your phone shows a new 6-digit code every 30 seconds.")),
      appButton));
}

// One of the two ways, then the recovery codes when these are the first: `finished(answer)`.
// `draw(node)` puts a step in place (and focuses its heading); `error` shows a refusal.
async function addFactor(kind, button, { level, draw, again, error, finished, expired }) {
  if (button.disabled) return;
  button.disabled = true;
  error.textContent = "";
  const after = (answer) => {
    if (!answer.recovery_codes.length) return finished(answer);
    draw(recoveryCodesPanel({ codes: answer.recovery_codes, level, done: () => finished(answer) }));
  };
  try {
    if (kind === "passkey") after(await addPasskey());
    else draw(await totpPanel({ level, done: after, back: again }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401 && expired) return expired();
    if (kind === "passkey" || err instanceof ApiError) error.textContent = passkeyProblem(err);
    else throw err;
  } finally {
    button.disabled = false;
  }
}

// "Protect your account": a staff member's first sign-in (or after an admin reset their
// factors). `done(user)` continues as a completed sign-in; `cancel()` signs out.
export function enrolView({ done, cancel, expired }) {
  const view = h("div", { class: "view enrol" });
  const error = h("p", { class: "form-error", role: "alert" });
  const draw = (node) => {
    view.replaceChildren(node);
    node.querySelector("h1")?.focus();
  };
  const finished = (answer) => done(answer.user);
  const leave = h("button", { type: "button", class: "button link" }, t("Sign in as someone else"));
  leave.addEventListener("click", () => cancel());
  function again() {
    draw(h("div", { class: "stack" },
      heading(t("Protect your account")),
      h("p", {}, t("Staff sign in with a second step as well as their password, so no one else can open your clients' records.")),
      h("p", {}, t("Choose one way now. You can add another later in Settings.")),
      choices((kind, button) => addFactor(kind, button, { level: 1, draw, again, error, finished, expired }), 2),
      error,
      h("p", { class: "have-code" }, leave)));
  }
  again();
  return view;
}

// --- Settings: "Sign-in security" ------------------------------------------------------------

const dateText = (iso) => new Intl.DateTimeFormat(locale(), { dateStyle: "medium" }).format(new Date(iso));

function factorItem(factor, { confirm, removed }) {
  const remove = h("button", { type: "button", class: "button secondary" }, t("Remove"));
  const kind = t(KIND[factor.kind]);
  // The server names a factor by its kind unless someone named it otherwise.
  const label = [KIND[factor.kind], kind].includes(factor.label) ? "" : factor.label;
  remove.addEventListener("click", () => confirm.ask(remove, {
    title: t(REMOVE[factor.kind]),
    words: [t("You will no longer be able to use it to sign in.")],
    yes: t("Yes, remove it"),
    work: async () => {
      await api.removeFactor(factor.id);
      await removed(factor);
    },
  }));
  return h("li", { class: "factor" },
    h("p", { class: "factor-name" }, h("strong", {}, kind), label ? ` · ${label}` : null),
    h("p", { class: "hint" }, t("Added {date}", { date: dateText(factor.created_at) }), " · ",
      factor.last_used_at ? t("Last used {date}", { date: dateText(factor.last_used_at) }) : t("Not used yet")),
    remove);
}

// Everyone's card in Settings: staff must keep a second step, clients may add one.
export function securitySection({ announce }) {
  const section = h("section", { class: "card sign-in-security", "aria-labelledby": "security-title" });
  const error = h("p", { class: "form-error", "aria-live": "assertive" });
  const focusTitle = () => section.querySelector("#security-title")?.focus();
  const draw = (node) => {
    section.replaceChildren(node);
    const title = node.querySelector("h2");
    title?.setAttribute("tabindex", "-1");
    title?.focus();
  };

  async function render() {
    let state;
    try {
      state = await api.factors();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      section.replaceChildren(h("h2", { id: "security-title", tabindex: "-1" }, t("Sign-in security")), h("p", { class: "form-error" }, err.detail));
      return;
    }
    const confirm = confirmation();
    const finished = async (answer) => {
      await render();
      focusTitle();
      announce(t(ADDED[answer.factor.kind]));
    };
    const again = () => render().then(focusTitle);
    const start = (kind, button) => addFactor(kind, button, { level: 2, draw, again, error, finished });
    const addPasskeyButton = h("button", { type: "button", class: "button secondary" }, t("Add a passkey"));
    addPasskeyButton.addEventListener("click", () => start("passkey", addPasskeyButton));
    const addAppButton = h("button", { type: "button", class: "button secondary" }, t("Add an authenticator app"));
    addAppButton.addEventListener("click", () => start("totp", addAppButton));
    const newCodes = h("button", { type: "button", class: "button secondary" }, t("Make new recovery codes"));
    newCodes.addEventListener("click", () => confirm.ask(newCodes, {
      title: t("Make new recovery codes?"),
      words: [t("Your old recovery codes stop working as soon as the new ones are made.")],
      yes: t("Yes, make new codes"),
      work: async () => {
        const { recovery_codes: codes } = await api.newRecoveryCodes();
        draw(recoveryCodesPanel({ codes, level: 2, done: again }));
      },
    }));
    const any = state.factors.length > 0;
    const intro = state.required
      ? t("As staff, you sign in with your password and a second step. Keep at least one way here.")
      : any
        ? t("You sign in with your password and a second step.")
        : t("Add a second step to sign in: after your password, use a passkey or a code from an authenticator app, so no one else can open your account.");
    section.replaceChildren(...[ // replaceChildren would write a null as the word "null"
      h("h2", { id: "security-title", tabindex: "-1" }, t("Sign-in security")),
      h("p", {}, intro),
      any ? h("ul", { class: "factors" }, state.factors.map((factor) => factorItem(factor, {
        confirm,
        removed: async (factor) => {
          await render();
          focusTitle();
          announce(t(REMOVED[factor.kind]));
        },
      }))) : null,
      confirm.node, confirm.error,
      h("div", { class: "actions row" },
        passkeysSupported() ? addPasskeyButton : null, addAppButton),
      passkeysSupported() ? null : h("p", { class: "hint" }, onIpAddress()
        ? t("Passkeys need the app's web address, not an IP address. Use an authenticator app instead.")
        : t("This browser cannot make passkeys. Use an authenticator app instead.")),
      any ? h("p", {}, tn(state.recovery_codes_left, "You have {count} recovery code left.", "You have {count} recovery codes left.")) : null,
      any ? newCodes : null,
      error].filter(Boolean));
  }
  section.append(h("h2", { id: "security-title", tabindex: "-1" }, t("Sign-in security")));
  render();
  return section;
}
