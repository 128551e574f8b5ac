package dev.lift.bulkhead;

import java.util.Objects;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;

/**
 * Runs each call inside the permits of a {@link LiftBulkhead}: takes them before the rest of the chain
 * and gives them back when it ends, however it ends (result, exception, timeout, interruption). A
 * call that gets no permit in time is rejected with {@link LiftBulkheadFullException} and recorded as
 * rejected by this filter.
 */
public final class BulkheadFilter implements LiftFilter {

    private final LiftBulkhead bulkhead;

    /**
     * @param bulkhead the permits
     */
    public BulkheadFilter(LiftBulkhead bulkhead) {
        this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        BulkheadPermits permits;
        try {
            permits = this.bulkhead.acquire(invocation.context());
        }
        catch (LiftBulkheadFullException ex) {
            invocation.rejectedBy(name());
            throw ex;
        }
        try (permits) {
            return chain.proceed(invocation);
        }
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.BULKHEAD;
    }

    @Override
    public String name() {
        return LiftBulkhead.PATTERN;
    }

    /** @return the bulkhead */
    public LiftBulkhead bulkhead() {
        return this.bulkhead;
    }

}
