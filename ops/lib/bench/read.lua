-- GETs of BENCH_PATH, in turn with each municipality's officer token.
dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  local _, _, officer = line:match("^(%S+) (%S+) (%S+)")
  tokens[#tokens + 1] = officer
end
local path = os.getenv("BENCH_PATH")
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1] })
end
