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

package dev.lift.priority;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import dev.lift.tenancy.LiftRequest;

/**
 * Finds the priority a call claims (higher is more important), e.g. from a header or a field of the
 * Lambda event. The answer is untrusted: callers could claim more than they deserve, so entry points
 * pass it through a {@link PriorityPolicy} that caps it before it becomes the context's priority.
 * Declare a bean of this type to decide priorities another way.
 */
@FunctionalInterface
public interface LiftPriorityResolver {

    /**
     * @param request the incoming call
     * @return the priority the call claims, or {@code null} when this source says nothing
     */
    Integer resolvePriority(LiftRequest request);

    /**
     * @param headerName the header, e.g. {@code X-Lift-Priority}, holding a decimal integer
     * @return a resolver reading the priority from that request header
     */
    static LiftPriorityResolver header(String headerName) {
        Objects.requireNonNull(headerName, "headerName");
        return (request) -> parse(request.header(headerName));
    }

    /**
     * @param pointer the JSON pointer (RFC 6901) of a field of the Lambda event holding an integer
     * @return a resolver reading the priority from that field
     */
    static LiftPriorityResolver eventField(JsonPointer pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return (request) -> {
            JsonNode event = request.event();
            if (event == null) {
                return null;
            }
            JsonNode value = event.at(pointer);
            if (value.isInt()) {
                return value.intValue();
            }
            return value.isTextual() ? parse(value.textValue()) : null;
        };
    }

    private static Integer parse(String value) {
        if (value == null || value.isEmpty() || value.length() > 11) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

}
