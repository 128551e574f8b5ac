package dev.lift.metrics;

import java.util.List;

/** A meter of the {@link EmfMeterRegistry} that hands what it recorded to the next flush. */
interface EmfRecording {

    /**
     * Takes the values recorded since the previous flush; each value is returned by exactly one call.
     * Called by one flush at a time.
     * @return the values in chunks of at most 100, empty when nothing was recorded
     */
    List<double[]> drainValues();

}
