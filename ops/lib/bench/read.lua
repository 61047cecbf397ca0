-- GETs of BENCH_PATH: with BENCH_COOKIE (a screen), as the one signed-in user it names; else in turn
-- with each municipality's officer token.
dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
  local _, _, officer = line:match("^(%S+) (%S+) (%S+)")
  tokens[#tokens + 1] = officer
end
local path = os.getenv("BENCH_PATH")
local cookie = os.getenv("BENCH_COOKIE")
local counter = 0
function request()
  counter = counter + 1
  if cookie ~= nil and cookie ~= "" then
    return wrk.format("GET", path, { ["Cookie"] = cookie })
  end
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1] })
end
