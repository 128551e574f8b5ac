package dev.lift.chain;

/**
 * The request of an entry point that answers calls itself when Lift rejects them or a filter replaces
 * the function's answer: it is told the {@link Invocation} the {@link LiftInvoker} started for it, so
 * that its answer carries the headers filters added ({@link Invocation#responseHeaders()}) even when
 * the function never ran.
 */
public interface EntryRequest {

    /**
     * Called once, before the chain runs.
     * @param invocation the invocation of this request
     */
    void started(Invocation invocation);

}
