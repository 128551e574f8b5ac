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

package dev.lift.autoconfigure.bulkhead;

import java.time.Duration;

/**
 * The bulkhead settings of one operation or tenant ({@code lift.bulkhead.operations.<name>.*},
 * {@code lift.bulkhead.tenants.<id>.*}). Unset values ({@code null}) fall through to the layer below.
 *
 * @param maxConcurrent permits of this operation's or tenant's own pool, from 1 up to the global
 * limit; unset: operation-max-concurrent or tenant-max-concurrent
 * @param maxWait how long these calls may wait for their permits, a tenant's wait winning over its
 * operation's; unset: the operation's, then max-wait, then the preset's
 */
public record BulkheadSettings(Integer maxConcurrent, Duration maxWait) {
}
