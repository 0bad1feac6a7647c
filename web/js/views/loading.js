import { h } from "../dom.js";

export function loadingView() {
  return h("div", { class: "view", "aria-busy": "true" }, h("h1", { class: "visually-hidden" }, "Companion"),
    h("p", { class: "loading" }, "Loading…"));
}
