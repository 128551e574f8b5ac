package dev.lift.tenancy;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tenant from a field of the Lambda event, addressed by a JSON pointer such as
 * {@code /detail/tenantId}. Trust it as much as whoever writes the event.
 */
public final class EventFieldTenantResolver implements LiftTenantResolver {

    private final JsonPointer pointer;

    /**
     * @param pointer the JSON pointer (RFC 6901) of the field
     */
    public EventFieldTenantResolver(JsonPointer pointer) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    @Override
    public String resolveTenant(LiftRequest request) {
        JsonNode event = request.event();
        if (event == null) {
            return null;
        }
        JsonNode value = event.at(this.pointer);
        return (value.isTextual() || value.isNumber()) ? value.asText() : null;
    }

}
