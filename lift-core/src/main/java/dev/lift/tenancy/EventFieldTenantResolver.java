/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
