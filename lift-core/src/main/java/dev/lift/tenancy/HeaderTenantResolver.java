package dev.lift.tenancy;

import java.util.Objects;

/**
 * The tenant from a request header. The caller sets headers and can forge them: use this source only
 * when something in front of the function (an authorizer, a gateway) sets or checks the header.
 */
public final class HeaderTenantResolver implements LiftTenantResolver {

    private final String headerName;

    /**
     * @param headerName the header, e.g. {@code X-Tenant-Id}
     */
    public HeaderTenantResolver(String headerName) {
        this.headerName = Objects.requireNonNull(headerName, "headerName");
    }

    @Override
    public String resolveTenant(LiftRequest request) {
        return request.header(this.headerName);
    }

}
