package dev.lift.tenancy;

import java.util.List;

/** Tries resolvers in order and takes the first answer. */
public final class CompositeTenantResolver implements LiftTenantResolver {

    private final List<LiftTenantResolver> resolvers;

    /**
     * @param resolvers the resolvers, tried in this order
     */
    public CompositeTenantResolver(List<? extends LiftTenantResolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    @Override
    public String resolveTenant(LiftRequest request) {
        for (LiftTenantResolver resolver : this.resolvers) {
            String tenant = resolver.resolveTenant(request);
            if (tenant != null && !tenant.isEmpty()) {
                return tenant;
            }
        }
        return null;
    }

}
