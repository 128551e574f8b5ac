package dev.lift.autoconfigure.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A health result in Lift's own terms: a status code and details. Lift's indicators answer with it
 * so that they are compiled once for every Spring Boot line; each line's adapter turns it into that
 * line's {@code Health} (see {@link LiftHealthContributor}).
 *
 * @param status the status code, e.g. {@code UP}, {@code DOWN} or a custom one
 * @param details the details, in the order they were put
 */
public record LiftHealth(String status, Map<String, Object> details) {

    /** Spring Boot's {@code UP}. */
    public static final String UP = "UP";

    /** Spring Boot's {@code DOWN}. */
    public static final String DOWN = "DOWN";

    /** Spring Boot's {@code OUT_OF_SERVICE}. */
    public static final String OUT_OF_SERVICE = "OUT_OF_SERVICE";

    /** Spring Boot's {@code UNKNOWN}. */
    public static final String UNKNOWN = "UNKNOWN";

    public LiftHealth {
        Objects.requireNonNull(status, "status");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * @param details the details
     * @return {@code UP} with the details
     */
    public static LiftHealth up(Map<String, Object> details) {
        return new LiftHealth(UP, details);
    }

}
