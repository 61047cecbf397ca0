-- Shared by the bench's wrk scripts: at the end, one JSON line with rate, p50, p99 and the answers that
-- were not 2xx (wrk counts a status above 399 as an error; connection errors are added).
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"rate":%.1f,"p50":%.2f,"p99":%.2f,"non2xx":%d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
