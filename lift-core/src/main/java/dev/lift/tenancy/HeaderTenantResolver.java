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
