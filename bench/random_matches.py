#!/usr/bin/env python3
"""Sends match requests drawn at random from a fixed seed to a running service and prints one line per request:
the request, the status and the body, separated by tabs. The same seed gives the same requests, so two builds can be
compared byte for byte (bench/bodies.sh writes this beside its fixed requests). The vocabularies come from the
served contract (/q/openapi), the municipalities from the catalogue, so every branch of the matcher is reached:
ages inside and outside limits, minors, every circumstance, mobility, digital skills, interests, municipalities with
and without local projects, the De Jong Gierveld scale, limits from 1 to 50.
Usage: bench/random_matches.py <base url> [count, default 3000] [seed, default 20261201]
EXTRA_TOWNS (comma-separated): more municipalities to draw from, e.g. those of a generated local offer."""
import json
import os
import random
import sys
import urllib.error
import urllib.request


def get(base, path):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def post(base, body):
    data = json.dumps(body, separators=(",", ":")).encode()
    request = urllib.request.Request(base + "/api/v1/matches", data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            return data.decode(), response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return data.decode(), error.code, error.read().decode()


def main():
    base = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261201)
    schemas = get(base, "/q/openapi?format=json")["components"]["schemas"]

    def values(name):
        return [value for value in schemas[name]["enum"] if value is not None]

    activities = get(base, "/api/v1/activities?limit=200")["items"]
    towns = sorted({town for activity in activities for town in activity["availability"].get("municipalities", [])})
    towns += ["Wijkerveen", "Zwolle", "Amsterdam"]
    towns += [town for town in os.environ.get("EXTRA_TOWNS", "").split(",") if town]

    def chance(p=0.5):
        return rng.random() < p

    for _ in range(count):
        body = {}
        if chance(0.6):
            body["profile"] = rng.choice(values("ProfileCode"))
        else:
            body["dimensions"] = {"duration": rng.choice(values("Duration")), "coping": rng.choice(values("Coping")),
                                  "participationOriented": chance()}
        if chance(0.3):
            form = rng.choice(["SHORT_6", "FULL_11"])
            items = 6 if form == "SHORT_6" else 11
            body["deJongGierveld"] = {"form": form,
                                      "answers": [rng.choice(["JA", "MIN_OF_MEER", "NEE", None]) for _ in range(items)]}
        if chance(0.85):
            person = {}
            if chance(0.7):
                person["age"] = rng.choice([rng.randint(0, 120), rng.randint(12, 30), rng.randint(55, 95)])
            if chance(0.3):
                person["gender"] = rng.choice(values("Gender"))
            if chance(0.7):
                person["circumstances"] = rng.sample(values("Circumstance"), rng.randint(0, 4))
            if chance(0.5):
                person["mobility"] = rng.choice(values("Mobility"))
            if chance(0.4):
                person["interests"] = rng.sample(values("Theme"), rng.randint(0, 3))
            if chance(0.4):
                person["digitalSkills"] = chance()
            if chance(0.6):
                person["municipality"] = rng.choice(towns)
            body["person"] = person
        if chance(0.8):
            body["limit"] = rng.choice([1, 3, 5, 10, 20, 50])
        request, status, answer = post(base, body)
        print(f"{request}\t{status}\t{answer}")


if __name__ == "__main__":
    main()
