-- Referral requests: each a new case reference, in turn for each municipality's consulent and each scheme
-- (with BENCH_HOT=1: all for the first municipality's bijzondere-bijstand year, the pool of the hot-stream phase).
-- Reads the tokens from BENCH_TOKENS (lines "tenant consulent-token officer-token") and the year from BENCH_YEAR.
dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  local tenant, consulent = line:match("^(%S+) (%S+)")
  tokens[#tokens + 1] = consulent
end
local year = os.getenv("BENCH_YEAR")
local hot = os.getenv("BENCH_HOT") == "1"
local counter = 0
function bench_setup(thread, number) thread:set("thread_number", number) end
function init() prefix = string.format("B%d", thread_number or 0) end
function request()
  counter = counter + 1
  local token = hot and tokens[1] or tokens[(counter % #tokens) + 1]
  local body
  -- The scheme turns once per round of the municipalities, so the requests cover all 16 year streams.
  if not hot and math.floor(counter / #tokens) % 2 == 0 then
    body = string.format('{"caseReference":"Z-%s-%s-%d","scheme":"houd-me-vast","year":%s,"motivation":"Eigen Plan doorlopen"}', year, prefix, counter, year)
  else
    body = string.format('{"caseReference":"Z-%s-%s-%d","scheme":"bijzondere-bijstand","year":%s,"motivation":"Eigen Plan doorlopen","cost":"100.00","ownContribution":"0.00"}', year, prefix, counter, year)
  end
  return wrk.format("POST", "/api/referrals", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
