-- wrk script for B5: GET the paths listed in the environment variable B5_PATHS (comma-separated)
-- in turn, each connection starting at its own offset; the -H headers (the session cookie) go
-- with every request. done() prints exact percentiles and the mean in microseconds, on one line
-- that bench/b5_review.py reads: "B5 latency us: p50 p90 p95 p99 mean max".
local paths = {}
local counter = 0

local function load_paths()
  local list = os.getenv("B5_PATHS") or "/"
  for path in string.gmatch(list, "[^,]+") do
    table.insert(paths, path)
  end
end

function init(args)
  load_paths()
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("B5 latency us: %d %d %d %d %.1f %d\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.mean, latency.max))
end
