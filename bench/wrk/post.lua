-- POSTs the JSON body in the environment variable WRK_BODY to the URL's path; prints the RESULT line of report.lua.
dofile("bench/wrk/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("WRK_BODY")
