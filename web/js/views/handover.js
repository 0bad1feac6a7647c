// The handover: after an invitation or a password reset, the code and link to give the person,
// large enough to read out or copy by hand, with Print and Copy, when it stops working, and what
// to tell them. It is shown once: the server keeps only a hash of the code.
import { h, heading } from "../dom.js";
import { shortDay, time } from "../format.js";

function copyButton(label, text, done, announce) {
  const button = h("button", { type: "button", class: "button secondary" }, label);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(done);
    } catch {
      announce("Copying is not allowed here. Select the text and copy it instead.");
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
    heading(reset || renewed ? `A new code for ${who}` : `${who} is invited`),
    h("p", { class: "no-print" }, `Give ${who} this code and sign-in name: on paper, in person, or in a message only they read. The app sends nothing.`),
    h("div", { class: "handover-card" },
      h("p", { class: "print-only" }, reset ? `${who}: your new Companion code` : `${who}: your Companion code`),
      h("dl", {},
        h("dt", {}, "Code"),
        h("dd", { class: "handover-code" }, code),
        h("dt", {}, "Sign-in name"),
        h("dd", { class: "handover-name" }, name),
        h("dt", {}, "Link"),
        h("dd", { class: "handover-link" }, h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, link))),
      h("p", { class: "handover-expiry" },
        `Valid for ${hours} hours, once: until ${shortDay(expires, zone)} at ${time(expires, zone)}.`),
      h("h2", {}, `What to tell ${who}`),
      h("ol", { class: "handover-steps" },
        h("li", {}, "Open the link on your phone. Or open ", h("span", { class: "handover-origin" }, origin),
          ", choose \u201cI have a code\u201d and type the code."),
        h("li", {}, reset ? "Choose a new password." : "Choose a password: at least 10 characters."),
        h("li", {}, "Then sign in as ", h("strong", { class: "sign-in-name" }, name), "."))),
    h("div", { class: "actions row no-print" },
      h("button", { type: "button", class: "button secondary", onClick: () => window.print() }, "Print"),
      copyButton("Copy link", link, "Link copied.", announce),
      copyButton("Copy code", code, "Code copied.", announce)),
    h("p", { class: "hint no-print" }, `This is the only time the code is shown. ${lost}`),
    h("div", { class: "actions row no-print" },
      person ? h("a", { class: "button secondary", href: person.href }, person.label) : null,
      h("a", { class: "button secondary", href: again.href, onClick: (event) => {
        if (location.hash !== again.href) return;
        event.preventDefault(); // the same address: draw that screen again
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      } }, again.label)));
}
