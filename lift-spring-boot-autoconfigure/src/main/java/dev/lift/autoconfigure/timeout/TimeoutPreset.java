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

package dev.lift.autoconfigure.timeout;

import java.time.Duration;

import dev.lift.autoconfigure.resilience.PatternPreset;

/**
 * Starting points for the default timeout, by how much work a call does, chosen with
 * {@code lift.timeout.preset}; explicit properties override them.
 */
public enum TimeoutPreset implements PatternPreset<TimeoutSettings> {

    /** 1s: lookups, validations, calls answered from a cache. */
    FAST(Duration.ofSeconds(1)),

    /** 10s: a few calls to databases or other services. */
    STANDARD(Duration.ofSeconds(10)),

    /** 60s: reports, batch steps, large files. */
    SLOW(Duration.ofSeconds(60)),

    /** No timeout of its own: only the invocation deadline minus the safety margin. */
    DEADLINE(Duration.ZERO);

    private final Duration defaultTimeout;

    TimeoutPreset(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    /** @return the default timeout this preset sets, zero for none */
    public Duration defaultTimeout() {
        return this.defaultTimeout;
    }

    @Override
    public TimeoutSettings settings() {
        return new TimeoutSettings(this.defaultTimeout);
    }

}
