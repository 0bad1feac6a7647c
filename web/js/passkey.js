// Passkeys (WebAuthn) for the second step of signing in: the server's options arrive as
// WebAuthn's JSON (base64url challenge and ids); the browser wants ArrayBuffers, and its answer
// goes back as JSON. Chromium parses and serialises these itself; older browsers get the small
// conversions below. Nothing here talks to the server or shows words: the callers do.

// Whether this page can use passkeys at all. A page opened at an IP address (http://192.168.…)
// cannot, even where the API exists: WebAuthn needs the app's web address.
export const passkeysSupported = () => Boolean(globalThis.PublicKeyCredential) && !onIpAddress();
export const onIpAddress = () => /^(\d+\.){3}\d+$|^\[.*\]$/.test(location.hostname);

const toBuffer = (text) => {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
};
const toText = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
  .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

const withIds = (list = []) => list.map((item) => ({ ...item, id: toBuffer(item.id) }));

function creationOptions(json) {
  if (PublicKeyCredential.parseCreationOptionsFromJSON) return PublicKeyCredential.parseCreationOptionsFromJSON(json);
  return { ...json, challenge: toBuffer(json.challenge), user: { ...json.user, id: toBuffer(json.user.id) },
    excludeCredentials: withIds(json.excludeCredentials) };
}

function requestOptions(json) {
  if (PublicKeyCredential.parseRequestOptionsFromJSON) return PublicKeyCredential.parseRequestOptionsFromJSON(json);
  return { ...json, challenge: toBuffer(json.challenge), allowCredentials: withIds(json.allowCredentials) };
}

function asJSON(credential) {
  if (typeof credential.toJSON === "function") return credential.toJSON();
  const answer = credential.response;
  const response = { clientDataJSON: toText(answer.clientDataJSON) };
  if (answer.attestationObject) {
    response.attestationObject = toText(answer.attestationObject);
    response.transports = answer.getTransports?.() || [];
  } else {
    response.authenticatorData = toText(answer.authenticatorData);
    response.signature = toText(answer.signature);
    if (answer.userHandle) response.userHandle = toText(answer.userHandle);
  }
  return { id: credential.id, rawId: toText(credential.rawId), type: credential.type, response,
    clientExtensionResults: credential.getClientExtensionResults?.() || {},
    authenticatorAttachment: credential.authenticatorAttachment ?? null };
}

// A new passkey from the server's creation options; resolves with its JSON for the server.
// Rejects with the browser's DOMException (NotAllowedError when the person cancels,
// SecurityError on an IP address, InvalidStateError when this device already has one).
export async function createPasskey(optionsJSON) {
  const credential = await navigator.credentials.create({ publicKey: creationOptions(optionsJSON) });
  return asJSON(credential);
}

// This person's passkey answering the server's challenge; resolves with its JSON.
export async function usePasskey(optionsJSON) {
  const credential = await navigator.credentials.get({ publicKey: requestOptions(optionsJSON) });
  return asJSON(credential);
}
