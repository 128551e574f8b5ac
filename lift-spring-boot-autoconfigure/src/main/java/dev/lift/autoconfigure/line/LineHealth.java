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

package dev.lift.autoconfigure.line;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.autoconfigure.health.LiftCompositeHealthContributor;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthContributor;
import dev.lift.autoconfigure.health.LiftHealthIndicator;

import org.springframework.util.ClassUtils;

/**
 * Lift's health contributors as the running Spring Boot line's: an indicator becomes a
 * {@code HealthIndicator} answering that line's {@code Health}, a composite a
 * {@code CompositeHealthContributor}. The line's types are looked up once.
 */
final class LineHealth {

    private final Class<?> contributorType;

    private final Class<?> indicatorType;

    private final Method status;

    private final Method withDetails;

    private final Method build;

    private final Method fromMap;

    LineHealth(SpringBootLine line, ClassLoader classLoader) {
        try {
            this.contributorType = ClassUtils.forName(line.contributorType("HealthContributor"), classLoader);
            this.indicatorType = ClassUtils.forName(line.contributorType("HealthIndicator"), classLoader);
            Class<?> health = ClassUtils.forName(line.contributorType("Health"), classLoader);
            this.status = health.getMethod("status", String.class);
            this.withDetails = this.status.getReturnType().getMethod("withDetails", Map.class);
            this.build = this.status.getReturnType().getMethod("build");
            this.fromMap = ClassUtils.forName(line.contributorType("CompositeHealthContributor"), classLoader)
                .getMethod("fromMap", Map.class);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Spring Boot's health API is not where " + line + " has it", ex);
        }
    }

    /** @return the line's {@code HealthContributor} type */
    Class<?> contributorType() {
        return this.contributorType;
    }

    /**
     * @param contributor one of Lift's
     * @return the line's contributor for it
     */
    Object contributor(LiftHealthContributor contributor) {
        if (contributor instanceof LiftCompositeHealthContributor composite) {
            Map<String, Object> members = new LinkedHashMap<>();
            composite.members().forEach((name, member) -> members.put(name, indicator(member)));
            return invoke(this.fromMap, null, members);
        }
        return indicator((LiftHealthIndicator) contributor);
    }

    private Object indicator(LiftHealthIndicator indicator) {
        return Implementations.of(this.indicatorType, "health", (args) -> health(indicator.health()),
                "Lift health indicator " + indicator);
    }

    private Object health(LiftHealth health) {
        Object builder = invoke(this.status, null, health.status());
        return invoke(this.build, invoke(this.withDetails, builder, health.details()));
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
