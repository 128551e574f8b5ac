package dev.lift.shedding;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import com.netflix.concurrency.limits.Limiter;

import dev.lift.context.LiftContext;

/**
 * The {@code random} strategy: sheds each call with a fixed probability, whatever the load. Useful to
 * rehearse how clients handle 503s, or to take a known share of traffic off a struggling dependency by
 * configuration.
 */
public final class RandomLimiter implements Limiter<LiftContext> {

    private final double probability;

    private final DoubleSupplier random;

    /**
     * @param probability the probability of shedding a call, from 0 to 1
     */
    public RandomLimiter(double probability) {
        this(probability, () -> ThreadLocalRandom.current().nextDouble());
    }

    RandomLimiter(double probability, DoubleSupplier random) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
        }
        this.probability = probability;
        this.random = random;
    }

    @Override
    public Optional<Listener> acquire(LiftContext context) {
        if (this.random.getAsDouble() < this.probability) {
            return Optional.empty();
        }
        return Optional.of(UntrackedListener.INSTANCE);
    }

}
