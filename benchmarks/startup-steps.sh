#!/usr/bin/env bash
# Where Lift's start-up cost goes: the sample app with Lift off and on (as in startup.sh), started by
# startup/StartupSteps.java with Spring's BufferingApplicationStartup, alternating, RUNS times each.
#
# Prints, for each run, the figures that move least on a shared machine: classes loaded and bean
# definitions (exact), the bytes the main thread allocated (within 2 %) and its CPU time (the main
# thread refreshes the context), and the process's CPU time; then the start-up steps (mostly bean instantiations) whose self
# time Lift adds most to, averaged over the runs. Step times are wall times inside one process: on a
# busy machine they are loose, trust the order of magnitude and the counts.
#
# The sample jar is extracted (java -Djarmode=tools ... extract) and StartupSteps.java compiled against
# it, so that the program runs on the sample's class path; the extracted layout starts faster than the
# nested jar, alike for off and on.
#
# Needs: the sample app's jar (mvn -B -q -pl sample-app -am package -DskipTests) and a JDK 17+.
# Settings (environment variables, defaults in brackets):
#   RUNS [3]  runs of each       TOP [25]  steps listed       JAVA_OPTS [-Xmx512m]
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
TOP=${TOP:-25}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
LIFT_ON_ARGS=${LIFT_ON_ARGS:---lift.circuit-breaker.enabled=true --lift.retry.enabled=true --lift.rate-limit.limit-for-period=1000000000}

JAR=$(ls sample-app/target/*-exec.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$JAR" ]]; then
    echo "No sample-app/target/*-exec.jar: run 'mvn -B -q -pl sample-app -am package -DskipTests' first" >&2
    exit 2
fi
OUT=benchmarks/target/startup-steps
rm -rf "$OUT"
mkdir -p "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > /dev/null
CLASSPATH_APP="$(ls "$OUT"/app/*.jar):$OUT/app/lib/*"
javac -cp "$CLASSPATH_APP" -d "$OUT/classes" benchmarks/startup/StartupSteps.java

run_once() { # name run args...
    local name=$1 run=$2
    shift 2
    local summary
    summary=$(java $JAVA_OPTS -Dstartup.out="$OUT/$name-$run.tsv" -cp "$OUT/classes:$CLASSPATH_APP" \
        StartupSteps --server.port=0 "$@" 2>&1 > "$OUT/$name-$run.log" | grep '^STARTUP ' || true)
    if [[ -z "$summary" ]]; then
        echo "The $name run did not start: see $OUT/$name-$run.log" >&2
        exit 1
    fi
    printf '%-4s %-3s %s\n' "$run" "$name" "${summary#STARTUP }"
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(date -u '+%Y-%m-%d %H:%M UTC')"
for run in $(seq 1 "$RUNS"); do
    run_once off "$run" --lift.enabled=false
    run_once on "$run" $LIFT_ON_ARGS
done
echo
echo "steps Lift adds most self time to (ms, average of $RUNS runs; 'off' 0 = a step only Lift on has):"
printf '%9s %9s %9s  %s\n' added off on step
awk -F'\t' -v runs="$RUNS" '
    FNR == 1 { side = (FILENAME ~ /\/on-[0-9]+\.tsv$/) ? "on" : "off" }
    { t[side, $1] += $2; keys[$1] = 1 }
    END {
        for (k in keys) {
            off = t["off", k] / runs / 1000; on = t["on", k] / runs / 1000
            printf "%9.1f %9.1f %9.1f  %s\n", on - off, off, on, k
        }
    }' "$OUT"/off-*.tsv "$OUT"/on-*.tsv | sort -rn | head -n "$TOP"
