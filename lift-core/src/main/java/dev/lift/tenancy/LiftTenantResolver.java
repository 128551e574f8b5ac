package dev.lift.tenancy;

/**
 * Finds the tenant of a call. Lift tries the configured resolvers in order and takes the first
 * answer; declare a bean of this type to replace them all. The answer is untrusted input: Lift
 * validates it against {@code lift.tenancy.allowed-pattern} before anything uses it.
 */
@FunctionalInterface
public interface LiftTenantResolver {

    /**
     * @param request the incoming call
     * @return the raw tenant id, or {@code null} when this source has none
     */
    String resolveTenant(LiftRequest request);

}
