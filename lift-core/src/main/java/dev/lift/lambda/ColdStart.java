package dev.lift.lambda;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells whether an invocation is a cold start, from Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE}:
 * <ul>
 * <li>{@code on-demand} (and outside Lambda): exactly the first invocation of the environment;</li>
 * <li>{@code provisioned-concurrency}, {@code snap-start}: never, since initialisation happened
 * before any caller waited for it;</li>
 * <li>{@code lambda-managed-instances}: never, for the same reason: an instance is initialised before
 * Lambda routes invocations to it.</li>
 * </ul>
 * After a SnapStart restore, {@link #reset()} makes the next invocation count as cold again only for
 * {@code on-demand} environments.
 */
public final class ColdStart {

    /** The initialisation type of on-demand environments. */
    public static final String ON_DEMAND = "on-demand";

    private final boolean possible;

    private final AtomicBoolean pending;

    /**
     * @param initializationType the value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}, or {@code null}
     *     outside Lambda
     */
    public ColdStart(String initializationType) {
        this.possible = initializationType == null || initializationType.isEmpty()
                || ON_DEMAND.equals(initializationType);
        this.pending = new AtomicBoolean(this.possible);
    }

    /** @return a tracker for this process's environment */
    public static ColdStart fromEnvironment() {
        return new ColdStart(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /**
     * Claims the cold start: true for exactly one caller per environment, whatever the concurrency.
     * @return whether the calling invocation is the cold start
     */
    public boolean next() {
        return this.pending.get() && this.pending.compareAndSet(true, false);
    }

    /** Makes the next invocation a cold start again, where this environment can have one. */
    public void reset() {
        this.pending.set(this.possible);
    }

}
