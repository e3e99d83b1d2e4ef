-- An office at once, for wrk: three of four requests open a case (each view writes an audit entry),
-- the fourth registers a person. Case ids come one per line from the file named by CASE_IDS, the
-- bearer token from TOKEN; SAME_NAME="Budi Santoso" gives every registration that one name. Non-2xx
-- answers are counted by wrk ("Non-2xx or 3xx responses"); this script also counts the server errors
-- (5xx) apart and prints them at the end.
local ids = {}
for line in io.lines(os.getenv("CASE_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
local token = os.getenv("TOKEN")
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  serverErrors = 0
  math.randomseed(id * 7919)
end

-- Names made of random syllables, so that the registrations are not all each other's likely
-- duplicates (a real office's are not): "Ramito Kesuna", born 1950–2020.
local syllables = { "ra", "mi", "to", "ke", "su", "na", "wi", "da", "lo", "pu", "ti", "sa", "ga", "ni", "ho", "be" }
local function word()
  local parts = {}
  for i = 1, 3 do parts[i] = syllables[math.random(#syllables)] end
  local text = table.concat(parts)
  return text:sub(1, 1):upper() .. text:sub(2)
end

function request()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. token }
  if counter % 4 == 0 then
    headers["Content-Type"] = "application/json"
    local body
    if os.getenv("SAME_NAME") then
      -- the worst case for the duplicate check: every registration a namesake of all the others
      body = string.format('{"fullName":"%s","birthYear":2010}', os.getenv("SAME_NAME"))
    else
      body = string.format('{"fullName":"%s %s","birthYear":%d}', word(), word(), math.random(1950, 2020))
    end
    return wrk.format("POST", "/api/v1/persons", headers, body)
  end
  return wrk.format("GET", "/api/v1/cases/" .. ids[math.random(#ids)], headers)
end

function response(status, headers, body)
  if status >= 500 then serverErrors = serverErrors + 1 end
end

function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do errors = errors + thread:get("serverErrors") end
  io.write(string.format("server errors (5xx): %d of %d\n", errors, summary.requests))
end
