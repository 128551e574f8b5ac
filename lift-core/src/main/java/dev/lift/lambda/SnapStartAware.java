package dev.lift.lambda;

/**
 * A part of Lift that keeps state a SnapStart snapshot must not carry over: time-based windows,
 * adaptive limits learned during priming, cached clocks. Lift's Lambda integration calls every
 * {@code SnapStartAware} bean before the checkpoint and after each restore.
 *
 * <p>A snapshot is restored many times, on other machines, minutes or days after it was taken:
 * anything measured before the checkpoint describes no environment that serves callers.
 */
public interface SnapStartAware {

    /** Called before the snapshot is taken, after Lift primed the chain. */
    default void beforeCheckpoint() {
    }

    /** Called after the snapshot is restored, before the first invocation: drop what must not survive. */
    default void afterRestore() {
    }

}
