package dev.lift.autoconfigure.health;

/**
 * A health indicator in Lift's own terms: Spring Boot shows it as one health component.
 */
@FunctionalInterface
public non-sealed interface LiftHealthIndicator extends LiftHealthContributor {

    /** @return the health now */
    LiftHealth health();

}
