#!/usr/bin/env bash
# HTTP load: the sample app with Lift off and with Lift on, side by side on loopback.
#
# Starts the sample app twice (Lift off: --lift.enabled=false; Lift on: see LIFT_ON_ARGS), warms
# both up, then drives them in turn (off, on, off, on, ...) with wrk and reports requests per
# second, p50 and p99 latency of each run and the throughput ratio on/off of each pair.
# Alternating pairs keep the ratio fair when the machine's speed drifts.
#
# Needs: the sample app's jar (mvn -B -q -pl sample-app -am package -DskipTests), java, curl and
# wrk (Debian/Ubuntu: apt-get install wrk).
#
# Every run is bounded in time (DURATION) and in count (REQUESTS per wrk thread).
# Settings (environment variables, defaults in brackets):
#   DURATION [15]      seconds per measured run     WARMUP [60]      seconds of warm-up per app
#   ROUNDS [3]         off/on pairs                 CONNECTIONS [8]  concurrent connections
#   REQUESTS [500000]  most requests per run        WRK_THREADS [1]  wrk threads (leave the app the rest)
#   JAVA_OPTS [-Xmx512m]  options of both app JVMs
#   BOTH_ARGS [Lift's JSON log format]  arguments of both apps: the sample logs JSON lines with Lift
#              on, so Lift off logs the same lines the same way (set it empty to compare Lift on with
#              Lift off's plain-text log lines)
#   OFF_PORT [18081], ON_PORT [18082]
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-60}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-8}
REQUESTS=${REQUESTS:-500000}
WRK_THREADS=${WRK_THREADS:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
OFF_PORT=${OFF_PORT:-18081}
ON_PORT=${ON_PORT:-18082}
# Lift on: the sample's own configuration (tenancy, rate limit, bulkhead, timeout, logging, metrics,
# tracing) plus circuit breaker and retry, with a rate limit the load never reaches, so the figures
# are the warm path's cost and not rejections. Adaptive load shedding stays off: on a saturated
# machine it sheds by design.
BOTH_ARGS=${BOTH_ARGS---logging.structured.format.console=dev.lift.autoconfigure.logging.LiftStructuredLogFormatter}
LIFT_ON_ARGS=${LIFT_ON_ARGS:---lift.circuit-breaker.enabled=true --lift.retry.enabled=true --lift.rate-limit.limit-for-period=1000000000}

JAR=$(ls sample-app/target/*-exec.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$JAR" ]]; then
    echo "No sample-app/target/*-exec.jar: run 'mvn -B -q -pl sample-app -am package -DskipTests' first" >&2
    exit 2
fi
if ! command -v wrk >/dev/null; then
    echo "wrk is not installed (Debian/Ubuntu: apt-get install wrk)" >&2
    exit 2
fi

OUT=benchmarks/target/http-load
mkdir -p "$OUT"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# One request: POST /uppercase as tenant acme (the sample requires a tenant when Lift is on).
cat > "$OUT/request.lua" <<EOF
wrk.method = "POST"
wrk.body = "hello lift"
wrk.headers["Content-Type"] = "text/plain"
wrk.headers["X-Tenant-Id"] = "acme"
local count = 0
function response(status, headers, body)
    count = count + 1
    if count >= ${REQUESTS} then wrk.thread:stop() end
end
EOF

start_app() { # name port args...
    local name=$1 port=$2
    shift 2
    # The sample logs one line per call; both runs write theirs to a file alike.
    java $JAVA_OPTS -jar "$JAR" --server.port="$port" --sample.downstream.failure-rate=0 $BOTH_ARGS "$@" \
        > "$OUT/app-$name.log" 2>&1 &
    PIDS+=($!)
}

wait_ready() { # port
    for _ in $(seq 1 120); do
        if curl -sf -o /dev/null "http://127.0.0.1:$1/actuator/health"; then
            return 0
        fi
        sleep 1
    done
    echo "The app on port $1 did not start: see $OUT/app-*.log" >&2
    exit 1
}

# Prints "requests/s p50(ms) p99(ms) non-2xx" for one wrk run.
run_wrk() { # port seconds
    local report
    report=$(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 5s --latency -s "$OUT/request.lua" \
        "http://127.0.0.1:$1/uppercase")
    echo "$report" >> "$OUT/wrk-$1.txt"
    echo "$report" | awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v
        }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        $1 == "Requests/sec:" { rps = $2 }
        /Non-2xx/ { errors = $NF }
        END { printf "%.0f %.3f %.3f %d\n", rps, p50, p99, errors }'
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1); $(java -version 2>&1 | head -n 1)"
echo "jar: $JAR; $CONNECTIONS connections, $WRK_THREADS wrk thread(s), ${DURATION}s or $REQUESTS requests per run"
echo "both apps: ${BOTH_ARGS:-<no extra arguments>}; Lift on: $LIFT_ON_ARGS; warm-up ${WARMUP}s each"
start_app off "$OFF_PORT" --lift.enabled=false
start_app on "$ON_PORT" $LIFT_ON_ARGS
wait_ready "$OFF_PORT"
wait_ready "$ON_PORT"
check=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain' -H 'X-Tenant-Id: acme' \
    -d 'hello lift' "http://127.0.0.1:$ON_PORT/uppercase")
if [[ "$check" != 200 ]]; then
    echo "Lift on answered $check instead of 200: see $OUT/app-on.log" >&2
    exit 1
fi
run_wrk "$OFF_PORT" "$WARMUP" > /dev/null
run_wrk "$ON_PORT" "$WARMUP" > /dev/null

printf '%-6s %-4s %10s %9s %9s %7s\n' round lift 'req/s' 'p50 ms' 'p99 ms' 'non-2xx'
ratios=()
for round in $(seq 1 "$ROUNDS"); do
    read -r off_rps off_p50 off_p99 off_err < <(run_wrk "$OFF_PORT" "$DURATION")
    read -r on_rps on_p50 on_p99 on_err < <(run_wrk "$ON_PORT" "$DURATION")
    printf '%-6s %-4s %10s %9s %9s %7s\n' "$round" off "$off_rps" "$off_p50" "$off_p99" "$off_err"
    printf '%-6s %-4s %10s %9s %9s %7s\n' "$round" on "$on_rps" "$on_p50" "$on_p99" "$on_err"
    ratios+=("$(awk -v a="$on_rps" -v b="$off_rps" 'BEGIN { printf "%.3f", a / b }')")
done
echo "throughput ratio on/off per round: ${ratios[*]}"
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { printf "median throughput ratio on/off: %.3f (target >= 0.90)\n", r[int((NR + 1) / 2)] }'
