-- wrk script: POST the example article as text/plain to /v1/extract.
--   wrk -t2 -c8 -d15s --latency -s scripts/load/extract.lua http://127.0.0.1:8080/v1/extract
local file = io.open("../shared/examples/mariupol.txt", "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
