#!/usr/bin/env python3
"""Summarises a JFR recording: CPU samples (top frames by self and by inclusive count, and the first frame of our own
code) and allocation samples (bytes by class and by allocating site). Needs only the JDK's `jfr` tool (JDK 17 has no
`jfr view`). Usage: bench/jfr_top.py recording.jfr [rows]"""
import collections
import json
import subprocess
import sys

OURS = "nl.interventiewijzer."


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", kind, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def table(title, counter, total, unit, rows):
    print(f"\n{title} (total {total:,} {unit})")
    for name, value in counter.most_common(rows):
        print(f"  {100.0 * value / max(total, 1):5.1f}%  {name}")


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    samples = [e for e in events(path, "jdk.ExecutionSample") if e["values"].get("stackTrace")]
    self_time, inclusive, ours = collections.Counter(), collections.Counter(), collections.Counter()
    for sample in samples:
        frames = [frame_name(f) for f in sample["values"]["stackTrace"]["frames"]]
        self_time[frames[0]] += 1
        for name in set(frames):
            inclusive[name] += 1
        own = next((f for f in frames if f.startswith(OURS)), "(no frame of ours)")
        ours[own] += 1
    table("CPU samples, top of stack", self_time, len(samples), "samples", rows)
    table("CPU samples, anywhere on the stack", inclusive, len(samples), "samples", rows)
    table("CPU samples, by the innermost frame of our code", ours, len(samples), "samples", rows)

    allocations = events(path, "jdk.ObjectAllocationSample")
    by_class, by_site, by_ours = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for event in allocations:
        values = event["values"]
        weight = values.get("weight", 0)
        total += weight
        by_class[values["objectClass"]["name"]] += weight
        frames = [frame_name(f) for f in (values.get("stackTrace") or {"frames": []})["frames"]]
        if frames:
            by_site[frames[0]] += weight
            by_ours[next((f for f in frames if f.startswith(OURS)), "(no frame of ours)")] += weight
    table("Allocated bytes by class", by_class, total, "bytes sampled", rows)
    table("Allocated bytes by allocating frame", by_site, total, "bytes sampled", rows)
    table("Allocated bytes by the innermost frame of our code", by_ours, total, "bytes sampled", rows)


if __name__ == "__main__":
    main()
