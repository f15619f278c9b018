-- wrk script: the three reads of the on-site page (task, official sheet, evidence list), in turn,
-- as one inspector; prints the 50th, 95th and 99th latency percentiles in milliseconds.
local paths = {}
local i = 0

function init(args)
  paths = { args[1], args[2], args[3] }
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") })
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout
  io.write(string.format("requests %d, non-2xx or socket errors %d\n", summary.requests, errors))
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
