#!/usr/bin/env bash
# CPU per HTTP request of two builds of the sample app, side by side on loopback.
#
# Starts both jars with the same arguments (Lift on: see ARGS), warms both up, then drives them in
# turn (first, second, first, ...) with wrk and reports, per run, the requests served and the CPU
# time the app's JVM used per request (user + system, from /proc). On a loaded machine throughput
# swings with whatever else runs; the CPU a process spends per request swings much less, so this is
# the measure for "did this change make a request more expensive".
#
# Usage: benchmarks/http-cpu-compare.sh BEFORE.jar AFTER.jar
#   (build a jar with: mvn -B -q -pl sample-app -am package -DskipTests; copy *-exec.jar aside
#   before and after the change)
# Needs: java, curl, wrk (Debian/Ubuntu: apt-get install wrk); Linux (/proc).
# Settings (environment variables, defaults in brackets):
#   ROUNDS [6]  DURATION [10] seconds per run  WARMUP [40] seconds per app  CONNECTIONS [8]
#   ARGS [Lift's JSON log format, circuit breaker and retry on, a rate limit out of reach]
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "Usage: $0 BEFORE.jar AFTER.jar" >&2
    exit 2
fi
BEFORE=$1
AFTER=$2
ROUNDS=${ROUNDS:-6}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-40}
CONNECTIONS=${CONNECTIONS:-8}
ARGS=${ARGS:---logging.structured.format.console=dev.lift.autoconfigure.logging.LiftStructuredLogFormatter --lift.circuit-breaker.enabled=true --lift.retry.enabled=true --lift.rate-limit.limit-for-period=1000000000 --sample.downstream.failure-rate=0}
OUT=$(dirname "$0")/target/http-cpu-compare
mkdir -p "$OUT"

cat > "$OUT/request.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "hello lift"
wrk.headers["Content-Type"] = "text/plain"
wrk.headers["X-Tenant-Id"] = "acme"
LUA

java -Xmx512m -jar "$BEFORE" --server.port=18091 $ARGS > "$OUT/before.log" 2>&1 &
BEFORE_PID=$!
java -Xmx512m -jar "$AFTER" --server.port=18092 $ARGS > "$OUT/after.log" 2>&1 &
AFTER_PID=$!
trap 'kill $BEFORE_PID $AFTER_PID 2>/dev/null || true' EXIT
for port in 18091 18092; do
    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
        sleep 1
    done
done

cpu_ticks() { # pid
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# Prints "requests cpu_ticks" for one wrk run against one app.
run() { # pid port seconds
    local before after requests
    before=$(cpu_ticks "$1")
    requests=$(wrk -t1 -c"$CONNECTIONS" -d"$3"s --timeout 5s -s "$OUT/request.lua" "http://127.0.0.1:$2/uppercase" \
        | awk '/requests in/ { print $1 }')
    after=$(cpu_ticks "$1")
    echo "$requests $((after - before))"
}

run "$BEFORE_PID" 18091 "$WARMUP" > /dev/null
run "$AFTER_PID" 18092 "$WARMUP" > /dev/null
TICK=$(getconf CLK_TCK)
echo "before: $BEFORE; after: $AFTER; $CONNECTIONS connections, ${DURATION}s per run, warm-up ${WARMUP}s each"
printf '%-6s %-7s %9s %12s\n' round build requests 'cpu us/req'
ratios=()
for round in $(seq 1 "$ROUNDS"); do
    read -r before_n before_t < <(run "$BEFORE_PID" 18091 "$DURATION")
    read -r after_n after_t < <(run "$AFTER_PID" 18092 "$DURATION")
    before_us=$(awk -v t="$before_t" -v n="$before_n" -v k="$TICK" 'BEGIN { printf "%.1f", t * 1e6 / k / n }')
    after_us=$(awk -v t="$after_t" -v n="$after_n" -v k="$TICK" 'BEGIN { printf "%.1f", t * 1e6 / k / n }')
    printf '%-6s %-7s %9s %12s\n' "$round" before "$before_n" "$before_us" "$round" after "$after_n" "$after_us"
    ratios+=("$(awk -v a="$after_us" -v b="$before_us" 'BEGIN { printf "%.3f", a / b }')")
done
echo "CPU per request after/before per round: ${ratios[*]}"
