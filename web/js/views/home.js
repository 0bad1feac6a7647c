import { h, heading } from "../dom.js";

const ROLE_NAMES = { client: "a client", counselor: "a counselor", admin: "an administrator" };

const WELCOME = {
  client: "This is your space between sessions. Your schedule, daily check-ins and homework will appear here.",
  counselor: "Your clients' check-ins and your review queue will appear here.",
  admin: "Accounts and clinic settings will appear here.",
};

// Each card is a function of the signed-in person returning an <li class="card">, or null.
// Features add theirs to this list.
const CARDS = [welcomeCard];

function welcomeCard(user) {
  return h("li", { class: "card" },
    h("h2", {}, "Welcome"),
    h("p", {}, WELCOME[user.role] || WELCOME.client));
}

export function homeView({ user, signOut }) {
  const status = h("p", { class: "form-error", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "button secondary", onClick: leave }, "Sign out");

  async function leave() {
    if (button.disabled) return;
    button.disabled = true;
    status.textContent = "";
    try {
      await signOut();
    } catch (err) {
      status.textContent = err.detail || "Signing out failed. Please try again.";
      button.disabled = false;
    }
  }

  return h("div", { class: "view home" },
    h("div", { class: "greeting" },
      heading(`Hello, ${user.display_name}`),
      h("p", { class: "role" }, `Signed in as ${ROLE_NAMES[user.role] || user.role}`)),
    h("ul", { class: "cards", "aria-label": "Your day" }, CARDS.map((card) => card(user))),
    h("div", { class: "actions" }, button),
    status);
}
