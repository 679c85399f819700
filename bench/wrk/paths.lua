-- Rotates through the request paths of a file (one path per line, e.g. /annuaire?q=tourisme),
-- each thread starting at its own random offset, and prints a machine-readable summary
-- with p50/p95/p99 (wrk's own report has no p95).
--   PATHS=bench/results/paths/search_text.txt wrk -t2 -c8 -d20s -s bench/wrk/paths.lua http://127.0.0.1:18080
local paths = {}
local file = os.getenv("PATHS")
for line in io.lines(file) do
  if #line > 0 then paths[#paths + 1] = line end
end

local counter = 1
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  counter = math.random(1, #paths)
  wrk.headers["Accept-Encoding"] = "gzip"
  wrk.headers["Accept-Language"] = "fr-FR,fr;q=0.9"
end

function request()
  local path = paths[counter]
  counter = counter % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f mean=%.2f non2xx=%d sockerr=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
