#!/usr/bin/env python3
"""Writes a synthetic HSDS 3.0 tabular package (our profile, docs/local-offer.md) of N services spread over four
fictional municipalities, for bench/scale.sh. Deterministic: the same N gives the same files (ids are UUIDv5).
Two in five services are local instances of a catalogue activity, the rest stand on their own (kind, approaches,
a theme, sometimes a circumstance); one organisation per 20 services; each service has a location with an address,
a service area, a weekly schedule and a phone number.
The services on their own follow a fixed cycle, so a municipality's fall into a dozen descriptions that score alike.
With "varied", each draws its own from a seeded random: a kind, one or two approaches, up to two of nine themes,
sometimes one of eight circumstances, one of five age bands. Services then rarely share a description, as in a city
whose coordinators tag freely.
Usage: bench/gen_local_offer.py <services> <output directory> [varied]"""
import csv
import os
import random
import sys
import uuid

# The largest municipality first: bench/scale.sh measures a person there.
MUNICIPALITIES = [("Grootstad", 50), ("Middelhoven", 25), ("Kleinwoude", 15), ("Veendorp", 10)]
ACTIVITIES = ["vier-het-leven", "huiskamers-voor-ouderen", "resto-vanharte", "netwerkcoach",
              "vriendschappelijk-huisbezoek"]
KINDS = ["GROUP", "ONE_ON_ONE", "COURSE"]
APPROACHES = ["MEETING", "SHARED_ACTIVITY", "PRACTICAL_HELP", "OUTREACH", "PEER_SUPPORT", "LANGUAGE"]
THEMES = ["NATURE", "EXERCISE", "CULTURE"]
CIRCUMSTANCES = ["WIDOWED", "LIMITED_DUTCH"]
ALL_THEMES = ["NATURE", "EXERCISE", "CULTURE", "BODY_AND_MIND", "FOOD", "DISCOVER_AND_LEARN", "MEETING_THROUGH_PLAY",
              "ANIMALS", "HELPING_OTHERS"]
MORE_CIRCUMSTANCES = ["WIDOWED", "LIMITED_DUTCH", "LIVES_ALONE", "INFORMAL_CARER", "CHRONIC_ILLNESS", "DEMENTIA",
                      "LOW_INCOME", "MIGRATION_BACKGROUND"]
AGE_BANDS = [("", ""), ("", ""), ("55", ""), ("65", ""), ("18", "30")]
DAYS = ["MO", "TU", "WE", "TH", "FR"]
NAMESPACE = uuid.UUID("6f1c2a52-5d0b-4f43-9a51-1f0f6c3e7a10")


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def municipality_of(index, total):
    """Spreads services by the weights, interleaved so every prefix of the package has the same mix."""
    slot = index % 100
    bound = 0
    for name, weight in MUNICIPALITIES:
        bound += weight
        if slot < bound:
            return name
    return MUNICIPALITIES[-1][0]


def main():
    total = int(sys.argv[1])
    out = sys.argv[2]
    varied = len(sys.argv) > 3 and sys.argv[3] == "varied"
    os.makedirs(out, exist_ok=True)
    rows = {name: [] for name in ["organizations", "services", "locations", "addresses", "service_at_location",
                                  "service_areas", "schedules", "phones", "contacts", "taxonomy_terms", "attributes"]}
    terms = {}

    def term(taxonomy, code):
        key = (taxonomy, code)
        if key not in terms:
            terms[key] = uid("term", taxonomy, code)
            rows["taxonomy_terms"].append([terms[key], code, code, code, taxonomy, "nl"])
        return terms[key]

    def attribute(service_id, taxonomy, code, link_type="service_type"):
        term_id = term(taxonomy, code)
        rows["attributes"].append([uid("attribute", service_id, term_id), service_id, term_id, link_type, "service", "", ""])

    for i in range(total):
        municipality = municipality_of(i, total)
        org_index = i // 20
        org_id = uid("organization", org_index)
        if i % 20 == 0:
            rows["organizations"].append([org_id, f"Welzijn {org_index + 1} (verzonnen)",
                                          "Een verzonnen welzijnsorganisatie voor de schaalproef.",
                                          f"info{org_index + 1}@welzijn.example", "https://welzijn.example"])
        service_id = uid("service", i)
        linked = i % 5 < 2
        activity = ACTIVITIES[i % len(ACTIVITIES)]
        name = f"{activity.replace('-', ' ').capitalize()} {municipality} {i + 1}" if linked \
            else f"Buurtinitiatief {i + 1} {municipality}"
        draw = random.Random(i)
        minimum_age, maximum_age = draw.choice(AGE_BANDS) if varied and not linked else ("55" if i % 3 == 0 else "", "")
        rows["services"].append([service_id, org_id, name,
                                 "Een verzonnen dienst voor de schaalproef; elke week, met koffie.", "", "",
                                 "active" if i % 25 else "inactive", "Bel het servicepunt; de coördinator belt terug.",
                                 "", "", minimum_age, maximum_age])
        location_id = uid("location", i)
        rows["locations"].append([location_id, "physical", org_id, f"Buurthuis {i + 1}", "", ""])
        rows["addresses"].append([uid("address", i), location_id, f"Dorpsstraat {i % 200 + 1}", municipality,
                                  "Verzonnen provincie", f"99{i % 100:02d} AA", "NL", "physical"])
        rows["service_at_location"].append([uid("sal", i), service_id, location_id, ""])
        rows["service_areas"].append([uid("area", i), service_id, municipality, f"Gemeente {municipality}"])
        rows["schedules"].append([uid("schedule", i), service_id, "WEEKLY", "", DAYS[i % len(DAYS)], "10:00", "12:00", ""])
        rows["phones"].append([uid("phone", i), service_id, "", f"0000-{i:06d}", "voice", ""])
        if linked:
            attribute(service_id, "interventiewijzer-activity", activity)
        elif varied:
            attribute(service_id, "interventiewijzer-kind", draw.choice(KINDS))
            for approach in draw.sample(APPROACHES, draw.randint(1, 2)):
                attribute(service_id, "interventiewijzer-approach", approach)
            for theme in draw.sample(ALL_THEMES, draw.randint(0, 2)):
                attribute(service_id, "interventiewijzer-theme", theme)
            if draw.random() < 0.3:
                attribute(service_id, "interventiewijzer-circumstance", draw.choice(MORE_CIRCUMSTANCES), "eligibility")
        else:
            attribute(service_id, "interventiewijzer-kind", KINDS[i % len(KINDS)])
            attribute(service_id, "interventiewijzer-approach", APPROACHES[i % len(APPROACHES)])
            attribute(service_id, "interventiewijzer-theme", THEMES[i % len(THEMES)])
            if i % 7 == 0:
                attribute(service_id, "interventiewijzer-circumstance", CIRCUMSTANCES[i % len(CIRCUMSTANCES)],
                          "eligibility")

    headers = {
        "organizations": "id,name,description,email,website",
        "services": "id,organization_id,name,description,url,email,status,application_process,fees_description,"
                    "eligibility_description,minimum_age,maximum_age",
        "locations": "id,location_type,organization_id,name,description,url",
        "addresses": "id,location_id,address_1,city,state_province,postal_code,country,address_type",
        "service_at_location": "id,service_id,location_id,description",
        "service_areas": "id,service_id,name,description",
        "schedules": "id,service_id,freq,interval,byday,opens_at,closes_at,description",
        "phones": "id,service_id,organization_id,number,type,description",
        "contacts": "id,service_id,name,title,email",
        "taxonomy_terms": "id,code,name,description,taxonomy,language",
        "attributes": "id,link_id,taxonomy_term_id,link_type,link_entity,value,label",
    }
    for name, header in headers.items():
        with open(os.path.join(out, name + ".csv"), "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header.split(","))
            writer.writerows(rows[name])
    print(f"{total} {'varied ' if varied else ''}services over {', '.join(m for m, _ in MUNICIPALITIES)} written to {out}")


if __name__ == "__main__":
    main()
