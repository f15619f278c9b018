-- wrk script for scripts/bench-gateway.sh: one authenticated GET (path and token from the environment);
-- prints one machine-readable line: requests, seconds, req/s, p50 and p99 in ms, non-2xx answers, socket errors.
local path = os.getenv("BENCH_PATH")
local token = os.getenv("TOKEN")

function request()
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rate=%.0f p50=%.2f p99=%.2f non2xx=%d socket=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, socket))
end
