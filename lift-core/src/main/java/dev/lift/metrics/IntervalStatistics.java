package dev.lift.metrics;

import java.util.List;

/**
 * Count, total and maximum of the values one flush emitted. Meters report these between flushes, as
 * Micrometer's step registries report the previous step, so recording costs nothing extra.
 * @param count number of values
 * @param total sum of the values
 * @param max largest value, 0 when none
 */
record IntervalStatistics(long count, double total, double max) {

    static final IntervalStatistics EMPTY = new IntervalStatistics(0, 0, 0);

    static IntervalStatistics of(List<double[]> chunks) {
        if (chunks.isEmpty()) {
            return EMPTY;
        }
        long count = 0;
        double total = 0;
        double max = 0;
        for (double[] chunk : chunks) {
            count += chunk.length;
            for (double value : chunk) {
                total += value;
                max = Math.max(max, value);
            }
        }
        return new IntervalStatistics(count, total, max);
    }

}
