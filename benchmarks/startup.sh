#!/usr/bin/env bash
# Start-up cost of Lift: the sample app's whole process, from JVM start to a refreshed application
# context, with Lift off (--lift.enabled=false: no Lift bean, no Lift filter) and Lift on (the sample's
# configuration plus circuit breaker and retry: LIFT_ON_ARGS).
#
# Spring's -Dspring.context.exit=onRefresh makes the JVM exit once every bean is created, before the
# web server takes requests, so each run times JVM start + context refresh and nothing else. Runs
# alternate (off, on, off, on, ...) so that drift in the machine's speed hits both alike. For every
# run the script takes the wall time and the process's CPU time (user + sys, all its threads: the JIT
# compilers and the GC included); CPU time varies far less than wall time when other processes share
# the cores. It prints each pair, the medians of the pair ratios on/off (the figures to quote) and
# the medians of the runs.
#
# Needs: the sample app's jar (mvn -B -q -pl sample-app -am package -DskipTests) and java.
# Settings (environment variables, defaults in brackets):
#   RUNS [7]  pairs, after one warm-up pair      JAVA_OPTS [-Xmx512m]  options of both JVMs
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
LIFT_ON_ARGS=${LIFT_ON_ARGS:---lift.circuit-breaker.enabled=true --lift.retry.enabled=true --lift.rate-limit.limit-for-period=1000000000}

JAR=$(ls sample-app/target/*-exec.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$JAR" ]]; then
    echo "No sample-app/target/*-exec.jar: run 'mvn -B -q -pl sample-app -am package -DskipTests' first" >&2
    exit 2
fi
OUT=benchmarks/target/startup
mkdir -p "$OUT"

# Seconds as bash's `times` prints them (1m2.345s) to milliseconds.
to_ms() {
    awk -v t="$1" 'BEGIN { split(t, p, "m"); sub("s", "", p[2]); printf "%d", (p[1] * 60 + p[2]) * 1000 }'
}

# Prints "wall-ms cpu-ms" of one process from start to exit. The process runs in a subshell of its
# own, whose `times` then reports the user and system time of its one child: the JVM.
run_once() { # name args...
    local name=$1
    shift
    local start end cpu
    start=$(date +%s%N)
    cpu=$( (java $JAVA_OPTS -Dspring.context.exit=onRefresh -jar "$JAR" --server.port=0 "$@" > "$OUT/$name.log" 2>&1 || true
        times) | tail -n 1)
    end=$(date +%s%N)
    if ! grep -q 'Root WebApplicationContext: initialization completed' "$OUT/$name.log"; then
        echo "The $name run did not start: see $OUT/$name.log" >&2
        exit 1
    fi
    read -r user sys <<< "$cpu"
    echo "$(((end - start) / 1000000)) $(($(to_ms "$user") + $(to_ms "$sys")))"
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1); $(java -version 2>&1 | head -n 1)"
echo "jar: $JAR; $RUNS pairs after one warm-up pair; $(date -u '+%Y-%m-%d %H:%M UTC')"
# Other processes on the machine move these figures more than Lift does: say how busy it was.
echo "load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
run_once off --lift.enabled=false > /dev/null
run_once on $LIFT_ON_ARGS > /dev/null
off_walls=() on_walls=() off_cpus=() on_cpus=() wall_ratios=() cpu_ratios=()
printf '%-4s %12s %12s %8s %12s %12s %8s\n' pair 'off wall ms' 'on wall ms' 'on/off' 'off CPU ms' 'on CPU ms' 'on/off'
for run in $(seq 1 "$RUNS"); do
    read -r off_wall off_cpu <<< "$(run_once off --lift.enabled=false)"
    read -r on_wall on_cpu <<< "$(run_once on $LIFT_ON_ARGS)"
    off_walls+=("$off_wall") on_walls+=("$on_wall") off_cpus+=("$off_cpu") on_cpus+=("$on_cpu")
    wall_ratios+=("$(ratio "$on_wall" "$off_wall")") cpu_ratios+=("$(ratio "$on_cpu" "$off_cpu")")
    printf '%-4s %12s %12s %8s %12s %12s %8s\n' "$run" "$off_wall" "$on_wall" "${wall_ratios[-1]}" \
        "$off_cpu" "$on_cpu" "${cpu_ratios[-1]}"
done
wall_ratio=$(printf '%s\n' "${wall_ratios[@]}" | median)
cpu_ratio=$(printf '%s\n' "${cpu_ratios[@]}" | median)
echo "median of runs: wall off $(printf '%s\n' "${off_walls[@]}" | median) ms, on $(printf '%s\n' "${on_walls[@]}" | median) ms;" \
    "CPU off $(printf '%s\n' "${off_cpus[@]}" | median) ms, on $(printf '%s\n' "${on_cpus[@]}" | median) ms"
echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
awk -v w="$wall_ratio" -v c="$cpu_ratio" 'BEGIN {
    printf "start-up added by Lift (median of the pair ratios): wall %.1f %%, CPU %.1f %% (target <= 15 %%)\n", (w - 1) * 100, (c - 1) * 100 }'
