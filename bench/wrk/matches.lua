-- Rotates representative match bodies: one per profile, with and without person context.
dofile("bench/wrk/report.lua")
local bodies = {
  '{"profile":"ACTIEVEN"}',
  '{"profile":"GEBORGENEN","person":{"age":82,"circumstances":["LIVES_ALONE"]}}',
  '{"profile":"ACHTERBLIJVERS","person":{"age":78,"circumstances":["RECENTLY_WIDOWED"],"mobility":"LIMITED"}}',
  '{"profile":"AFHANKELIJKEN","person":{"age":85,"circumstances":["RECEIVES_HOME_CARE"],"mobility":"HOUSEBOUND","digitalSkills":false}}',
  '{"dimensions":{"duration":"STRUCTURAL","coping":"ACTIVE","participationOriented":true},"person":{"age":58}}',
  '{"profile":"BUITENSTAANDERS","person":{"age":46,"circumstances":["HOMELESS","ADDICTION"]}}',
  '{"profile":"HOOPVOLLEN","person":{"age":29,"circumstances":["INTELLECTUAL_DISABILITY"],"interests":["NATURE"]}}',
  '{"dimensions":{"duration":"STRUCTURAL_COMPLEX","coping":"PASSIVE","participationOriented":false},"person":{"age":61,"circumstances":["PSYCHIATRIC_CONDITION"]}}'
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, "/api/v1/matches", nil, bodies[i])
end
