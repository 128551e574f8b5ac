package dev.lift.autoconfigure.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several indicators shown as one health component with a member each, e.g. {@code liftChecks}.
 *
 * @param members the indicators by member name, in order
 */
public record LiftCompositeHealthContributor(Map<String, LiftHealthIndicator> members)
        implements LiftHealthContributor {

    public LiftCompositeHealthContributor {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

}
