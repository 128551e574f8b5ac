package dev.lift.metrics;

import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;

import io.micrometer.core.instrument.AbstractMeter;
import io.micrometer.core.instrument.Counter;

/**
 * A counter that emits the sum of its increments since the previous flush as one value.
 *
 * <p>{@link DoubleAdder#sumThenReset()} swaps each cell to zero atomically, so an increment racing
 * with a flush is counted by this flush or the next one, never by both or neither.
 */
final class EmfCounter extends AbstractMeter implements Counter, EmfRecording {

    private final DoubleAdder pending = new DoubleAdder();

    private volatile double lastFlushed;

    EmfCounter(Id id) {
        super(id);
    }

    @Override
    public void increment(double amount) {
        this.pending.add(amount);
    }

    @Override
    public List<double[]> drainValues() {
        double sum = this.pending.sumThenReset();
        this.lastFlushed = sum;
        return (sum == 0) ? List.of() : List.of(new double[] { sum });
    }

    /** @return the sum the last flush emitted */
    @Override
    public double count() {
        return this.lastFlushed;
    }

}
