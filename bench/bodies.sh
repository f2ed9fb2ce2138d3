#!/usr/bin/env bash
# Records the status, the contract-relevant headers and the body of a fixed set of requests, one file per request,
# from a running service. Used to prove an optimisation changed no byte: record with the unchanged build, record
# again after, and `diff -r` the two directories.
# Usage: bench/bodies.sh <base url, e.g. http://localhost:18080> <output directory>
# RANDOM_MATCHES (default 3000): how many random match requests (bench/random_matches.py) to add.
set -euo pipefail
base="$1"
out="$2"
mkdir -p "$out"
n=0
record() { # method, path, [body]
  n=$((n + 1))
  local file
  file="$out/$(printf '%03d' "$n")"
  {
    echo "$1 $2 ${3:-}"
    if [ "$1" = POST ]; then
      curl -s -D - -o "$file.body" -X POST -H 'Content-Type: application/json' --data-binary "$3" "$base$2"
    else
      curl -s -D - -o "$file.body" ${4:+-H "$4"} "$base$2"
    fi | tr -d '\r' | grep -iE '^(HTTP/|content-type|etag|cache-control|location|content-length)' | sort
  } >"$file.head"
}

profiles="ACTIEVEN GEBORGENEN ACHTERBLIJVERS AFHANKELIJKEN COMPENSEERDERS BUITENSTAANDERS HOOPVOLLEN OVERLEVERS"
record GET /api/v1/profiles
for p in $profiles; do record GET "/api/v1/profiles/$p"; done
record GET /api/v1/profiles/NOPE
for q in "" "?limit=10" "?limit=1" "?limit=200" "?offset=10&limit=10" "?offset=1000" "?kind=GROUP" \
    "?evidence=SUBSTANTIATED" "?profile=GEBORGENEN&limit=50" "?theme=NATURE" "?circumstance=RECENTLY_WIDOWED" \
    "?q=koffie" "?availability=NATIONAL&limit=5" "?municipality=Wijkerveen" "?municipality=Zwolle&limit=20" \
    "?limit=0" "?kind=NOPE"; do
  record GET "/api/v1/activities$q"
done
record GET "/api/v1/activities?limit=10" "" 'If-None-Match: "x"'
for id in $(curl -s "$base/api/v1/activities?limit=200" | python3 -c 'import json,sys; print(" ".join(a["id"] for a in json.load(sys.stdin)["items"]))'); do
  record GET "/api/v1/activities/$id"
done
record GET /api/v1/activities/does-not-exist
record POST /api/v1/classifications '{"dimensions":{"duration":"STRUCTURAL","coping":"ACTIVE","participationOriented":true}}'
record POST /api/v1/classifications '{"answers":{"how-long":"LESS_THAN_A_YEAR","life-event":"PARTNER_DIED","seeking-contact":"WAIT_FOR_OTHERS","wants-more-contact":"YES"}}'
persons=(
  ''
  '"person":{"age":82,"circumstances":["LIVES_ALONE"]},'
  '"person":{"age":78,"circumstances":["RECENTLY_WIDOWED"],"mobility":"LIMITED","municipality":"Wijkerveen"},'
  '"person":{"age":85,"gender":"FEMALE","circumstances":["RECEIVES_HOME_CARE"],"mobility":"HOUSEBOUND","digitalSkills":false,"municipality":"Wijkerveen"},'
  '"person":{"age":46,"circumstances":["HOMELESS","ADDICTION"],"interests":["NATURE"],"municipality":"Zwolle"},'
  '"person":{"age":29,"circumstances":["INTELLECTUAL_DISABILITY"],"interests":["NATURE"],"digitalSkills":true},'
)
for p in $profiles; do
  for person in "${persons[@]}"; do
    for limit in 1 10 50; do
      record POST /api/v1/matches "{${person}\"profile\":\"$p\",\"limit\":$limit}"
    done
  done
done
record POST /api/v1/matches '{"dimensions":{"duration":"STRUCTURAL_COMPLEX","coping":"PASSIVE","participationOriented":false},"person":{"age":61,"circumstances":["PSYCHIATRIC_CONDITION"]}}'
record POST /api/v1/matches '{"answers":{"how-long":"ALWAYS","seeking-contact":"WAIT_FOR_OTHERS","wants-more-contact":"YES","mobility":"HOUSEBOUND","digital-skills":"NO","dutch-language":"LIMITED","interests":"NATURE,ANIMALS","municipality":"Wijkerveen"},"limit":50}'
record POST /api/v1/matches '{"answers":{"how-long":"LESS_THAN_A_YEAR","life-event":"PARTNER_DIED","seeking-contact":"WAIT_FOR_OTHERS","wants-more-contact":"YES"},"deJongGierveld":{"form":"SHORT_6","answers":["JA","JA","MIN_OF_MEER","JA","JA","JA"]},"person":{"age":80}}'
record POST /api/v1/matches '{"profile":"ACTIEVEN","limit":0}'
record POST /api/v1/matches '{"profile":"NOPE"}'
record POST /api/v1/matches '{"profile":"ACTIEVEN","person":{"age":500}}'
record POST /api/v1/matches '{'
# The HSDS directory: its pages come from the offer's tables in H2 (every filter and search), its items from the
# in-memory offer. Without a local offer these answer as an empty directory.
for q in "" "?per_page=3" "?page=2&per_page=2" "?page=999" "?search=koffie" "?search=WANDEL" "?municipality=Wijkerveen" \
    "?municipality=Zwolle" "?taxonomy_term_id=nope" "?organization_id=nope" "?per_page=0" "?page=0"; do
  record GET "/hsds/services$q"
done
first_term=$(curl -s "$base/hsds/taxonomy_terms?per_page=1" | python3 -c 'import json,sys; c=json.load(sys.stdin).get("contents") or [{}]; print(c[0].get("id", "none"))')
first_org=$(curl -s "$base/hsds/organizations?per_page=1" | python3 -c 'import json,sys; c=json.load(sys.stdin).get("contents") or [{}]; print(c[0].get("id", "none"))')
record GET "/hsds/services?taxonomy_term_id=$first_term"
record GET "/hsds/services?organization_id=$first_org&per_page=50"
for q in "" "?search=stichting" "?per_page=2&page=2"; do record GET "/hsds/organizations$q"; done
for q in "" "?search=koffie" "?per_page=2&page=2"; do record GET "/hsds/service_at_locations$q"; done
for q in "" "?search=eenzaam" "?taxonomy=nope" "?per_page=5&page=2"; do record GET "/hsds/taxonomy_terms$q"; done
# Beside the fixed requests, match requests drawn from a fixed seed: every branch of the matcher, one file.
python3 "$(dirname "$0")/random_matches.py" "$base" "${RANDOM_MATCHES:-3000}" >"$out/random-matches.tsv"
echo "$n requests and ${RANDOM_MATCHES:-3000} random match requests recorded in $out"
