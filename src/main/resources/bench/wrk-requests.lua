-- wrk script of `internkg bench`: replays requests from a file, one per line: method TAB path TAB accept TAB body.
-- After the replay idea of ../shared/bench/sparql.lua (the project's reference driver). Each thread starts at its
-- own offset of the same sequence. Prints one line WRKRESULT with counts and latency percentiles in ms.
local counter = 0
function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

local requests = {}
local at = 0
function init(args)
  for line in io.lines(args[1]) do
    local method, path, accept, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if method == "POST" then
      table.insert(requests, wrk.format("POST", path,
        { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = accept }, body))
    elseif method then
      table.insert(requests, wrk.format(method, path, { ["Accept"] = accept }))
    end
  end
  at = ((tid or 0) * 97) % #requests
end

function request()
  at = at % #requests + 1
  return requests[at]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRKRESULT requests=%d seconds=%.3f failed=%d p50=%.3f p95=%.3f p99=%.3f\n",
    summary.requests, summary.duration / 1e6, e.status + e.timeout + e.read + e.write + e.connect,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
