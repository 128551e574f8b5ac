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

import dev.lift.instances.InstanceKey;

/**
 * A snapshot of one permit pool of a {@link LiftBulkhead}, for health and the actuator endpoint.
 *
 * @param level the pool's level
 * @param key the tenant and/or operation the pool serves
 * @param limit its permits
 * @param inUse permits held by running calls
 * @param waiting calls waiting for a permit
 */
public record BulkheadPoolState(BulkheadLevel level, InstanceKey key, int limit, int inUse, int waiting) {

    /** @return the share of permits in use, from 0 to 1 */
    public double saturation() {
        return (this.limit > 0) ? (double) this.inUse / this.limit : 0;
    }

}
