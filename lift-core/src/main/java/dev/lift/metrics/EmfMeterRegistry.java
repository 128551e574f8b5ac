package dev.lift.metrics;

import java.io.PrintStream;
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
 * <li>Function counters and function timers: the increase since the previous flush.</li>
 * <li>Gauges, time gauges and long task timers: sampled at a flush that emits recorded values; they
 * never make a flush emit on their own.</li>
 * </ul>
 * Reading a meter ({@code count()}, {@code totalTime()}, {@code max()}) returns what the previous
 * flush emitted, as Micrometer's step registries report the previous step.
 *
 * <p>Recording costs a few atomic increments and never locks. Tags become dimensions (the first 30;
 * more are kept as plain members), names and values are made acceptable to CloudWatch.
 */
public class EmfMeterRegistry extends MeterRegistry {

    private final EmfDocumentWriter writer;

    private final ReentrantLock flushLock = new ReentrantLock();

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
        super(clock);
        this.writer = new EmfDocumentWriter(CloudWatchNames.namespace(namespace), Objects.requireNonNull(sink, "sink"));
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
     * nothing was recorded. Safe to call from any thread, concurrently with recording; concurrent
     * flushes run one after the other.
     */
    public void flush() {
        this.flushLock.lock();
        try {
            Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> groups = new LinkedHashMap<>();
            Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> sampled = new LinkedHashMap<>();
            forEachMeter((meter) -> collect(meter, groups, sampled));
            for (Meter meter = this.removed.poll(); meter != null; meter = this.removed.poll()) {
                // Its recorded values only: a removed gauge has nothing left to say, and sampling it
                // again would repeat it in this flush when it was removed during the loop above.
                collect(meter, groups, null);
                this.flushed.remove(meter);
            }
            if (groups.isEmpty()) {
                return;
            }
            sampled.forEach((dimensions, values) -> groups.computeIfAbsent(dimensions, (key) -> new ArrayList<>())
                .addAll(values));
            this.writer.write(clock.wallTime(), groups);
        }
        finally {
            this.flushLock.unlock();
        }
    }

    private void collect(Meter meter, Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> recorded,
            Map<EmfSeries.Dimensions, List<EmfDocumentWriter.Series>> sampled) {
        if (sampled == null && !(meter instanceof EmfRecording || meter instanceof FunctionCounter
                || meter instanceof FunctionTimer)) {
            return;
        }
        FlushedMeter state = this.flushed.computeIfAbsent(meter, (key) -> new FlushedMeter(seriesOf(key)));
        EmfSeries[] meterSeries = state.series;
        if (meter instanceof EmfRecording recording) {
            add(recorded, meterSeries[0], recording.drainValues());
        }
        else if (meter instanceof FunctionCounter counter) {
            add(recorded, meterSeries[0], state.increase(0, counter.count()));
        }
        else if (meter instanceof FunctionTimer timer) {
            add(recorded, meterSeries[0], state.increase(0, timer.count()));
            add(recorded, meterSeries[1], state.increase(1, timer.totalTime(TimeUnit.MILLISECONDS)));
        }
        else if (meter instanceof TimeGauge gauge) {
            add(sampled, meterSeries[0], sample(gauge.value(TimeUnit.MILLISECONDS)));
        }
        else if (meter instanceof Gauge gauge) {
            add(sampled, meterSeries[0], sample(gauge.value()));
        }
        else if (meter instanceof LongTaskTimer timer) {
            add(sampled, meterSeries[0], sample(timer.activeTasks()));
            add(sampled, meterSeries[1], sample(timer.duration(TimeUnit.MILLISECONDS)));
        }
        else {
            int i = 0;
            for (Measurement measurement : meter.measure()) {
                if (i < meterSeries.length) {
                    add(sampled, meterSeries[i++], sample(measurement.getValue()));
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
            return new EmfSeries[] { EmfSeries.of(id, "active", EmfUnit.COUNT, convention),
                    EmfSeries.of(id, "duration", EmfUnit.MILLISECONDS, convention) };
        }
        java.util.List<EmfSeries> custom = new ArrayList<>();
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
