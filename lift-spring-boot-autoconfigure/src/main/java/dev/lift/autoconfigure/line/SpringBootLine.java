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

import org.springframework.util.ClassUtils;

/**
 * The Spring Boot line Lift runs on, and where that line keeps the types Lift implements. Spring Boot
 * 4 moved the health API to {@code spring-boot-health} and the OpenTelemetry tracer customizer to
 * {@code spring-boot-micrometer-tracing-opentelemetry}; everything else Lift uses kept its name, or is
 * named for both lines where Lift orders its auto-configurations. Naming the moved types here, rather
 * than compiling an adapter against each line, keeps Lift one jar compiled once (docs/architecture.md).
 */
enum SpringBootLine {

    /** Spring Boot 3.5. */
    SPRING_BOOT_3("org.springframework.boot.actuate.health.", "org.springframework.boot.actuate.health.",
            "org.springframework.boot.actuate.autoconfigure.tracing.",
            "Spring Boot 3 sets one up with spring-boot-starter-actuator"),

    /** Spring Boot 4.0 and later. */
    SPRING_BOOT_4("org.springframework.boot.health.contributor.", "org.springframework.boot.health.actuate.endpoint.",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.",
            "Spring Boot 4 sets one up only with spring-boot-micrometer-tracing-opentelemetry and "
                    + "spring-boot-opentelemetry on the class path");

    private final String contributorPackage;

    private final String endpointPackage;

    private final String tracingPackage;

    private final String tracerSetUp;

    SpringBootLine(String contributorPackage, String endpointPackage, String tracingPackage, String tracerSetUp) {
        this.contributorPackage = contributorPackage;
        this.endpointPackage = endpointPackage;
        this.tracingPackage = tracingPackage;
        this.tracerSetUp = tracerSetUp;
    }

    /**
     * @param classLoader the application's class loader
     * @return the line on its class path
     */
    static SpringBootLine of(ClassLoader classLoader) {
        return ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthContributor", classLoader)
                ? SPRING_BOOT_4 : SPRING_BOOT_3;
    }

    /**
     * @param simpleName e.g. {@code HealthIndicator}
     * @return the name of the health contributor type
     */
    String contributorType(String simpleName) {
        return this.contributorPackage + simpleName;
    }

    /**
     * @param simpleName e.g. {@code HealthEndpointGroups}
     * @return the name of the health endpoint type
     */
    String endpointType(String simpleName) {
        return this.endpointPackage + simpleName;
    }

    /** @return the name of the OpenTelemetry tracer provider customizer type */
    String tracerProviderCustomizerType() {
        return this.tracingPackage + "SdkTracerProviderBuilderCustomizer";
    }

    /** @return what makes the line set up a Micrometer Tracing tracer, for a start-up hint */
    String tracerSetUp() {
        return this.tracerSetUp;
    }

}
