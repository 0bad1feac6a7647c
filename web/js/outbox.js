// The outbox: check-ins the server has not accepted yet, kept in IndexedDB under their UUID.
// Record, then act: an entry is written before the first send and deleted only after a 2xx
// answer, or a refusal that can never succeed (409, 422…), so a retry after a lost answer
// sends the same UUID again and the server keeps one row. Entries name the account that made
// them: only that person's are sent; signing out, or someone else signing in, deletes them.
import { api, ApiError } from "./api.js";

const STORE = "checkins";
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

// The check-ins waiting to be sent for this account, oldest first.
export const waiting = async (account) =>
  (await all()).filter((entry) => entry.account === account).sort((a, b) => a.queued_at - b.queued_at);

export const clearOutbox = () => change("readwrite", (store) => store.clear()).catch(() => {});

export async function keepOnly(account) {
  for (const entry of await all()) {
    if (entry.account !== account) await change("readwrite", (store) => store.delete(entry.id));
  }
}

// A refusal that sending again cannot change. 401/403 (signed out), 408 and 429 can.
const final = (err) => err instanceof ApiError && err.status >= 400 && err.status < 500 && ![401, 403, 408, 429].includes(err.status);

// Send one entry: { answer } once the server took it, { queued } when it waits for later;
// throws the server's ApiError when it refused it for good (the entry is gone then too).
async function attempt(entry) {
  try {
    const answer = await api.checkin(entry.body);
    await change("readwrite", (store) => store.delete(entry.id));
    return { answer };
  } catch (err) {
    if (!final(err)) return { queued: true, error: err };
    await change("readwrite", (store) => store.delete(entry.id));
    throw err;
  }
}

// A new check-in: saved first, then sent.
export async function submit(account, body) {
  const entry = { id: body.id, account, body, queued_at: Date.now() };
  try {
    await change("readwrite", (store) => store.put(entry));
  } catch {
    return api.checkin(body).then((answer) => ({ answer })); // no outbox: send it or say why not
  }
  return attempt(entry);
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
