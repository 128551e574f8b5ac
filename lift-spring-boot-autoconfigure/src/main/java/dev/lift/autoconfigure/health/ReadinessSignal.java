package dev.lift.autoconfigure.health;

/**
 * Something in Lift that can make the instance unready: while it says so, the {@code liftReadiness}
 * indicator in the readiness group is {@code OUT_OF_SERVICE} and the platform sends traffic
 * elsewhere. Never used for liveness: downstream trouble is not a reason to restart.
 */
public interface ReadinessSignal {

    /** @return the signal's name in the readiness details, e.g. {@code loadShedding} */
    String name();

    /** @return why the instance should not take traffic now, or {@code null} when it may */
    String notReadyReason();

}
