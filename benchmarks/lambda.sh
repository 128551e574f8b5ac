#!/usr/bin/env bash
# What Lift costs a Lambda function: the sample's Lambda jar run the way Lambda runs it (the jar
# extracted into a task root, AWS's runtime interface client in a fresh JVM with the options Lambda's
# Java runtimes set for 1024 MB: C1 only, serial GC, heap 85 %, metaspace 10 %, code cache 5 %),
# against lift-test's Runtime API server on loopback. Lift on and off (LIFT_ENABLED=false), and the
# baseline: the same function alone on Spring Cloud Function's AWS adapter (benchmarks/bare-function,
# built here), on the JDK that runs this script; when JAVA25_HOME names a JDK 25, also on it, with
# and without an AOT cache made by a training run (LambdaAotCache). Subjects alternate, one fresh JVM
# per run. The AOT cache rows also put the jar on the JVM's class path, as LambdaAotCache --class-path
# and its launcher do (the cache then holds the function's classes linked).
#
# Reports per subject (medians over the runs; ratios are medians of the ratios within a run):
#   cold first response  from starting the JVM to the response to the first invocation
#   cold CPU             CPU time of the JVM until then (all threads: moves less on a shared machine)
#   warm round trip      median over the measured invocations, queued one at a time
#   warm CPU             CPU time of the JVM per measured invocation
#   stdout bytes, EMF documents per warm invocation, custom metrics (distinct namespace, metric name
#   and dimension set with values: what CloudWatch bills)
#
# Needs: the sample's Lambda jar and lift-test (mvn -B -q -pl sample-app-boot3 -am install -DskipTests).
# Settings (environment variables, defaults in brackets):
#   JAR [sample-app-boot3/target/*-aws.jar]   the deployment package: the sample on Spring Boot 3.5,
#     the line of the bare function; sample-app/target/*-aws.jar is the sample on Spring Boot 4
#   JAVA25_HOME []   a JDK 25+: adds its subjects      RUNS [5]   runs of each subject
#   WARMUP [200]  INVOCATIONS [300]  TRAIN [100]      FUNCTION [uppercase]  EVENT ["hello"]
# Further arguments are passed on: more subjects ('label|java-home|settings', see LambdaBenchmark)
# or options (--memory 512).
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-$(ls sample-app-boot3/target/*-aws.jar 2>/dev/null | head -n 1 || true)}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-200}
INVOCATIONS=${INVOCATIONS:-300}
TRAIN=${TRAIN:-100}
FUNCTION=${FUNCTION:-uppercase}
EVENT=${EVENT:-'"hello"'}
OUT=benchmarks/target/lambda

if [[ -z "$JAR" || ! -f "$JAR" ]]; then
    echo "No sample-app-boot3/target/*-aws.jar: run 'mvn -B -q -pl sample-app-boot3 -am install -DskipTests' first" >&2
    exit 2
fi
if [[ ! -d lift-test/target/classes ]]; then
    echo "lift-test is not built: run 'mvn -B -q -pl sample-app-boot3 -am install -DskipTests' first" >&2
    exit 2
fi
mkdir -p "$OUT"
BARE=benchmarks/bare-function/target/lift-bare-function-0.1.0-SNAPSHOT-aws.jar
if [[ ! -f "$BARE" ]]; then
    mvn -B -q -f benchmarks/bare-function/pom.xml package > /dev/null
fi
mvn -B -q -pl lift-test dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/classpath.txt" > /dev/null
CP="lift-test/target/classes:$(cat "$OUT/classpath.txt")"

JAVA_HOME_17=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
JAVA_VERSION=$(java -version 2>&1 | head -n 1)
BARE_HANDLER=org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest
subjects=("bare function|$JAVA_HOME_17|jar=$BARE handler=$BARE_HANDLER"
    "Lift off|$JAVA_HOME_17|LIFT_ENABLED=false ref=bare-function" "Lift on|$JAVA_HOME_17|ref=lift-off")
if [[ -n "${JAVA25_HOME:-}" ]]; then
    echo "JDK 25: $("$JAVA25_HOME/bin/java" -version 2>&1 | head -n 1)"
    subjects+=("JDK 25, Lift off|$JAVA25_HOME|LIFT_ENABLED=false"
        "JDK 25, Lift on|$JAVA25_HOME|ref=jdk-25-lift-off"
        "JDK 25, Lift off, AOT cache|$JAVA25_HOME|LIFT_ENABLED=false classpath aot ref=jdk-25-lift-off"
        "JDK 25, Lift on, AOT cache|$JAVA25_HOME|classpath aot ref=jdk-25-lift-on")
fi
echo "default JDK (subjects without 'JDK 25'): $JAVA_VERSION"
exec java -cp "$CP" dev.lift.test.lambda.LambdaBenchmark --jar "$JAR" --out "$OUT" --runs "$RUNS" \
    --warmup "$WARMUP" --invocations "$INVOCATIONS" --train "$TRAIN" --event "$EVENT" \
    --env SPRING_CLOUD_FUNCTION_DEFINITION="$FUNCTION" "${subjects[@]}" "$@"
