-- Shared by the bench's wrk scripts: counts every answer outside 2xx (wrk itself counts only those
-- above 399), and at the end writes one JSON line with rate, p50, p99 and those answers, connection
-- errors added.
others = 0
local counters = {}
function setup(thread)
  counters[#counters + 1] = thread
  if bench_setup then bench_setup(thread, #counters) end
end
function response(status, headers, body)
  if status < 200 or status > 299 then others = others + 1 end
end
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local answers = 0
  for _, thread in ipairs(counters) do answers = answers + (thread:get("others") or 0) end
  io.write(string.format(
    '{"requests":%d,"rate":%.1f,"p50":%.2f,"p99":%.2f,"non2xx":%d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    answers + e.connect + e.read + e.write + e.timeout))
end
