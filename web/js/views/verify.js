// "Confirm it is you": the second step of signing in (after the password, for an account with a
// passkey or an authenticator app), and the same question asked again before a sensitive action
// when the person last proved who they are a while ago (confirmIdentity, from `request` below).
import { api, ApiError, get, request as send } from "../api.js";
import { h, heading } from "../dom.js";
import { errorSummary, field, input, report } from "../forms.js";
import { t, use } from "../i18n.js";
import { onIpAddress, usePasskey } from "../passkey.js";

// Its styles (and enrol.js's) load with it, never on a first visit (bench/B7); the screen is
// not held up more than a second for them.
const styles = h("link", { rel: "stylesheet", href: "/css/factors.css" });
const styled = new Promise((resolve) => {
  styles.addEventListener("load", resolve);
  styles.addEventListener("error", resolve);
  setTimeout(resolve, 1000);
});
document.head.append(styles);
await use("views/verify");
await styled;

// The second step's calls, added to `api` here (as staff-api.js adds the staff's) so that a
// first visit does not carry them: every screen that uses them imports this module.
// A sensitive action the server wants proved again ("step_up": the person last confirmed who
// they are a while ago) asks them to confirm it is them, then is sent again, once; cancelled,
// it throws the server's refusal like any other. Staff calls (staff-api.js) go through here too.
export async function request(method, path, body, timeout) {
  try {
    return await send(method, path, body, timeout);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== "step_up") throw err;
    await confirmItIsYou(err);
    return send(method, path, body, timeout);
  }
}

// One question at a time, however many requests asked for it meanwhile.
let confirming = null;
function confirmItIsYou(refusal) {
  confirming ||= confirmIdentity(refusal).finally(() => { confirming = null; });
  return confirming;
}

Object.assign(api, {
  // the second step of signing in (or proving it again): `proof` is { code } or { password }
  verify: (proof) => send("POST", "/api/auth/verify", proof),
  passkeyChallenge: () => send("POST", "/api/auth/passkey/options"),
  verifyPasskey: (credential) => send("POST", "/api/auth/passkey/verify", { credential }),
  // one's own second factors, and recovery codes
  factors: () => get("/api/auth/factors"),
  startTotp: () => request("POST", "/api/auth/factors/totp"),
  confirmTotp: (id, code, label) => request("POST", `/api/auth/factors/totp/${id}/confirm`, { code, label }),
  passkeyOptions: () => request("POST", "/api/auth/factors/passkey/options"),
  addPasskey: (credential, label) => request("POST", "/api/auth/factors/passkey", { credential, label }),
  removeFactor: (id) => request("DELETE", `/api/auth/factors/${id}`),
  newRecoveryCodes: () => request("POST", "/api/auth/recovery-codes"),
});

// What a failed passkey prompt means, in words: cancelled or timed out, or no web address.
export function passkeyProblem(err) {
  if (err instanceof ApiError) return err.detail;
  if (err?.name === "SecurityError" || onIpAddress()) {
    return t("Passkeys need the app's web address, not an IP address. Use an authenticator app instead.");
  }
  if (err?.name === "InvalidStateError") return t("This device already has a passkey for your account.");
  return t("The passkey was not used. Try again, or use another way.");
}

async function provePasskey() {
  const options = await api.passkeyChallenge();
  return api.verifyPasskey(await usePasskey(options));
}

// The code field: six digits from an authenticator app, or (after "Use a recovery code") one of
// the saved codes. `methods`: what the account has (passkey, totp, recovery).
function codeForm({ methods, prefix, submit, extra = [] }) {
  const summary = errorSummary(`${prefix}-summary`);
  const code = input(`${prefix}-code`, { type: "text", inputmode: "numeric", autocomplete: "one-time-code",
    autocapitalize: "none", spellcheck: "false", maxlength: "16", class: "code-input" });
  const codeField = field(`${prefix}-code`, t("Code from your authenticator app"), code,
    t("The 6-digit code it shows for Companion."));
  const button = h("button", { type: "submit", class: "button primary" }, t("Continue"));
  const form = h("form", { class: "stack", novalidate: true }, summary, codeField, button);
  let recovery = !methods.includes("totp");

  function showMode() {
    codeField.querySelector("label").textContent = recovery ? t("Recovery code") : t("Code from your authenticator app");
    codeField.querySelector(".hint").textContent = recovery
      ? t("One of the codes you saved when you set this up, like ABCDE-FGH23. Each works once.")
      : t("The 6-digit code it shows for Companion.");
    code.setAttribute("inputmode", recovery ? "text" : "numeric");
    code.setAttribute("autocomplete", recovery ? "off" : "one-time-code");
    switcher.hidden = !methods.includes("totp") || !methods.includes("recovery");
    switcher.textContent = recovery ? t("Use a code from your authenticator app") : t("Use a recovery code");
  }
  const switcher = h("button", { type: "button", class: "button link" }, "");
  switcher.addEventListener("click", () => {
    recovery = !recovery;
    code.value = "";
    report(summary, form, []);
    showMode();
    code.focus();
  });
  showMode();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    const value = code.value.trim();
    if (!value) {
      report(summary, form, [{ field: code.id, message: recovery ? t("Enter a recovery code.") : t("Enter the 6-digit code from your authenticator app.") }]);
      return;
    }
    button.disabled = true;
    try {
      await submit(value);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      code.value = "";
      report(summary, form, [{ field: code.id, message: err.detail }]);
    } finally {
      button.disabled = false;
    }
  });
  const hasCodes = methods.includes("totp") || methods.includes("recovery");
  return { node: hasCodes ? h("div", { class: "stack" }, form, switcher, ...extra) : null, summary, form };
}

// The sign-in's second step. `done(user)` continues as a completed sign-in; `cancel()` signs
// out (someone else's account, or no factor to hand); `expired()` when the 10 minutes ran out.
export function secondStepView({ user, done, cancel, expired }) {
  const methods = user.methods || [];
  const summary = errorSummary("passkey-summary");
  const finish = async (work) => {
    try {
      await done(await work());
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return expired();
      throw err;
    }
  };
  const codes = codeForm({ methods, prefix: "second", submit: (code) => finish(() => api.verify({ code })) });
  let passkey = null;
  if (methods.includes("passkey")) {
    passkey = h("button", { type: "button", class: "button primary" }, t("Use a passkey"));
    passkey.addEventListener("click", async () => {
      if (passkey.disabled) return;
      passkey.disabled = true;
      report(summary, codes.form, []);
      try {
        await finish(provePasskey);
      } catch (err) {
        const message = passkeyProblem(err);
        summary.hidden = false;
        summary.querySelector("ul").replaceChildren(h("li", {}, message));
        summary.focus();
      } finally {
        passkey.disabled = false;
      }
    });
  }
  const leave = h("button", { type: "button", class: "button link" }, t("Sign in as someone else"));
  leave.addEventListener("click", () => cancel());
  return h("div", { class: "view signin second-step" },
    heading(t("Confirm it is you")),
    h("p", {}, t("Your password was right. One more step keeps your account safe.")),
    passkey ? summary : null,
    passkey ? h("section", { class: "stack", "aria-label": t("Passkey") },
      h("p", {}, t("Use this device's fingerprint, face or screen lock.")), passkey) : null,
    passkey && codes.node ? h("p", { class: "or" }, t("Or use a code")) : null,
    codes.node,
    h("p", { class: "have-code" }, leave));
}

// Before a sensitive action, when the last proof is old: a dialog asks for a passkey, a code,
// or (an account without a second step) the password. Resolves once the server has the proof;
// rejects with `refusal` (the server's "confirm it is you") when the person cancels.
export async function confirmIdentity(refusal) {
  const { factors = [], recovery_codes_left: codesLeft = 0 } = await api.factors();
  const kinds = new Set(factors.map((factor) => factor.kind));
  const methods = [...kinds, ...(codesLeft ? ["recovery"] : [])];
  const dialog = h("dialog", { class: "step-up", "aria-labelledby": "step-up-title" });
  document.body.append(dialog);
  return new Promise((resolve, reject) => {
    let settled = false;
    const close = (ok) => {
      settled = true;
      dialog.close();
      dialog.remove();
      return ok ? resolve() : reject(refusal);
    };
    dialog.addEventListener("close", () => {
      if (!settled) close(false); // Escape
    });
    const cancel = h("button", { type: "button", class: "button secondary" }, t("Cancel"));
    cancel.addEventListener("click", () => close(false));
    let body;
    if (!factors.length) {
      body = passwordForm(() => close(true));
    } else {
      const codes = codeForm({ methods, prefix: "step-up", submit: async (code) => {
        await api.verify({ code });
        close(true);
      } });
      const parts = [];
      if (kinds.has("passkey")) {
        const error = h("p", { class: "form-error", "aria-live": "assertive" });
        const passkey = h("button", { type: "button", class: "button primary" }, t("Use a passkey"));
        passkey.addEventListener("click", async () => {
          if (passkey.disabled) return;
          passkey.disabled = true;
          error.textContent = "";
          try {
            await provePasskey();
            close(true);
          } catch (err) {
            error.textContent = passkeyProblem(err);
            passkey.disabled = false;
          }
        });
        parts.push(passkey, error);
        if (codes.node) parts.push(h("p", { class: "or" }, t("Or use a code")));
      }
      body = h("div", { class: "stack" }, ...parts, codes.node);
    }
    dialog.append(
      h("h2", { id: "step-up-title", tabindex: "-1" }, t("Confirm it is you")),
      h("p", {}, t("It has been a while since you signed in. Confirm it is you to go on.")),
      body, h("div", { class: "actions row" }, cancel));
    dialog.showModal();
    dialog.querySelector("h2").focus();
  });
}

function passwordForm(proved) {
  const summary = errorSummary("step-up-password-summary");
  const password = input("step-up-password", { type: "password", autocomplete: "current-password" });
  const button = h("button", { type: "submit", class: "button primary" }, t("Confirm"));
  const form = h("form", { class: "stack", novalidate: true }, summary,
    field("step-up-password", t("Your password"), password), button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (button.disabled) return;
    if (!password.value) return report(summary, form, [{ field: password.id, message: t("Enter your password.") }]);
    button.disabled = true;
    try {
      await api.verify({ password: password.value });
      proved();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      password.value = "";
      report(summary, form, [{ field: password.id, message: err.detail }]);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
