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

package dev.lift.autoconfigure.endpoint;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who sees tenant ids in the {@code lift} actuator endpoint.
 */
@ConfigurationProperties("management.endpoint.lift")
public class LiftEndpointProperties {

    /**
     * When the endpoint names tenants (per-tenant instances, tenant overrides, the default tenant).
     * Otherwise they are counted or masked.
     */
    private Show showTenants = Show.NEVER;

    /**
     * Roles allowed to see tenants when show-tenants is when-authorized; empty means any
     * authenticated user.
     */
    private Set<String> roles = new LinkedHashSet<>();

    public Show getShowTenants() {
        return this.showTenants;
    }

    public void setShowTenants(Show showTenants) {
        this.showTenants = showTenants;
    }

    public Set<String> getRoles() {
        return this.roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

}
