-- Approvals of the referrals listed in BENCH_REFERRALS (lines "tenant id"), each once, by that
-- municipality's financial officer (tokens from BENCH_TOKENS). Threads take alternate lines.
dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local officers = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  local tenant, _, officer = line:match("^(%S+) (%S+) (%S+)")
  officers[tenant] = officer
end
local referrals = {}
for line in io.lines(os.getenv("BENCH_REFERRALS")) do
  local tenant, id = line:match("^(%S+) (%S+)")
  referrals[#referrals + 1] = { tenant, id }
end
function bench_setup(thread, number) thread:set("thread_number", number) end
function init() position = thread_number or 1; step = tonumber(os.getenv("BENCH_THREADS")) end
function request()
  local referral = referrals[position]
  if referral == nil then
    -- Every listed referral of this thread is approved: it stops, asking once more for nothing that changes.
    wrk.thread:stop()
    return wrk.format("GET", "/health/live")
  end
  position = position + step
  return wrk.format("POST", "/api/referrals/" .. referral[2] .. "/approve",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. officers[referral[1]] },
    '{"reason":"Past binnen het beleid"}')
end
