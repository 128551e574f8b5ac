package dev.lift.tenancy;

/**
 * The tenant Lambda itself assigned in tenant isolation mode ({@code Context#getTenantId()}, runtime
 * header {@code Lambda-Runtime-Aws-Tenant-Id}). Set by AWS, not by the caller: trustworthy.
 */
public final class LambdaTenantResolver implements LiftTenantResolver {

    @Override
    public String resolveTenant(LiftRequest request) {
        return request.lambdaTenantId();
    }

}
