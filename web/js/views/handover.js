// The handover: after an invitation or a password reset, the code and link to give the person,
// large enough to read out or copy by hand, with Print and Copy, when it stops working, and what
// to tell them. It is shown once: the server keeps only a hash of the code.
import { h, heading } from "../dom.js";
import { shortDay, time } from "../format.js";
import { t, tn, use } from "../i18n.js";

await use("views/handover");

// A translated sentence with elements in it: each {name} of `text` replaced by nodes[name], so
// the translation decides where the element goes.
function sentence(text, nodes) {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? nodes[part] ?? `{${part}}` : part)).filter((part) => part !== "");
}

function copyButton(label, text, done, announce) {
  const button = h("button", { type: "button", class: "button secondary" }, label);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(done);
    } catch {
      announce(t("Copying is not allowed here. Select the text and copy it instead."));
    }
  });
  return button;
}

// `invitation`: { person, purpose, code, link, sign_in_name, expires_at }. `again` and `person`:
// links onward ({ href, label }). `lost`: what to do if the code is lost.
// `renewed`: a new code for someone already invited (whatever its purpose).
export function handoverView(invitation, { announce, again, person = null, lost, renewed = false }) {
  const { code, link, sign_in_name: name, expires_at: expires } = invitation;
  const who = invitation.person.name;
  const reset = invitation.purpose === "reset";
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const hours = Math.round((new Date(expires) - Date.now()) / 3600000);
  const origin = new URL(link, location.href).origin;
  return h("section", { class: "handover" },
    heading(reset || renewed ? t("A new code for {name}", { name: who }) : t("{name} is invited", { name: who })),
    h("p", { class: "no-print" },
      t("Give {name} this code and sign-in name: on paper, in person, or in a message only they read. The app sends nothing.", { name: who })),
    h("div", { class: "handover-card" },
      h("p", { class: "print-only" }, reset ? t("{name}: your new Companion code", { name: who }) : t("{name}: your Companion code", { name: who })),
      h("dl", {},
        h("dt", {}, t("Code")),
        h("dd", { class: "handover-code" }, code),
        h("dt", {}, t("Sign-in name")),
        h("dd", { class: "handover-name" }, name),
        h("dt", {}, t("Link")),
        h("dd", { class: "handover-link" }, h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, link))),
      h("p", { class: "handover-expiry" },
        t("Valid for {hours}, once: until {day} at {time}.",
          { hours: tn(hours, "{count} hour", "{count} hours"), day: shortDay(expires, zone), time: time(expires, zone) })),
      h("h2", {}, t("What to tell {name}", { name: who })),
      h("ol", { class: "handover-steps" },
        h("li", {}, sentence(t("Open the link on your phone. Or open {address}, choose “{button}” and type the code."),
          { address: h("span", { class: "handover-origin" }, origin), button: t("I have a code") })),
        h("li", {}, reset ? t("Choose a new password.") : t("Choose a password: at least 10 characters.")),
        h("li", {}, sentence(t("Then sign in as {name}."), { name: h("strong", { class: "sign-in-name" }, name) })))),
    h("div", { class: "actions row no-print" },
      h("button", { type: "button", class: "button secondary", onClick: () => window.print() }, t("Print")),
      copyButton(t("Copy link"), link, t("Link copied."), announce),
      copyButton(t("Copy code"), code, t("Code copied."), announce)),
    h("p", { class: "hint no-print" }, t("This is the only time the code is shown."), " ", lost),
    h("div", { class: "actions row no-print" },
      person ? h("a", { class: "button secondary", href: person.href }, person.label) : null,
      h("a", { class: "button secondary", href: again.href, onClick: (event) => {
        if (location.hash !== again.href) return;
        event.preventDefault(); // the same address: draw that screen again
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      } }, again.label)));
}
