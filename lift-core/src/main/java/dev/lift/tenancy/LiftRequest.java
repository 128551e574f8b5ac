package dev.lift.tenancy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a {@link LiftTenantResolver} may read of an incoming call, whichever entry point received it.
 * Everything here comes from outside and is untrusted.
 */
public interface LiftRequest {

    /**
     * A request header: from the HTTP request, or from the {@code headers} of an API Gateway event.
     * @param name the header name, matched case-insensitively
     * @return the first value, or {@code null}
     */
    String header(String name);

    /** @return the Lambda event as JSON, or {@code null} when the call did not come from Lambda */
    JsonNode event();

    /**
     * @return the tenant id Lambda passed in tenant isolation mode ({@code Context#getTenantId()}),
     *     or {@code null}
     */
    String lambdaTenantId();

}
