// The one module that talks to the server. Every call resolves with parsed JSON (or null for
// 204) or throws an ApiError carrying the server's `detail`, ready to show to the person.

const CSRF_COOKIES = ["__Host-csrf", "companion-csrf"]; // Secure cookies, then plain-http ones
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const OFFLINE_DETAIL = "You appear to be offline. Check your connection and try again.";

export class ApiError extends Error {
  constructor(status, detail, retryAfter = null) {
    super(detail);
    this.name = "ApiError";
    this.status = status; // 0 when the server could not be reached
    this.detail = detail;
    this.retryAfter = retryAfter; // seconds, from Retry-After, or null
  }
  get offline() {
    return this.status === 0;
  }
}

function csrfToken() {
  const cookies = new Map(
    document.cookie.split(";").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  for (const name of CSRF_COOKIES) {
    if (cookies.get(name)) return cookies.get(name);
  }
  return null;
}

async function send(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (UNSAFE.has(method)) {
    if (!csrfToken()) await send("GET", "/healthz"); // any answer sets the CSRF cookie
    headers["X-CSRF-Token"] = csrfToken() || "";
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, OFFLINE_DETAIL);
  }
  return { response, token: headers["X-CSRF-Token"] };
}

async function request(method, path, body) {
  let { response, token } = await send(method, path, body);
  if (response.status === 403 && token !== undefined && csrfToken() !== token) {
    // Our CSRF cookie was stale and this answer replaced it: try once more with the new one.
    ({ response } = await send(method, path, body));
  }
  return parse(response);
}

async function parse(response) {
  if (response.headers.get("X-Companion-Offline")) throw new ApiError(0, OFFLINE_DETAIL);
  let data = null;
  if (response.status !== 204) {
    try {
      data = await response.json();
    } catch {
      data = null;
    }
  }
  if (response.ok) return data;
  const detail =
    (data && typeof data.detail === "string" && data.detail) ||
    `Something went wrong (error ${response.status}). Please try again.`;
  const retry = Number.parseInt(response.headers.get("Retry-After") || "", 10);
  throw new ApiError(response.status, detail, Number.isFinite(retry) ? retry : null);
}

export const api = {
  me: () => request("GET", "/api/auth/me"),
  login: (email, password) => request("POST", "/api/auth/login", { email, password }),
  logout: () => request("POST", "/api/auth/logout"),
  changePassword: (current, next) =>
    request("POST", "/api/auth/password", { current_password: current, new_password: next }),
};
