/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmfMeterRegistryTests {

    private final List<String> lines = new ArrayList<>();

    private final MockClock clock = new MockClock();

    private final EmfMeterRegistry registry = new EmfMeterRegistry("Lift/Tests", this.clock, this.lines::add);

    @Test
    void timerValuesAreMillisecondsOfEachRecording() {
        Timer timer = this.registry.timer("lift.invocation", "operation", "orders");
        timer.record(Duration.ofMillis(12));
        timer.record(Duration.ofNanos(1_500_000));

        JsonNode document = singleDocument();

        assertThat(metric(document, "lift.invocation").get("Unit").asText()).isEqualTo("Milliseconds");
        assertThat(values(document, "lift.invocation")).containsExactly(12.0, 1.5);
        assertThat(document.get("operation").asText()).isEqualTo("orders");
        assertThat(document.at("/_aws/CloudWatchMetrics/0/Dimensions/0/0").asText()).isEqualTo("operation");
        assertThat(document.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("Lift/Tests");
        assertThat(document.at("/_aws/Timestamp").asLong()).isEqualTo(this.clock.wallTime());
    }

    @Test
    void counterEmitsTheSumSinceThePreviousFlush() {
        Counter counter = this.registry.counter("lift.invocation.errors");
        counter.increment();
        counter.increment(2);
        JsonNode first = singleDocument();
        counter.increment();
        JsonNode second = singleDocument();

        assertThat(first.get("lift.invocation.errors").asDouble()).isEqualTo(3.0);
        assertThat(metric(first, "lift.invocation.errors").get("Unit").asText()).isEqualTo("Count");
        assertThat(second.get("lift.invocation.errors").asDouble()).isEqualTo(1.0);
        assertThat(counter.count()).isEqualTo(1.0);
    }

    @Test
    void distributionSummaryEmitsEachAmountInItsBaseUnit() {
        DistributionSummary summary = DistributionSummary.builder("payload").baseUnit("bytes").register(this.registry);
        summary.record(100);
        summary.record(300);

        JsonNode document = singleDocument();

        assertThat(values(document, "payload")).containsExactly(100.0, 300.0);
        assertThat(metric(document, "payload").get("Unit").asText()).isEqualTo("Bytes");
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.max()).isEqualTo(300.0);
    }

    @Test
    void flushEmitsNothingWhenNothingWasRecorded() {
        this.registry.timer("idle");
        this.registry.counter("idle.count");
        this.registry.flush();
        assertThat(this.lines).isEmpty();
    }

    @Test
    void eachValueIsEmittedOnce() {
        this.registry.counter("once").increment();
        this.registry.flush();
        this.registry.flush();
        assertThat(this.lines).hasSize(1);
    }

    @Test
    void gaugesRideAlongButNeverMakeAFlushEmitOnTheirOwn() {
        Gauge.builder("queue.depth", () -> 7).register(this.registry);
        this.registry.flush();
        assertThat(this.lines).isEmpty();

        this.registry.counter("work").increment();
        JsonNode document = singleDocument();
        assertThat(document.get("queue.depth").asDouble()).isEqualTo(7.0);
        assertThat(metric(document, "queue.depth").get("Unit").asText()).isEqualTo("None");
    }

    @Test
    void polledMetersRideAlongAtMostOncePerPollInterval() {
        Gauge.builder("queue.depth", () -> 7).register(this.registry);
        Counter work = this.registry.counter("work");
        work.increment();
        assertThat(singleDocument().has("queue.depth")).isTrue();

        work.increment();
        this.clock.add(Duration.ofSeconds(59));
        assertThat(singleDocument().has("queue.depth")).as("within the interval").isFalse();

        work.increment();
        this.clock.add(Duration.ofSeconds(1));
        assertThat(singleDocument().has("queue.depth")).as("after the interval").isTrue();
    }

    @Test
    void functionCounterEmitsItsIncreaseSinceItWasLastEmitted() {
        AtomicLong total = new AtomicLong(5);
        FunctionCounter.builder("handled", total, AtomicLong::get).register(this.registry);
        Counter work = this.registry.counter("work");
        this.registry.flush();
        assertThat(this.lines).as("a polled meter alone never makes a flush emit").isEmpty();

        work.increment();
        assertThat(singleDocument().get("handled").asDouble()).isEqualTo(5.0);
        total.addAndGet(3);
        this.clock.add(EmfMeterRegistry.DEFAULT_POLL_INTERVAL);
        work.increment();
        assertThat(singleDocument().get("handled").asDouble()).isEqualTo(3.0);
    }

    @Test
    void documentsSplitAtOneHundredMetrics() {
        for (int i = 0; i < 250; i++) {
            this.registry.counter("metric." + i, "operation", "orders").increment(i + 1);
        }
        this.registry.flush();

        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        assertThat(documents).extracting((document) -> document.at("/_aws/CloudWatchMetrics/0/Metrics").size())
            .containsExactly(100, 100, 50);
        double total = 0;
        for (JsonNode document : documents) {
            for (JsonNode metric : document.at("/_aws/CloudWatchMetrics/0/Metrics")) {
                total += document.get(metric.get("Name").asText()).asDouble();
            }
        }
        assertThat(total).isEqualTo(250 * 251 / 2.0);
    }

    @Test
    void aLongSeriesContinuesInFurtherDocumentsOfOneHundredValues() {
        DistributionSummary summary = this.registry.summary("sizes");
        IntStream.range(0, 250).forEach(summary::record);
        this.registry.flush();

        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        assertThat(documents).extracting((document) -> document.get("sizes").size()).containsExactly(100, 100, 50);
        List<Double> all = documents.stream().flatMap((document) -> values(document, "sizes").stream()).toList();
        assertThat(all).containsExactlyElementsOf(IntStream.range(0, 250).mapToObj((i) -> (double) i).toList());
    }

    @Test
    void atMostThirtyTagsBecomeDimensionsAndTheRestStayAsMembers() {
        List<Tag> tags = IntStream.range(0, 35).mapToObj((i) -> Tag.of("k%02d".formatted(i), "v" + i)).toList();
        this.registry.counter("wide", Tags.of(tags)).increment();

        JsonNode document = singleDocument();

        assertThat(document.at("/_aws/CloudWatchMetrics/0/Dimensions/0").size()).isEqualTo(30);
        assertThat(document.get("k34").asText()).isEqualTo("v34");
    }

    @Test
    void meterWithDifferentTagValuesGoToSeparateDocuments() {
        this.registry.counter("calls", "tenant", "a").increment();
        this.registry.counter("calls", "tenant", "b").increment(2);
        this.registry.flush();

        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        assertThat(documents).extracting((document) -> document.get("tenant").asText() + "=" + document.get("calls").asDouble())
            .containsExactlyInAnyOrder("a=1.0", "b=2.0");
    }

    @Test
    void metersOfDifferentDimensionSetsShareOneDocument() {
        this.registry.timer("lift.invocation", "operation", "orders", "outcome", "success").record(Duration.ofMillis(3));
        this.registry.counter("ColdStart", "operation", "orders").increment();
        this.registry.counter("lift.tracing.xray.segments", "exporter", "xray").increment();

        JsonNode document = singleDocument();

        assertThat(document.at("/_aws/CloudWatchMetrics")).hasSize(3);
        assertThat(document.get("operation").asText()).isEqualTo("orders");
        assertThat(document.get("outcome").asText()).isEqualTo("success");
        assertThat(values(document, "lift.invocation")).containsExactly(3.0);
        assertThat(values(document, "ColdStart")).containsExactly(1.0);
        assertThat(values(document, "lift.tracing.xray.segments")).containsExactly(1.0);
    }

    @Test
    void dimensionsWithOtherValuesGoToAnotherDocument() {
        this.registry.counter("calls", "operation", "orders").increment();
        this.registry.counter("errors", "operation", "refunds").increment(2);
        this.registry.counter("retries", "operation", "orders", "pattern", "retry").increment(3);
        this.registry.flush();

        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        assertThat(documents).hasSize(2);
        JsonNode orders = documents.stream().filter((d) -> d.get("operation").asText().equals("orders")).findFirst()
            .orElseThrow();
        assertThat(orders.at("/_aws/CloudWatchMetrics")).hasSize(2);
        assertThat(values(orders, "calls")).containsExactly(1.0);
        assertThat(values(orders, "retries")).containsExactly(3.0);
        JsonNode refunds = documents.stream().filter((d) -> d.get("operation").asText().equals("refunds")).findFirst()
            .orElseThrow();
        assertThat(values(refunds, "errors")).containsExactly(2.0);
        assertThat(refunds.has("calls")).isFalse();
    }

    @Test
    void oneDocumentCarriesAtMostOneHundredMetricsOverAllItsDirectives() {
        for (int i = 0; i < 60; i++) {
            this.registry.counter("a." + i, "set", "a").increment();
            this.registry.counter("b." + i, "kind", "b").increment();
        }
        this.registry.flush();

        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        assertThat(documents).hasSize(2);
        int metrics = 0;
        for (JsonNode document : documents) {
            for (JsonNode directive : document.at("/_aws/CloudWatchMetrics")) {
                metrics += directive.get("Metrics").size();
            }
        }
        assertThat(metrics).isEqualTo(120);
    }

    @Test
    void withALogLevelEveryDocumentCarriesItAndATimestamp() {
        EmfMeterRegistry filtered = new EmfMeterRegistry("Lift/Tests", this.clock, this.lines::add,
                EmfMeterRegistry.DEFAULT_POLL_INTERVAL, "ERROR");
        this.clock.add(Duration.ofMillis(1_796_523_504_718L));
        filtered.timer("lift.invocation", "operation", "orders").record(Duration.ofMillis(3));
        filtered.counter("ColdStart", "operation", "orders").increment();

        JsonNode document = singleDocument(filtered);

        assertThat(document.get("level").asText()).isEqualTo("ERROR");
        assertThat(document.get("timestamp").asText()).isEqualTo("2026-12-06T02:18:24.719Z");
        assertThat(values(document, "lift.invocation")).containsExactly(3.0);
        assertThat(values(document, "ColdStart")).containsExactly(1.0);
    }

    @Test
    void aDimensionNamedLevelKeepsItsValueInADocumentWithoutTheLogLevel() {
        EmfMeterRegistry filtered = new EmfMeterRegistry("Lift/Tests", this.clock, this.lines::add,
                EmfMeterRegistry.DEFAULT_POLL_INTERVAL, "WARN");
        filtered.counter("logback.events", "level", "info").increment();
        filtered.counter("ColdStart", "operation", "orders").increment();
        filtered.flush();

        List<JsonNode> documents = this.lines.stream().map(EmfSpecification::validate).toList();
        assertThat(documents).hasSize(2);
        assertThat(documents).anySatisfy((document) -> {
            assertThat(document.get("level").asText()).isEqualTo("WARN");
            assertThat(document.has("ColdStart")).isTrue();
        });
        assertThat(documents).anySatisfy((document) -> {
            assertThat(document.get("level").asText()).isEqualTo("info");
            assertThat(document.has("logback.events")).isTrue();
            assertThat(document.has("timestamp")).isFalse();
        });
    }

    @Test
    void namespaceAndDimensionValuesAreMadeAcceptableToCloudWatch() {
        List<String> out = new ArrayList<>();
        EmfMeterRegistry odd = new EmfMeterRegistry("AWS/Lambda\nmine é", this.clock, out::add);
        odd.counter("calls\u0000", "tenant", "ac\"me\r\n\u0007é", "blank", " ").increment();
        odd.counter("long", "value", "x".repeat(2000)).increment();
        odd.flush();

        assertThat(out).hasSize(1);
        List<JsonNode> documents = out.stream().map(EmfSpecification::validate).toList();
        JsonNode document = documents.stream().filter((candidate) -> candidate.has("tenant")).findFirst().orElseThrow();
        assertThat(document.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("AWS_Lambda_mine _");
        assertThat(document.get("tenant").asText()).isEqualTo("ac\"me____");
        assertThat(document.get("blank").asText()).isEqualTo("_");
        assertThat(document.has("calls_")).isTrue();
        JsonNode longValue = documents.stream().filter((candidate) -> candidate.has("value")).findFirst().orElseThrow();
        assertThat(longValue.get("value").asText()).hasSize(1024);
    }

    @Test
    void removedMeterHandsItsLastValuesToTheNextFlush() {
        Counter counter = this.registry.counter("retired");
        counter.increment(4);
        this.registry.remove(counter);

        assertThat(singleDocument().get("retired").asDouble()).isEqualTo(4.0);
        this.registry.flush();
        assertThat(this.lines).isEmpty();
    }

    @Test
    void closeFlushes() {
        this.registry.counter("last").increment();
        this.registry.close();
        assertThat(this.lines).hasSize(1);
    }

    @Test
    void valuesRecordedWhileFlushesRaceAreEachEmittedExactlyOnce() throws Exception {
        int threads = 4;
        int perThread = 10_000;
        ConcurrentLinkedQueue<String> out = new ConcurrentLinkedQueue<>();
        EmfMeterRegistry shared = new EmfMeterRegistry("Lift/Race", this.clock, out::add);
        DistributionSummary summary = shared.summary("values");
        Counter counter = shared.counter("increments");
        Timer timer = shared.timer("durations");
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean recording = new AtomicBoolean(true);
        ExecutorService executor = Executors.newFixedThreadPool(threads + 1);
        try {
            Future<?> flusher = executor.submit(() -> {
                start.await();
                while (recording.get()) {
                    shared.flush();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * perThread;
                writers.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        summary.record(base + i);
                        counter.increment();
                        timer.record(Duration.ofMillis(1));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            recording.set(false);
            flusher.get(60, TimeUnit.SECONDS);
        }
        finally {
            executor.shutdownNow();
        }
        shared.flush();

        List<Double> values = new ArrayList<>();
        double increments = 0;
        long durations = 0;
        for (String line : out) {
            JsonNode document = EmfSpecification.validate(line);
            values.addAll(valuesOf(document.get("values")));
            increments += document.has("increments") ? document.get("increments").asDouble() : 0;
            durations += valuesOf(document.get("durations")).size();
        }
        assertThat(out.size()).as("flushes raced with recording").isGreaterThan(3);
        // Every recorded value is distinct: a lost value leaves a gap, a doubled one a repeat.
        double[] emitted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] expected = IntStream.range(0, threads * perThread).asDoubleStream().toArray();
        assertThat(emitted).containsExactly(expected);
        assertThat(increments).isEqualTo(threads * perThread);
        assertThat(durations).isEqualTo(threads * perThread);
    }

    private JsonNode singleDocument() {
        return singleDocument(this.registry);
    }

    private JsonNode singleDocument(EmfMeterRegistry registry) {
        registry.flush();
        assertThat(this.lines).hasSize(1);
        JsonNode document = EmfSpecification.validate(this.lines.get(0));
        this.lines.clear();
        return document;
    }

    private static JsonNode metric(JsonNode document, String name) {
        for (JsonNode metric : document.at("/_aws/CloudWatchMetrics/0/Metrics")) {
            if (metric.get("Name").asText().equals(name)) {
                return metric;
            }
        }
        throw new AssertionError("no metric " + name + " in " + document);
    }

    private static List<Double> values(JsonNode document, String name) {
        return valuesOf(document.get(name));
    }

    private static List<Double> valuesOf(JsonNode node) {
        List<Double> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isArray()) {
            node.forEach((value) -> values.add(value.asDouble()));
        }
        else {
            values.add(node.asDouble());
        }
        return values;
    }

}
