-- wrk script for B4: POST /api/auth/login with valid demo credentials, rotating over the
-- ten demo clients, with the CSRF cookie and the matching X-CSRF-Token header.
-- Environment: BENCH_PASSWORD, BENCH_CSRF (a token from GET /healthz, bound to no session: no
-- session cookie is sent, and each answer's new session cookie and CSRF token are ignored),
-- BENCH_CSRF_COOKIE.
local password = assert(os.getenv("BENCH_PASSWORD"), "BENCH_PASSWORD is not set")
local csrf = assert(os.getenv("BENCH_CSRF"), "BENCH_CSRF is not set")
local cookie = os.getenv("BENCH_CSRF_COOKIE") or "__Host-csrf"

wrk.method = "POST"
wrk.path = "/api/auth/login"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-CSRF-Token"] = csrf
wrk.headers["Cookie"] = cookie .. "=" .. csrf

local bodies = {}
for i = 1, 10 do
  bodies[i] = string.format('{"email":"client%d@demo.example","password":"%s"}', i, password)
end
local n = 0

request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end
