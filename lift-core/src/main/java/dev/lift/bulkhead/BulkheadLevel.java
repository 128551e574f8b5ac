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

package dev.lift.bulkhead;

import dev.lift.instances.InstanceScope;

/**
 * The levels of Lift's hierarchical bulkhead, in the order a call acquires their permits: its
 * tenant's, then its operation's, then the global one. One fixed order for every call rules out
 * deadlock between calls waiting at different levels; narrowest first means a call that waits for a
 * shared level holds only permits of its own tenant and operation while it waits, never a global one
 * that every other tenant needs.
 */
public enum BulkheadLevel {

    /** One permit pool per tenant; calls without a tenant share one. */
    TENANT("tenant", InstanceScope.TENANT),

    /** One permit pool per operation (function). */
    OPERATION("operation", InstanceScope.OPERATION),

    /** One permit pool for every call. */
    GLOBAL("global", InstanceScope.GLOBAL);

    private final String id;

    private final InstanceScope scope;

    BulkheadLevel(String id, InstanceScope scope) {
        this.id = id;
        this.scope = scope;
    }

    /** @return the level's name in configuration, messages and the {@code level} meter tag */
    public String id() {
        return this.id;
    }

    /** @return what the level keeps one permit pool per */
    public InstanceScope scope() {
        return this.scope;
    }

}
