-- Issue #19 item 6: the mixed read/write load of benchmarks/http/mixed-load.sh. Each request is drawn at random: 40 % a hazard's detail,
-- 25 % a page of the hazard list, 10 % contamination today, 10 % the land release summary, 5 % the casualty statistics and 10 % a new
-- hazardous area registered (a small square beside an existing one). Reads the hazard ids and points the script wrote beside it.
local ids, points = {}, {}
local today = os.date("!%Y-%m-%d")
local written = 0

local function lines(path, into)
  for line in io.lines(path) do into[#into + 1] = line end
end

function init(args)
  lines(os.getenv("MIXED_IDS"), ids)
  lines(os.getenv("MIXED_POINTS"), points)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("MIXED_TOKEN")
end

local function square(lon, lat)
  local d = 0.0002
  return string.format('{"type":"Polygon","coordinates":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}',
    lon, lat, lon + d, lat, lon + d, lat + d, lon, lat + d, lon, lat)
end

function request()
  local r = math.random(100)
  if r <= 40 then
    return wrk.format("GET", "/api/v1/hazardous-areas/" .. ids[math.random(#ids)])
  elseif r <= 65 then
    return wrk.format("GET", "/api/v1/hazardous-areas?page=" .. math.random(40) .. "&pageSize=50")
  elseif r <= 75 then
    return wrk.format("GET", "/api/v1/land-release/contamination?asOf=" .. today)
  elseif r <= 85 then
    return wrk.format("GET", "/api/v1/land-release/summary")
  elseif r <= 90 then
    return wrk.format("GET", "/api/v1/casualties/statistics")
  end
  written = written + 1
  local lon, lat, organisation = points[math.random(#points)]:match("([^,]+),([^,]+),([^,]+)")
  local body = string.format('{"name":"Mixed load %d","geometry":%s,"recordingOrganisationId":"%s","evidence":"Indirect","recordedOn":"%s"}',
    written, square(tonumber(lon) + 0.001, tonumber(lat) + 0.001), organisation, today)
  return wrk.format("POST", "/api/v1/hazardous-areas",
    { ["Content-Type"] = "application/json", ["Authorization"] = wrk.headers["Authorization"] }, body)
end
