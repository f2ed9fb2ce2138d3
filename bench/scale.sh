#!/usr/bin/env bash
# Scale with the local offer: generates synthetic HSDS packages of 100, 1,000 and 5,000 services over four
# municipalities (bench/gen_local_offer.py) and prints per size, beside no local offer:
#   start-up to ready (server pinned to one core) and the CPU time the JVM used until then, with its main thread's
#   and the JIT compilers' shares (thread_cpu in lib.sh), the offer's read and store times (from the service's log),
#   heap used after start (after a full GC, jcmd GC.heap_info), and, with JMH, time and memory per match for a person
#   in the largest municipality (Grootstad).
# Usage: bench/scale.sh [sizes, default "100 1000 5000"]; a size ending in v (e.g. 5000v) is a package whose services
# on their own each draw their own description (gen_local_offer.py's "varied"). Environment: SKIP_INSTALL=1 to reuse
# the installed jar in bench/jmh; APP as in load.sh.
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

printf '%-10s %-18s %-18s %-20s %-32s %-18s %s\n' "services" "start-up to ready" "CPU until ready" "of which main / JIT" \
  "offer read / stored" "heap after start" "load average"
for size in none $sizes; do
  options=()
  if [ "$size" != none ]; then
    if [[ "$size" == *v ]]; then
      "$root/bench/gen_local_offer.py" "${size%v}" "$packages/$size" varied >/dev/null
    else
      "$root/bench/gen_local_offer.py" "$size" "$packages/$size" >/dev/null
    fi
    options=(-Dinterventiewijzer.local-offer.path="$packages/$size")
  fi
  log="$results/scale-$size.log"
  mark_cpu
  start_server "$app" /q/health/ready "$log" "${options[@]}"
  heap=$(heap_used_mib "$server_pid")
  loaded=$(sed -n 's/.*Local offer .*read and validated in \([0-9]*\) ms, stored in \([0-9]*\) ms.*/\1 ms \/ \2 ms/p' "$log" | head -1)
  read -r main jit _ <<<"$ready_threads"
  stop_server
  printf '%-10s %-18s %-18s %-20s %-32s %-18s %s\n' "$size" "${ready_ms} ms" "${ready_cpu_ms} ms" "$main / $jit ms" \
    "${loaded:--}" "${heap} MiB" "$(load_note)"
done

offers=""
for size in $sizes; do offers="$offers,$packages/$size"; done
echo "time and memory per match, a person in Grootstad (the largest municipality); offer empty = no local offer:"
# Ten warm-up iterations of 3 s: with 3 of 1 s the JIT was not done on one core (errors larger than the figures).
"$root/bench/jmh.sh" -f 1 -wi 10 -w 3s -i 5 -r 3s -prof gc -p withPerson=true -p municipality=Grootstad -p "offer=$offers"
