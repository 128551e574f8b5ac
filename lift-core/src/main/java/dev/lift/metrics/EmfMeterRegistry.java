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

// Over 300 lines on purpose: Micrometer's MeterRegistry asks for one factory method per kind of meter,
// and they stay beside the one flush that reads those meters, so the EMF rules are in one place.

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.NamingConvention;
import io.micrometer.core.instrument.cumulative.CumulativeFunctionCounter;
import io.micrometer.core.instrument.cumulative.CumulativeFunctionTimer;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.pause.NoPauseDetector;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.internal.DefaultGauge;
import io.micrometer.core.instrument.internal.DefaultLongTaskTimer;
import io.micrometer.core.instrument.internal.DefaultMeter;

/**
 * A Micrometer {@link MeterRegistry} that writes CloudWatch
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">Embedded
 * Metric Format</a> documents, one JSON object per line, to standard output (or any sink). On
 * Lambda, CloudWatch Logs turns them into metrics: no API call, no background thread, nothing lost
 * when the environment freezes between invocations.
 *
 * <p>The registry aggregates across the process: any number of invocations may record at once.
 * Nothing is pushed on a schedule; {@link #flush()} emits what was recorded since the previous flush,
 * each value exactly once, and nothing when nothing was recorded. Lift flushes at the end of every
 * invocation on Lambda; elsewhere call it on a schedule.
 *
 * <ul>
 * <li>Timers: each duration is a value in {@code Milliseconds}; CloudWatch computes the
 * statistics and percentiles.</li>
 * <li>Distribution summaries: each amount is a value, in the unit of the base unit.</li>
 * <li>Counters: the sum since the previous flush, in {@code Count} (or the base unit).</li>
 * <li>Polled meters, which record nothing themselves: function counters and function timers (their
 * increase since they were last emitted), gauges, time gauges and long task timers (their value).
 * They ride along with a flush that emits recorded values, at most once per poll interval (a minute
 * by default), so the JVM gauges of an application do not repeat with every invocation; they never
 * make a flush emit on their own.</li>
 * </ul>
 * Reading a meter ({@code count()}, {@code totalTime()}, {@code max()}) returns what the previous
 * flush emitted, as Micrometer's step registries report the previous step.
 *
 * <p>Recording costs a few atomic increments and never locks. Tags become dimensions (the first 30;
 * more are kept as plain members), names and values are made acceptable to CloudWatch.
 */
public class EmfMeterRegistry extends MeterRegistry {

    /** How often polled meters are emitted when nothing says otherwise. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(1);

    private static final long NEVER = Long.MIN_VALUE;

    private final EmfDocumentWriter writer;

    private final ReentrantLock flushLock = new ReentrantLock();

    private final long pollIntervalMillis;

    /** When polled meters were last emitted, touched only under {@link #flushLock}. */
    private long lastPolled = NEVER;

    /** What each meter looks like in EMF, touched only under {@link #flushLock}. */
    private final Map<Meter, FlushedMeter> flushed = new IdentityHashMap<>();

    /** Removed meters whose last values still go to the next flush. */
    private final Queue<Meter> removed = new ConcurrentLinkedQueue<>();

    /**
     * Creates a registry that writes to standard output.
     * @param namespace the CloudWatch namespace of every metric
     */
    public EmfMeterRegistry(String namespace) {
        this(namespace, Clock.SYSTEM, standardOutput());
    }

    /**
     * Creates a registry.
     * @param namespace the CloudWatch namespace of every metric
     * @param clock the clock for {@code _aws.Timestamp}
     * @param sink receives each document: one line of JSON, without line terminator
     */
    public EmfMeterRegistry(String namespace, Clock clock, Consumer<String> sink) {
        this(namespace, clock, sink, DEFAULT_POLL_INTERVAL);
    }

    /**
     * Creates a registry.
     * @param namespace the CloudWatch namespace of every metric
     * @param clock the clock for {@code _aws.Timestamp} and the poll interval
     * @param sink receives each document: one line of JSON, without line terminator
     * @param pollInterval how often polled meters (gauges, function counters...) ride along with a flush
     */
    public EmfMeterRegistry(String namespace, Clock clock, Consumer<String> sink, Duration pollInterval) {
        this(namespace, clock, sink, pollInterval, null);
    }

    /**
     * Creates a registry.
     * @param namespace the CloudWatch namespace of every metric
     * @param clock the clock for {@code _aws.Timestamp} and the poll interval
     * @param sink receives each document: one line of JSON, without line terminator
     * @param pollInterval how often polled meters (gauges, function counters...) ride along with a flush
     * @param logLevel the {@code level} member every document carries, with a {@code timestamp}, so that
     *     Lambda's log-level filtering under the JSON log format keeps it (see
     *     {@link dev.lift.lambda.LambdaEnvironment#levelKeptAboveInfo}); {@code null} for neither
     */
    public EmfMeterRegistry(String namespace, Clock clock, Consumer<String> sink, Duration pollInterval,
            String logLevel) {
        super(clock);
        this.pollIntervalMillis = pollInterval.toMillis();
        this.writer = new EmfDocumentWriter(CloudWatchNames.namespace(namespace), Objects.requireNonNull(sink, "sink"),
                logLevel);
        config().namingConvention(NamingConvention.identity);
        // Pause detection would start a background thread; a frozen Lambda environment has nothing to detect.
        config().pauseDetector(new NoPauseDetector());
        config().onMeterRemoved(this.removed::add);
    }

    /**
     * A sink that prints each document as one line to the standard output of the moment: runtimes
     * (the Lambda runtime client among them) may replace {@code System.out} after start-up.
     * {@link PrintStream#println(String)} writes the line and its terminator under the stream's lock,
     * so documents never interleave with log lines written to the same stream.
     * @return the sink
     */
    public static Consumer<String> standardOutput() {
        return (document) -> System.out.println(document);
    }

    /**
     * Emits everything recorded since the previous flush: each value exactly once, nothing at all when
     * nothing was recorded. Polled meters (gauges, function counters and timers, long task timers)
     * ride along when the poll interval has passed since they were last emitted. Safe to call from
     * any thread, concurrently with recording; concurrent flushes run one after the other.
     */
    public void flush() {
        this.flushLock.lock();
        try {
            Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> groups = new LinkedHashMap<>();
            forEachMeter((meter) -> collectRecorded(meter, groups));
            for (Meter meter = this.removed.poll(); meter != null; meter = this.removed.poll()) {
                // A removed meter hands over what it recorded, once; a second drain finds nothing.
                collectRecorded(meter, groups);
                this.flushed.remove(meter);
            }
            if (groups.isEmpty()) {
                return;
            }
            long now = clock.wallTime();
            if (this.lastPolled == NEVER || now - this.lastPolled >= this.pollIntervalMillis) {
                this.lastPolled = now;
                forEachMeter((meter) -> collectPolled(meter, groups));
            }
            this.writer.write(now, groups);
        }
        finally {
            this.flushLock.unlock();
        }
    }

    private FlushedMeter state(Meter meter) {
        return this.flushed.computeIfAbsent(meter, (key) -> new FlushedMeter(seriesOf(key)));
    }

    private void collectRecorded(Meter meter, Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> groups) {
        if (meter instanceof EmfRecording recording) {
            add(groups, state(meter).series[0], recording.drainValues());
        }
    }

    private void collectPolled(Meter meter, Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> groups) {
        if (meter instanceof EmfRecording) {
            return;
        }
        FlushedMeter state = state(meter);
        EmfSeries[] meterSeries = state.series;
        if (meter instanceof FunctionCounter counter) {
            add(groups, meterSeries[0], state.increase(0, counter.count()));
        }
        else if (meter instanceof FunctionTimer timer) {
            add(groups, meterSeries[0], state.increase(0, timer.count()));
            add(groups, meterSeries[1], state.increase(1, timer.totalTime(TimeUnit.MILLISECONDS)));
        }
        else if (meter instanceof TimeGauge gauge) {
            add(groups, meterSeries[0], sample(gauge.value(TimeUnit.MILLISECONDS)));
        }
        else if (meter instanceof Gauge gauge) {
            add(groups, meterSeries[0], sample(gauge.value()));
        }
        else if (meter instanceof LongTaskTimer timer) {
            add(groups, meterSeries[0], sample(timer.activeTasks()));
            add(groups, meterSeries[1], sample(timer.duration(TimeUnit.MILLISECONDS)));
        }
        else {
            int i = 0;
            for (Measurement measurement : meter.measure()) {
                if (i < meterSeries.length) {
                    add(groups, meterSeries[i++], sample(measurement.getValue()));
                }
            }
        }
    }

    private EmfSeries[] seriesOf(Meter meter) {
        Meter.Id id = meter.getId();
        NamingConvention convention = config().namingConvention();
        if (meter instanceof Timer) {
            return new EmfSeries[] { EmfSeries.of(id, null, EmfUnit.MILLISECONDS, convention) };
        }
        if (meter instanceof Counter || meter instanceof FunctionCounter) {
            return new EmfSeries[] { EmfSeries.of(id, null, EmfUnit.of(id, EmfUnit.COUNT), convention) };
        }
        if (meter instanceof FunctionTimer) {
            return new EmfSeries[] { EmfSeries.of(id, "count", EmfUnit.COUNT, convention),
                    EmfSeries.of(id, "sum", EmfUnit.MILLISECONDS, convention) };
        }
        if (meter instanceof TimeGauge) {
            return new EmfSeries[] { EmfSeries.of(id, null, EmfUnit.MILLISECONDS, convention) };
        }
        if (meter instanceof Gauge || meter instanceof DistributionSummary) {
            return new EmfSeries[] { EmfSeries.of(id, null, EmfUnit.of(id, EmfUnit.NONE), convention) };
        }
        if (meter instanceof LongTaskTimer) {
            return new EmfSeries[] { EmfSeries.of(id, "activeTasks", EmfUnit.COUNT, convention),
                    EmfSeries.of(id, "duration", EmfUnit.MILLISECONDS, convention) };
        }
        List<EmfSeries> custom = new ArrayList<>();
        for (Measurement measurement : meter.measure()) {
            custom.add(EmfSeries.of(id, measurement.getStatistic().getTagValueRepresentation(), EmfUnit.NONE,
                    convention));
        }
        return custom.toArray(EmfSeries[]::new);
    }

    /** A meter's EMF series and, for cumulative function meters, what the previous flush saw. */
    private static final class FlushedMeter {

        final EmfSeries[] series;

        final double[] previous;

        FlushedMeter(EmfSeries[] series) {
            this.series = series;
            this.previous = new double[series.length];
        }

        List<double[]> increase(int index, double cumulative) {
            double increase = cumulative - this.previous[index];
            this.previous[index] = cumulative;
            return (increase > 0) ? List.of(new double[] { increase }) : List.of();
        }

    }

    private static List<double[]> sample(double value) {
        return Double.isFinite(value) ? List.of(new double[] { value }) : List.of();
    }

    private static void add(Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> groups, EmfSeries series,
            List<double[]> values) {
        if (!values.isEmpty()) {
            groups.computeIfAbsent(series.dimensions, (key) -> new ArrayList<>())
                .add(new EmfDocumentWriter.Series(series, values));
        }
    }

    /** Emits what is still recorded, then closes the registry. */
    @Override
    public void close() {
        flush();
        super.close();
    }

    @Override
    protected <T> Gauge newGauge(Meter.Id id, T obj, ToDoubleFunction<T> valueFunction) {
        return new DefaultGauge<>(id, obj, valueFunction);
    }

    @Override
    protected Counter newCounter(Meter.Id id) {
        return new EmfCounter(id);
    }

    @Override
    protected Timer newTimer(Meter.Id id, DistributionStatisticConfig distributionStatisticConfig,
            PauseDetector pauseDetector) {
        return new EmfTimer(id, clock, pauseDetector);
    }

    @Override
    protected DistributionSummary newDistributionSummary(Meter.Id id,
            DistributionStatisticConfig distributionStatisticConfig, double scale) {
        return new EmfDistributionSummary(id, clock, scale);
    }

    @Override
    protected LongTaskTimer newLongTaskTimer(Meter.Id id, DistributionStatisticConfig distributionStatisticConfig) {
        return new DefaultLongTaskTimer(id, clock, getBaseTimeUnit(), distributionStatisticConfig, false);
    }

    @Override
    protected Meter newMeter(Meter.Id id, Meter.Type type, Iterable<Measurement> measurements) {
        return new DefaultMeter(id, type, measurements);
    }

    @Override
    protected <T> FunctionTimer newFunctionTimer(Meter.Id id, T obj, ToLongFunction<T> countFunction,
            ToDoubleFunction<T> totalTimeFunction, TimeUnit totalTimeFunctionUnit) {
        return new CumulativeFunctionTimer<>(id, obj, countFunction, totalTimeFunction, totalTimeFunctionUnit,
                getBaseTimeUnit());
    }

    @Override
    protected <T> FunctionCounter newFunctionCounter(Meter.Id id, T obj, ToDoubleFunction<T> countFunction) {
        return new CumulativeFunctionCounter<>(id, obj, countFunction);
    }

    @Override
    protected TimeUnit getBaseTimeUnit() {
        return TimeUnit.MILLISECONDS;
    }

    @Override
    protected DistributionStatisticConfig defaultHistogramConfig() {
        // CloudWatch computes statistics from the raw values; a client-side histogram would be wasted work.
        return DistributionStatisticConfig.NONE;
    }

}
