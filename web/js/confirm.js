// Asking first and undoing after, for the changes a person may regret (deactivating someone,
// completing an enrollment, ending a series, cancelling a session): a confirmation that names
// what is affected, then a toast with Undo that stays for a while over whatever screen is shown.
// Nothing here talks to the server: the callers' `work` and `undo` do.
import { ApiError } from "./api.js";
import { h } from "./dom.js";
import { t, use } from "./i18n.js";

await use("confirm");

export const UNDO_SECONDS = 45;

// A confirmation box, hidden until `ask` fills and opens it. `error` shows a refusal of `work`;
// callers place it (and `node`) where the question belongs.
export function confirmation() {
  const node = h("div", { class: "confirm", hidden: true });
  const error = h("p", { class: "form-error", "aria-live": "assertive" });

  // `opener` gets focus back on "no". `words`: paragraphs (text), or nodes. `work` runs on "yes".
  function ask(opener, { title, words = [], yes, no = t("Cancel"), work }) {
    const yesButton = h("button", { type: "button", class: "button primary" }, yes);
    const noButton = h("button", { type: "button", class: "button secondary" }, no);
    yesButton.addEventListener("click", async () => {
      if (yesButton.disabled) return;
      yesButton.disabled = true;
      error.textContent = "";
      try {
        await work();
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        error.textContent = err.detail;
        yesButton.disabled = false;
      }
    });
    noButton.addEventListener("click", () => {
      close();
      opener.focus();
    });
    error.textContent = "";
    node.replaceChildren(h("h3", { tabindex: "-1" }, title),
      ...words.map((text) => (text instanceof Node ? text : h("p", {}, text))),
      h("div", { class: "actions row" }, yesButton, noButton));
    showConfirm(node);
  }

  function close() {
    node.hidden = true;
    node.replaceChildren();
  }

  return { node, error, ask, close };
}

// A confirmation opens whole on the screen (its buttons too), its question focused.
export function showConfirm(node) {
  node.hidden = false;
  node.querySelector("h3").focus({ preventScroll: true });
  node.scrollIntoView({ block: "nearest" });
}

// "Maria Lopez is deactivated. [Undo] [Close]" at the bottom of the screen for UNDO_SECONDS, over
// whatever screen is shown. A refused undo says why in the toast, which stays.
let toast = null;
export function undoToast(message, undo) {
  toast?.remove();
  const error = h("p", { class: "form-error" });
  const button = h("button", { type: "button", class: "button secondary" }, t("Undo"));
  const close = h("button", { type: "button", class: "button secondary" }, t("Close"));
  const node = h("div", { class: "toast", role: "status" },
    h("p", { class: "toast-text" }, message), h("div", { class: "row" }, button, close), error);
  const timer = setTimeout(() => node.remove(), UNDO_SECONDS * 1000);
  const dismiss = () => {
    clearTimeout(timer);
    node.remove();
  };
  button.addEventListener("click", async () => {
    if (button.disabled) return;
    button.disabled = true;
    error.textContent = "";
    try {
      await undo();
      dismiss();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.detail;
      button.disabled = false;
    }
  });
  close.addEventListener("click", dismiss);
  document.body.append(node);
  toast = node;
}

// Refresh the screen after an undo only if the person is still on it (the toast outlives it).
export function refreshIfOn(context, hash) {
  return location.hash === hash ? context.refresh() : undefined;
}
