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

package dev.lift.autoconfigure.health;

/**
 * Something in Lift that can make the instance unready: while it says so, the {@code liftReadiness}
 * indicator in the readiness group is {@code OUT_OF_SERVICE} and the platform sends traffic
 * elsewhere. Never used for liveness: downstream trouble is not a reason to restart.
 */
public interface ReadinessSignal {

    /** @return the signal's name in the readiness details, e.g. {@code loadShedding} */
    String name();

    /** @return why the instance should not take traffic now, or {@code null} when it may */
    String notReadyReason();

}
