package dev.lift.tenancy;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tenant from an API Gateway authorizer: a JWT claim or a Lambda authorizer context value,
 * which API Gateway puts in the event after verifying the caller.
 * <ul>
 * <li>REST API (v1): {@code requestContext.authorizer.claims.<claim>} (Cognito / JWT) or
 * {@code requestContext.authorizer.<claim>} (Lambda authorizer)</li>
 * <li>HTTP API (v2): {@code requestContext.authorizer.jwt.claims.<claim>} or
 * {@code requestContext.authorizer.lambda.<claim>}</li>
 * </ul>
 */
public final class AuthorizerClaimTenantResolver implements LiftTenantResolver {

    private final String claim;

    /**
     * @param claim the claim or context key, e.g. {@code tenant_id}
     */
    public AuthorizerClaimTenantResolver(String claim) {
        this.claim = Objects.requireNonNull(claim, "claim");
    }

    @Override
    public String resolveTenant(LiftRequest request) {
        JsonNode event = request.event();
        if (event == null) {
            return null;
        }
        JsonNode authorizer = event.path("requestContext").path("authorizer");
        if (!authorizer.isObject()) {
            return null;
        }
        return firstText(authorizer.path("jwt").path("claims").path(this.claim),
                authorizer.path("claims").path(this.claim), authorizer.path("lambda").path(this.claim),
                authorizer.path(this.claim));
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isTextual() || candidate.isNumber()) {
                return candidate.asText();
            }
        }
        return null;
    }

}
