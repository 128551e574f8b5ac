package dev.lift.autoconfigure.resilience;

import java.time.Duration;

import dev.lift.error.LiftConfigurationException;

/**
 * The checks resilience settings share, each failing start-up with a {@link LiftConfigurationException}
 * naming the property, the value and what is accepted.
 */
public final class PropertyConstraints {

    private PropertyConstraints() {
    }

    /**
     * @param property the property
     * @param value the value, or {@code null} when unset
     * @param min the smallest accepted value
     */
    public static void atLeast(String property, Integer value, int min) {
        if (value != null && value < min) {
            throw new LiftConfigurationException(property, value, "an integer of " + min + " or more");
        }
    }

    /**
     * @param property the property
     * @param value a percentage, or {@code null} when unset
     */
    public static void percentage(String property, Float value) {
        if (value != null && !(value > 0 && value <= 100)) {
            throw new LiftConfigurationException(property, value, "a percentage above 0 and at most 100");
        }
    }

    /**
     * @param property the property
     * @param value a fraction, or {@code null} when unset
     */
    public static void fraction(String property, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new LiftConfigurationException(property, value, "a number from 0 to 1");
        }
    }

    /**
     * @param property the property
     * @param value a duration, or {@code null} when unset
     * @param min the shortest accepted duration
     */
    public static void atLeast(String property, Duration value, Duration min) {
        if (value != null && value.compareTo(min) < 0) {
            throw new LiftConfigurationException(property, value, "a duration of " + min.toMillis() + "ms or more");
        }
    }

}
