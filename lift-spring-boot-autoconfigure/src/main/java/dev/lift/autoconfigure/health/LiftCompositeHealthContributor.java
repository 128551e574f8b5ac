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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several indicators shown as one health component with a member each, e.g. {@code liftChecks}.
 *
 * @param members the indicators by member name, in order
 */
public record LiftCompositeHealthContributor(Map<String, LiftHealthIndicator> members)
        implements LiftHealthContributor {

    public LiftCompositeHealthContributor {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

}
