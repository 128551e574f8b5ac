#!/usr/bin/env bash
# Start-up cost of Lift: the sample app's whole process, from JVM start to a refreshed application
# context, with Lift off (--lift.enabled=false: no Lift bean, no Lift filter) and Lift on (the sample's
# configuration plus circuit breaker and retry: LIFT_ON_ARGS).
#
# Spring's -Dspring.context.exit=onRefresh makes the JVM exit once every bean is created, before the
# web server takes requests, so each run times JVM start + context refresh and nothing else. Runs
# alternate (off, on, off, on, ...) so that drift in the machine's speed hits both alike; the script
# prints each pair, the medians and the ratio of the medians.
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

# Prints the milliseconds one process took from start to exit.
run_once() { # name args...
    local name=$1
    shift
    local start end
    start=$(date +%s%N)
    java $JAVA_OPTS -Dspring.context.exit=onRefresh -jar "$JAR" --server.port=0 "$@" > "$OUT/$name.log" 2>&1 || true
    end=$(date +%s%N)
    if ! grep -q 'Root WebApplicationContext: initialization completed' "$OUT/$name.log"; then
        echo "The $name run did not start: see $OUT/$name.log" >&2
        exit 1
    fi
    echo $(((end - start) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1); $(java -version 2>&1 | head -n 1)"
echo "jar: $JAR; $RUNS pairs after one warm-up pair"
run_once off --lift.enabled=false > /dev/null
run_once on $LIFT_ON_ARGS > /dev/null
offs=()
ons=()
printf '%-4s %10s %10s %7s\n' run 'off ms' 'on ms' 'on/off'
for run in $(seq 1 "$RUNS"); do
    off=$(run_once off --lift.enabled=false)
    on=$(run_once on $LIFT_ON_ARGS)
    offs+=("$off")
    ons+=("$on")
    printf '%-4s %10s %10s %7s\n' "$run" "$off" "$on" "$(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.3f", a / b }')"
done
off_median=$(printf '%s\n' "${offs[@]}" | median)
on_median=$(printf '%s\n' "${ons[@]}" | median)
echo "median: off ${off_median} ms, on ${on_median} ms"
awk -v a="$on_median" -v b="$off_median" 'BEGIN { printf "start-up added by Lift: %.1f %% (target <= 15 %%)\n", (a / b - 1) * 100 }'
