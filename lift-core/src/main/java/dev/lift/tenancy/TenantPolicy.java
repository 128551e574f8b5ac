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
import java.util.regex.Pattern;

import dev.lift.error.LiftInvalidTenantException;

/**
 * Turns a raw, untrusted tenant id into a validated one: it must match the allowed pattern (by default
 * {@value #DEFAULT_PATTERN}), and be present when a tenant is required. A refused value never appears
 * in the exception message or a log line, so it cannot forge log fields.
 */
public final class TenantPolicy {

    /** The default allowed pattern: letters, digits, dot, underscore and hyphen, 1 to 64 of them. */
    public static final String DEFAULT_PATTERN = "[A-Za-z0-9._-]{1,64}";

    /** Values longer than this are refused before the pattern runs, whatever the pattern says. */
    public static final int MAX_LENGTH = 256;

    private final LiftTenantResolver resolver;

    private final Pattern allowed;

    private final boolean required;

    private final String defaultTenant;

    /**
     * @param resolver where the raw tenant comes from
     * @param allowed the pattern a tenant id must match entirely
     * @param required whether a call without a tenant is refused
     * @param defaultTenant the tenant of a call when no source has one, or {@code null}
     */
    public TenantPolicy(LiftTenantResolver resolver, Pattern allowed, boolean required, String defaultTenant) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        this.required = required;
        this.defaultTenant = defaultTenant;
    }

    /**
     * Resolves and validates the tenant of a call.
     * @param request the incoming call
     * @return the validated tenant id, or {@code null} for none (only when not required)
     * @throws LiftInvalidTenantException when the tenant is invalid, or missing and required
     */
    public String resolve(LiftRequest request) {
        String raw = this.resolver.resolveTenant(request);
        if (raw == null || raw.isEmpty()) {
            raw = this.defaultTenant;
        }
        if (raw == null) {
            if (this.required) {
                throw new LiftInvalidTenantException("A tenant is required and none was found");
            }
            return null;
        }
        if (raw.length() > MAX_LENGTH || !this.allowed.matcher(raw).matches()) {
            throw new LiftInvalidTenantException("The tenant id does not match the allowed pattern");
        }
        return raw;
    }

}
