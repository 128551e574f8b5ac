package dev.lift.chain;

/** The rest of a {@link LiftChain}, as seen by a {@link LiftFilter}. */
@FunctionalInterface
public interface LiftFilterChain {

    /**
     * Runs the remaining filters and then the target.
     * @param invocation the invocation
     * @return the result
     * @throws Exception what a filter or the target threw
     */
    Object proceed(Invocation invocation) throws Exception;

}
