package dev.lift.priority;

import java.util.Objects;

import dev.lift.context.LiftContext;
import dev.lift.tenancy.LiftRequest;

/**
 * Turns the priority a call claims into the priority it gets: the default when it claims none, and
 * never more than the configured maximum, so a caller cannot jump every queue by sending a large
 * number. Claiming less than the default is allowed: it only hurts the caller.
 */
public final class PriorityPolicy {

    private final LiftPriorityResolver resolver;

    private final int defaultPriority;

    private final int maxPriority;

    /**
     * @param resolver where the claimed priority comes from
     * @param defaultPriority the priority of a call that claims none
     * @param maxPriority the highest priority a call may claim, at least {@code defaultPriority}
     */
    public PriorityPolicy(LiftPriorityResolver resolver, int defaultPriority, int maxPriority) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        if (maxPriority < defaultPriority) {
            throw new IllegalArgumentException(
                    "maxPriority " + maxPriority + " is below defaultPriority " + defaultPriority);
        }
        this.defaultPriority = defaultPriority;
        this.maxPriority = maxPriority;
    }

    /**
     * @param request the incoming call
     * @return the call's priority, for {@link LiftContext.Builder#priority(int)}
     */
    public int resolve(LiftRequest request) {
        Integer claimed = this.resolver.resolvePriority(request);
        if (claimed == null) {
            return this.defaultPriority;
        }
        return Math.min(claimed, this.maxPriority);
    }

}
