// The outbox: writes the server has not accepted yet, kept in IndexedDB. Check-ins, meeting
// logs and questionnaire answers are kept under their UUID; a homework worksheet under
// "homework:<id>", where newer words replace the waiting ones. Record, then act: an entry is
// written before the first send and deleted only after a 2xx answer, or a refusal that can
// never succeed (409, 422…), so a retry after a lost answer sends the same thing again and the
// server keeps one row. Entries name the account that made them: only that person's are sent;
// signing out, or someone else signing in, deletes them.
import { api, ApiError } from "./api.js";

// A new random id for a write a phone may retry (crypto.randomUUID needs a secure context).
export const newId = () => crypto.randomUUID?.() ??
  "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
    (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));

const STORE = "checkins"; // the store's first name, kept: it now holds every kind of entry
export const outboxEvents = new EventTarget(); // "change" whenever an entry comes or goes

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open("companion-outbox", 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

async function change(mode, work) {
  await run(mode, work);
  outboxEvents.dispatchEvent(new Event("change"));
}

const all = async () => {
  try {
    return await run("readonly", (store) => store.getAll());
  } catch {
    return []; // no IndexedDB (private mode): nothing can be waiting
  }
};

// The entries waiting to be sent for this account, oldest first (`kind` filters).
export const waiting = async (account, kind = null) =>
  (await all()).filter((entry) => entry.account === account && (!kind || (entry.kind || "checkin") === kind))
    .sort((a, b) => a.queued_at - b.queued_at);

export const clearOutbox = () => change("readwrite", (store) => store.clear()).catch(() => {});

export async function keepOnly(account) {
  for (const entry of await all()) {
    if (entry.account !== account) await change("readwrite", (store) => store.delete(entry.id));
  }
}

// A refusal that sending again cannot change. 401/403 (signed out), 408 and 429 can.
const final = (err) => err instanceof ApiError && err.status >= 400 && err.status < 500 && ![401, 403, 408, 429].includes(err.status);

// How each kind of entry reaches the server (entries from before kinds existed are check-ins).
const SENDERS = {
  checkin: (entry) => api.checkin(entry.body),
  meeting: (entry) => api.logMeeting(entry.body),
  homework: (entry) => api.saveHomework(entry.assignment, entry.body),
  measure: (entry) => api.measureResponse(entry.body),
};

// Delete an entry (or put `next` in its place) unless newer words replaced it while it was
// being sent: the check and the change happen in one transaction.
const settle = (entry, next = null) => change("readwrite", (store) => {
  const request = store.get(entry.id);
  request.onsuccess = () => {
    if (request.result?.queued_at !== entry.queued_at) return;
    if (next) store.put(next);
    else store.delete(entry.id);
  };
  return request;
});

// Homework words refused as they are (400) stay on the phone as a draft, never deleted: the
// person sees why and can fix them. Other refusals (409 already submitted, 404) end the entry.
const keptWhenRefused = (entry, err) =>
  entry.kind === "homework" && err.status === 400 ? { ...entry, body: { ...entry.body, submit: false } } : null;

// Send one entry: { answer } once the server took it, { queued } when it waits for later;
// throws the server's ApiError when it refused it for good (the entry is gone then too).
async function attempt(entry) {
  try {
    const answer = await SENDERS[entry.kind || "checkin"](entry);
    await settle(entry);
    return { answer };
  } catch (err) {
    if (!final(err)) return { queued: true, error: err };
    await settle(entry, keptWhenRefused(entry, err));
    throw err;
  }
}

// Keep an entry on this phone (replacing one with the same id); false without IndexedDB.
async function keep(entry) {
  try {
    await change("readwrite", (store) => store.put(entry));
    return true;
  } catch {
    return false;
  }
}

// A new write: saved first, then sent. `entry` is { id, kind, body } (homework: + assignment).
export async function send(account, entry) {
  const kept = { ...entry, account, queued_at: Date.now() };
  if (!(await keep(kept))) {
    return SENDERS[kept.kind](kept).then((answer) => ({ answer })); // no outbox: send it or say why not
  }
  return attempt(kept);
}

// A new check-in (its UUID is its key).
export const submit = (account, body) => send(account, { id: body.id, kind: "checkin", body });

// Homework words saved on this phone only, at once (sent later by `send` or `flush`).
export const homeworkKey = (assignment) => `homework:${assignment}`; // not text
export async function keepHomework(account, assignment, body) {
  return keep({ id: homeworkKey(assignment), kind: "homework", assignment, account, body, queued_at: Date.now() });
}
export async function savedHomework(account, assignment) {
  return (await all()).find((entry) => entry.id === homeworkKey(assignment) && entry.account === account) || null;
}
export async function sendHomework(account, assignment) {
  const entry = await savedHomework(account, assignment);
  return entry ? attempt(entry) : null;
}

// Send everything waiting for this account, oldest first, stopping at the first that must wait.
// Resolves with one result per entry tried: { entry, answer | queued | refused }.
let flushing = null;
export function flush(account) {
  flushing ||= (async () => {
    const results = [];
    for (const entry of await waiting(account)) {
      try {
        results.push({ entry, ...(await attempt(entry)) });
      } catch (err) {
        results.push({ entry, refused: err });
      }
      if (results.at(-1).queued) break;
    }
    return results;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
