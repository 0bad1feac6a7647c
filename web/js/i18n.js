// The words a person reads, in their language. English is the source: `t("Check in")` is the
// English text itself, or its translation from the catalogs of the chosen language
// (web/locales/<language>/<part>.json, flat JSON keyed by the English, the format translators'
// tools read; served keyed by a hash of the English, see keyOf). A missing entry shows the English, never a blank. Placeholders are `{name}`.
// Plurals: `tn(count, "{count} meeting", "{count} meetings")`; a catalog gives the forms of its
// language's CLDR categories ({"one": …, "other": …}) under the English plural. `N_("…")` only
// marks a text kept in a constant (tab labels, moods) for the catalog check; `t(constant)`
// translates it where it is shown. tests/test_catalog.py fails on a text that skips all three.
//
// The first visit's screens share one catalog part ("shell", precached by the service worker
// once chosen); every screen loaded later asks for its own part at import, so a client's phone
// never downloads staff words, and English downloads nothing at all.

export const LANGUAGES = { en: "en-US", es: "es-US" };
const STORED = "companion-language"; // this device's choice before anyone signs in

let language = "en";
let catalog = {};
const parts = new Set(); // the parts the loaded modules asked for, reloaded on a switch
let pluralRules = new Intl.PluralRules("en-US");

export const lang = () => language;
export const locale = () => LANGUAGES[language];

// A catalog arrives keyed by a hash of the English (server/core/minify.py, catalog_key):
// FNV-1a over its UTF-16 code units, in base 36. Each text's key is worked out once.
const keys = new Map();
function keyOf(english) {
  let key = keys.get(english);
  if (key === undefined) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < english.length; i++) hash = Math.imul(hash ^ english.charCodeAt(i), 0x01000193) >>> 0;
    key = hash.toString(36);
    keys.set(english, key);
  }
  return key;
}

export function t(message, values) {
  const text = catalog[keyOf(message)];
  return fill(typeof text === "string" ? text : message, values);
}

export function tn(count, one, other, values = {}) {
  const forms = catalog[keyOf(other)];
  const category = pluralRules.select(count);
  const text = forms && typeof forms === "object"
    ? forms[category] ?? forms.other
    : category === "one" ? one : other;
  return fill(text, { count: count.toLocaleString(locale()), ...values });
}

export const N_ = (message) => message;

function fill(text, values) {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// "es-US", "es", "es-419" -> "es"; anything else -> null.
export function languageOf(tag) {
  const base = String(tag || "").split("-")[0].toLowerCase();
  return base in LANGUAGES ? base : null;
}

// Before sign-in: this device's last choice, else the browser's preferred languages in order.
export function deviceLanguage() {
  let stored = null;
  try {
    stored = languageOf(localStorage.getItem(STORED));
  } catch {
    // storage may be disabled
  }
  if (stored) return stored;
  for (const tag of navigator.languages || [navigator.language]) {
    const found = languageOf(tag);
    if (found) return found;
  }
  return "en";
}

export function rememberOnDevice(chosen) {
  try {
    localStorage.setItem(STORED, chosen);
  } catch {
    // storage may be disabled: the choice lasts as long as the page
  }
}

// A part's catalog, once, in the current language (a module loaded later calls this at its top).
// Offline and never saved, the part stays English rather than stopping the screen.
export async function use(part) {
  parts.add(part);
  if (language !== "en") await load(language, part);
}

const loaded = new Set();
async function load(which, part) {
  const url = `/locales/${which}/${part}.json`;
  if (loaded.has(url)) return;
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    const entries = await response.json();
    if (which === language) {
      Object.assign(catalog, entries);
      loaded.add(url);
    }
  } catch {
    // offline and not saved yet: English until it can be fetched
  }
}

// The catalog files this page uses, for the service worker to keep once it is in control.
export const savedParts = () => [...loaded];

// Switch the page's language: every part in use is loaded in it before anything is drawn again.
// Resolves true when the language changed.
export async function setLanguage(chosen) {
  const next = languageOf(chosen) || "en";
  if (next === language) return false;
  language = next;
  catalog = {};
  loaded.clear();
  pluralRules = new Intl.PluralRules(locale());
  document.documentElement.lang = locale();
  if (next !== "en") await Promise.all([...parts].map((part) => load(next, part)));
  translateStatic();
  return true;
}

// The page's own HTML (web/index.html: the crisis help, the loading line) is written in English;
// its elements marked data-t are given their text in the current language, once per switch.
const texts = new WeakMap();
const links = new WeakMap();
function translateStatic() {
  for (const node of document.querySelectorAll("[data-t]")) {
    if (!texts.has(node)) texts.set(node, node.textContent);
    node.textContent = t(texts.get(node));
  }
  for (const node of document.querySelectorAll("[data-t-href]")) {
    if (!links.has(node)) links.set(node, node.getAttribute("href"));
    node.setAttribute("href", t(links.get(node)));
  }
}
