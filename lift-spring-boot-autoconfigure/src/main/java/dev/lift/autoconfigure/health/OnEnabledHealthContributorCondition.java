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

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link ConditionalOnEnabledHealthContributor}'s condition.
 */
class OnEnabledHealthContributorCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String name = metadata.getAnnotations().get(ConditionalOnEnabledHealthContributor.class).getString(
                MergedAnnotation.VALUE);
        Environment environment = context.getEnvironment();
        String key = "management.health." + name + ".enabled";
        Boolean enabled = environment.getProperty(key, Boolean.class);
        if (enabled == null) {
            key = "management.health.defaults.enabled";
            enabled = environment.getProperty(key, Boolean.class, true);
        }
        return new ConditionOutcome(enabled, "health contributor " + name + (enabled ? " enabled" : " disabled")
                + " (" + key + ")");
    }

}
