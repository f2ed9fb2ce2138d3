#!/usr/bin/env bash
# Scale with the local offer: generates synthetic HSDS packages of 100, 1,000 and 5,000 services over four
# municipalities (bench/gen_local_offer.py) and prints per size, beside no local offer:
#   start-up to ready (server pinned to one core) and the CPU time the JVM used until then, with its main thread's
#   and the JIT compilers' shares (thread_cpu in lib.sh), the offer's read and store times (from the service's log),
#   heap used after start (after a full GC, jcmd GC.heap_info), and, with JMH, time and memory per match for a person
#   in the largest municipality (Grootstad).
# Usage: bench/scale.sh [sizes, default "100 1000 5000"]; a size ending in v (e.g. 5000v) is a package whose services
# on their own each draw their own description (gen_local_offer.py's "varied"). Environment: SKIP_INSTALL=1 to reuse
# the installed jar in bench/jmh; APP as in load.sh; STARTS (default 3) starts per size, in turns, for the medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sizes="${1:-100 1000 5000}"
ensure_builds
packages="$results/offers"
mkdir -p "$packages"

heap_used_mib() { # pid: heap in use after a full collection (sums the generations: Serial or Parallel GC, or G1's one line)
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/total [0-9]+K, used [0-9]+K/ && !/Metaspace|class space/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); sum += v } }
    END { printf "%.1f", sum / 1024 }'
}

# A package is made once per run; a size's start-up figures are medians over STARTS starts (default 3), the sizes
# taking turns round by round, because one start on one core moves by a second or more from the next.
starts="${STARTS:-3}"
for size in $sizes; do
  if [[ "$size" == *v ]]; then
    "$root/bench/gen_local_offer.py" "${size%v}" "$packages/$size" varied >/dev/null
  else
    "$root/bench/gen_local_offer.py" "$size" "$packages/$size" >/dev/null
  fi
done
declare -A read_of stored_of heap_of
mark_cpu
for round in $(seq 1 "$starts"); do
  for size in none $sizes; do
    options=()
    if [ "$size" != none ]; then
      options=(-Dinterventiewijzer.local-offer.path="$packages/$size")
    fi
    log="$results/scale-$size.log"
    start_server "$app" /q/health/ready "$log" "${options[@]}"
    record_start "$size"
    if [ "$size" != none ]; then
      read -r read stored < <(sed -n 's/.*Local offer .*read and validated in \([0-9]*\) ms, stored in \([0-9]*\) ms.*/\1 \2/p' "$log" | head -1)
      read_of[$size]+=" $read"; stored_of[$size]+=" $stored"
    fi
    if [ "$round" = "$starts" ]; then
      heap_of[$size]=$(heap_used_mib "$server_pid")
    fi
    stop_server
  done
done
printf '%-10s %-22s %-18s %-20s %-26s %-16s %s\n' "services" "start-up to ready" "CPU until ready" "of which main / JIT" \
  "offer read / stored" "heap after start" "starts (ready, ms)"
none_ready=$(median ${starts_ms[none]})
for size in none $sizes; do
  ready=$(median ${starts_ms[$size]})
  growth=""
  if [ "$size" != none ]; then
    growth=" ($(awk -v a="$ready" -v b="$none_ready" 'BEGIN { printf "%+.1f s", (a - b) / 1000 }'))"
  fi
  loaded="-"
  if [ "$size" != none ]; then
    loaded="$(median ${read_of[$size]}) / $(median ${stored_of[$size]}) ms"
  fi
  printf '%-10s %-22s %-18s %-20s %-26s %-16s %s\n' "$size" "${ready} ms${growth}" "$(median ${starts_cpu[$size]}) ms" \
    "$(median ${starts_main[$size]}) / $(median ${starts_jit[$size]}) ms" "$loaded" "${heap_of[$size]} MiB" "${starts_ms[$size]% }"
done
echo "medians of $starts starts each, sizes in turns; $(load_note)"

offers=""
for size in $sizes; do offers="$offers,$packages/$size"; done
echo "time and memory per match, a person in Grootstad (the largest municipality); offer empty = no local offer:"
# Ten warm-up iterations of 3 s: with 3 of 1 s the JIT was not done on one core (errors larger than the figures).
"$root/bench/jmh.sh" -f 1 -wi 10 -w 3s -i 5 -r 3s -prof gc -p withPerson=true -p municipality=Grootstad -p "offer=$offers"
