// This device's push subscription: turning it on for the signed-in person, dropping it when
// they sign out (a shared phone must not keep showing their reminders), and keeping it in step
// with the server's VAPID key (a rotated key makes every old subscription useless).
import { api } from "./api.js";

// Only ids and dates, never health data: whose reminders this device gets, and when the
// server's key was last compared.
const OWNER = "companion-push-owner";
const CHECKED = "companion-push-checked";

export const pushSupported = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

// The VAPID key (base64url) as the bytes pushManager.subscribe wants.
function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function remember(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage may be disabled: the checks below then simply run again
  }
}

function recalled(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export async function currentSubscription() {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

// Subscribe with the server's current key and tell the server; the device is now this person's.
export async function subscribeDevice(user) {
  const { public_key: key } = await api.vapidKey();
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
  await api.subscribePush(subscription.toJSON());
  remember(OWNER, String(user.id));
  remember(CHECKED, new Date().toDateString());
}

// Turn reminders off on this device: the server forgets it, then the browser does.
export async function unsubscribeDevice(subscription) {
  await api.unsubscribePush(subscription.endpoint).catch((err) => { if (err.status !== 404) throw err; });
  await subscription.unsubscribe();
  remember(OWNER, null);
}

// Signing out: best effort while still signed in. Offline, the browser's unsubscribe alone is
// enough: the push service then answers 410 and the server drops the subscription.
export async function dropDevice() {
  const subscription = await currentSubscription().catch(() => null);
  if (!subscription) return;
  await api.unsubscribePush(subscription.endpoint).catch(() => {});
  await subscription.unsubscribe().catch(() => {});
  remember(OWNER, null);
}

// After sign-in and at start (once a day): a subscription left by someone else is dropped,
// and one made with a key the server no longer uses is made again with the new key.
export async function keepDeviceCurrent(user) {
  const subscription = await currentSubscription().catch(() => null);
  if (!subscription) return;
  const owner = recalled(OWNER);
  if (owner === null) {
    // Made before the device remembered its owner: the server knows whose it is, so keep it
    // for whoever is signed in now (it moves to them) rather than silently ending reminders.
    await api.subscribePush(subscription.toJSON());
    remember(OWNER, String(user.id));
  } else if (owner !== String(user.id)) {
    await subscription.unsubscribe().catch(() => {});
    remember(OWNER, null);
    return;
  }
  const today = new Date().toDateString();
  if (recalled(CHECKED) === today) return;
  const { public_key: key } = await api.vapidKey();
  const wanted = keyBytes(key);
  const used = new Uint8Array(subscription.options.applicationServerKey || new ArrayBuffer(0));
  if (used.length !== wanted.length || used.some((byte, i) => byte !== wanted[i])) {
    await unsubscribeDevice(subscription); // the server forgets the old endpoint too
    await subscribeDevice(user);
    return;
  }
  remember(CHECKED, today);
}
