# Shared by the bench scripts (sourced, not run). Builds what is missing, starts a jar pinned to one core, waits for
# readiness, drives wrk from the other core, and prints the load average beside every figure.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${BENCH_PORT:-18080}"
server_cpu="${SERVER_CPU:-0}"
load_cpu="${LOAD_CPU:-1}"
connections="${CONNECTIONS:-16}"
# The service under test: APP overrides it (e.g. a copy of an older build's target/quarkus-app, for before/after).
app="${APP:-$root/target/quarkus-app}"
bare_app="$root/bench/bare/target/quarkus-app"
results="$root/bench/results"
mkdir -p "$results"

# A person with every field the matcher reads, in the demo local offer's municipality.
FULL_PERSON='"person":{"age":78,"gender":"FEMALE","circumstances":["RECENTLY_WIDOWED","LIVES_ALONE"],"mobility":"LIMITED","interests":["NATURE","CULTURE"],"digitalSkills":false,"municipality":"Wijkerveen"}'

# The load average counts this benchmark's own server and wrk (about 2 on two busy cores), so it cannot say alone
# whether something else ran. mark_cpu, before a figure, and load_note, after it, also count the CPU that went to
# anything else in between: the machine's user, system and steal time (/proc/stat) minus the server's own
# (/proc/<server>/stat) and minus what this script and the children it waited for used (wrk, curl: the cumulated
# child times of /proc/$$/stat). Interrupt and softirq time are left out: the kernel does not charge them to a process,
# and at 20,000 requests/s the loopback traffic of the benchmark itself puts up to half a core there. load_note
# prints the rest in % of one core and warns above QUIET_LIMIT (default 10%). It also says how much of that was steal
# time: the hypervisor running something else on our core. On the Firecracker guest of issue 11, steal was most of
# the others during the start-ups (docs/performance.md).
quiet_limit="${QUIET_LIMIT:-10}"
mark_cpu() {
  read -r mark_busy mark_total mark_steal < <(machine_jiffies)
  mark_ours=$(our_jiffies)
}
machine_jiffies() { # busy, total and steal jiffies of all cores
  awk '/^cpu / { busy = $2 + $3 + $4 + $9; print busy, busy + $5 + $6 + $7 + $8, $9 }' /proc/stat
}
our_jiffies() { # the servers' CPU time (server_pid, and any in server_pids) plus this script's and its waited-for children's
  local server=0 pid
  for pid in ${server_pid:-} ${server_pids:-}; do
    if [ -r "/proc/$pid/stat" ]; then
      server=$((server + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
    fi
  done
  awk -v s="$server" '{ print s + $14 + $15 + $16 + $17 }' "/proc/$$/stat"
}
others_percent() { # % of one core used by anything but the benchmark since mark_cpu
  local busy total ours
  read -r busy total _ < <(machine_jiffies)
  ours=$(our_jiffies)
  awk -v b="$((busy - mark_busy))" -v t="$((total - mark_total))" -v o="$((ours - mark_ours))" -v n="$(nproc)" \
    'BEGIN { other = b - o; if (other < 0) other = 0; printf "%.1f", (t > 0 ? 100 * other * n / t : 0) }'
}
steal_percent() { # % of one core the hypervisor took since mark_cpu (part of others_percent)
  local busy total steal
  read -r busy total steal < <(machine_jiffies)
  awk -v s="$((steal - mark_steal))" -v t="$((total - mark_total))" -v n="$(nproc)" \
    'BEGIN { printf "%.1f", (t > 0 ? 100 * s * n / t : 0) }'
}
too_busy() { # % of a core taken by others: whether that is more than quiet_limit
  awk -v o="$1" -v q="$quiet_limit" 'BEGIN { exit !(o > q) }'
}
mark_cpu

# "load 2.10 1.05, others 0.4% of a core (steal 0.2%)", and a warning when anything else used more than quiet_limit
# of a core since the last mark_cpu (sourcing this file marks once).
load_note() {
  local one five others steal
  read -r one five _ </proc/loadavg
  others=$(others_percent)
  steal=$(steal_percent)
  if too_busy "$others"; then
    echo "load $one $five, others ${others}% of a core (steal ${steal}%)  WARNING: other processes took more than ${quiet_limit}% of a core: figure unreliable, re-run when quiet"
  else
    echo "load $one $five, others ${others}% of a core (steal ${steal}%)"
  fi
}

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "wrk missing: installing it from Debian's packages" >&2
    (apt-get install -y wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y wrk >/dev/null))
  fi
}

ensure_builds() {
  if [ ! -f "$app/quarkus-run.jar" ]; then
    (cd "$root" && ./mvnw -B -q package -DskipTests)
  fi
  if [ ! -f "$bare_app/quarkus-run.jar" ]; then
    (cd "$root/bench/bare" && ../../mvnw -B -q package -DskipTests)
  fi
}

server_pid=""
# Starts a jar pinned to the server core(s) with extra JVM options; sets server_pid and ready_ms (launch to a 200 on
# the given path), ready_cpu_ms and ready_threads (thread_cpu at that moment).
# Usage: start_server <app dir> <ready path> <log file> [java options...]
start_server() {
  local dir="$1" path="$2" log="$3"
  shift 3
  local begin
  begin=$(date +%s%N)
  (cd "$root" && exec taskset -c "$server_cpu" java "$@" -Dquarkus.http.port="$port" -jar "$dir/quarkus-run.jar") >"$log" 2>&1 &
  server_pid=$!
  until curl -sf -o /dev/null "localhost:$port$path"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server died before it was ready; see $log" >&2
      return 1
    fi
    sleep 0.01
  done
  ready_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  # CPU time the JVM used until ready (user + system, all its threads): unlike the wall time, it hardly moves when
  # other processes share the core, so it is the steadier figure on a busy machine.
  ready_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$server_pid/stat")
  ready_threads=$(thread_cpu "$server_pid")
}

# The figures of each start, by label, for medians over several starts: after start_server, record_start <label> adds
# that start's time to ready, CPU until ready and CPU by thread to space-separated lists (starts_ms[label], ...).
declare -A starts_ms=() starts_cpu=() starts_main=() starts_jit=() starts_workers=()
record_start() {
  local main jit workers
  read -r main jit workers <<<"$ready_threads"
  starts_ms[$1]+="$ready_ms "; starts_cpu[$1]+="$ready_cpu_ms "
  starts_main[$1]+="$main "; starts_jit[$1]+="$jit "; starts_workers[$1]+="$workers "
}

# The CPU time a JVM has used so far, by thread: "main jit workers" in ms. main: the launcher's threads, named
# "java", which run Quarkus's start-up and our start-up beans; jit: the C1 and C2 compiler threads; workers: Quarkus's
# executor threads (the catalogue's store in H2 runs there). The rest (event loops, GC, the VM thread, pools) is the
# process's total minus these. Pinned to one core, the JIT competes with the start-up for that core.
thread_cpu() {
  local stat
  for stat in /proc/"$1"/task/*/stat; do
    cat "$stat" 2>/dev/null || true
  done | sed -E 's/^[0-9]+ \((.*)\) (.*)$/\1|\2/' | awk -F'|' -v hz="$(getconf CLK_TCK)" '
    { split($2, f, " "); ms = (f[12] + f[13]) * 1000 / hz }
    $1 == "java" { main += ms }
    $1 ~ /^C[12] CompilerThre/ { jit += ms }
    $1 ~ /^executor-thread/ { workers += ms }
    END { printf "%d %d %d\n", main, jit, workers }'
}

stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

# Drives wrk from the load core. Usage: drive <seconds> <path> [json body: POST]; prints the RESULT line's fields.
drive() {
  local seconds="$1" path="$2" body="${3:-}"
  if [ -n "$body" ]; then
    (cd "$root" && WRK_BODY="$body" taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${seconds}s" --latency \
      -s bench/wrk/post.lua "http://localhost:$port$path") | grep '^RESULT' | sed 's/^RESULT //'
  else
    (cd "$root" && taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${seconds}s" --latency \
      -s bench/wrk/report.lua "http://localhost:$port$path") | grep '^RESULT' | sed 's/^RESULT //'
  fi
}

ratio() { # a, b: a / b with two decimals
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}
field() { # <name> <RESULT fields>: the value of name=...
  echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

# The middle value; of an even count, the mean of the two middle ones (rounded when both are whole, as start-up
# milliseconds are, so that shell arithmetic can use it).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 }
    END {
      if (NR % 2) { print a[(NR + 1) / 2]; exit }
      x = a[NR / 2]; y = a[NR / 2 + 1]
      if (x == int(x) && y == int(y)) printf "%d\n", (x + y) / 2 + 0.5; else print (x + y) / 2
    }'
}
