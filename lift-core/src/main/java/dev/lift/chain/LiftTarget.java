package dev.lift.chain;

/**
 * What the chain protects: the call into the user's function, as an entry point makes it. Entry
 * points keep one stateless target and read the call's arguments from the {@link Invocation}, so a
 * call allocates nothing for it.
 */
@FunctionalInterface
public interface LiftTarget {

    /**
     * Calls the function. May be called more than once when a filter retries.
     * @param invocation the invocation
     * @return the result
     * @throws Exception what the function threw
     */
    Object call(Invocation invocation) throws Exception;

}
