package dev.lift.tenancy;

import java.util.Map;
import java.util.TreeMap;

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

    /**
     * A request made of plain values: for tests of resolvers, and for entry points of your own.
     * @param headers the headers, matched case-insensitively
     * @param event the Lambda event, or {@code null}
     * @param lambdaTenantId Lambda's tenant id, or {@code null}
     * @return the request
     */
    static LiftRequest of(Map<String, String> headers, JsonNode event, String lambdaTenantId) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return new LiftRequest() {
            @Override
            public String header(String name) {
                return byName.get(name);
            }

            @Override
            public JsonNode event() {
                return event;
            }

            @Override
            public String lambdaTenantId() {
                return lambdaTenantId;
            }
        };
    }

}
