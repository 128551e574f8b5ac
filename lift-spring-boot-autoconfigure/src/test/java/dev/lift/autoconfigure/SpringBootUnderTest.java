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

package dev.lift.autoconfigure;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.context.ApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's own auto-configurations and health endpoint, named once for every Spring Boot line,
 * so that Lift's auto-configuration tests run unchanged on Spring Boot 3 and 4 (Boot 4 moved these
 * classes to new modules and packages). A test names a class by its Spring Boot 3 name; on Spring
 * Boot 4 the class it moved to is used.
 */
public final class SpringBootUnderTest {

    /** Spring Boot 3 class names and where Spring Boot 4 has them (several, comma-separated, where it split one). */
    private static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration,"
                            + "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration"),
            Map.entry(
                    "org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"),
            Map.entry(
                    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
                    "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
                    "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"),
            Map.entry("org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
                    "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration"),
            Map.entry("org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration",
                    "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration"),
            Map.entry("org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
                    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"),
            Map.entry("org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration",
                    "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration"),
            Map.entry("org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration",
                    "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration"),
            
            Map.entry(SpringBootUnderTest.R4J_CIRCUIT_BREAKER, SpringBootUnderTest.R4J_CIRCUIT_BREAKER.replace(".springboot3.", ".springboot.")),
            Map.entry(SpringBootUnderTest.R4J_CIRCUIT_BREAKER_METRICS, SpringBootUnderTest.R4J_CIRCUIT_BREAKER_METRICS.replace(".springboot3.", ".springboot.")),
            Map.entry(SpringBootUnderTest.R4J_RETRY, SpringBootUnderTest.R4J_RETRY.replace(".springboot3.", ".springboot.")),
            Map.entry("org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
                    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"));

    public static final String HEALTH_CONTRIBUTOR = "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration";

    public static final String HEALTH_ENDPOINT = "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration";

    public static final String AVAILABILITY_PROBES = "org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration";

    public static final String AVAILABILITY_HEALTH = "org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration";

    public static final String METRICS = "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration";

    public static final String COMPOSITE_METER_REGISTRY = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration";

    public static final String SIMPLE_METRICS_EXPORT = "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration";

    public static final String OPEN_TELEMETRY = "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration";

    public static final String MICROMETER_TRACING = "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration";

    public static final String OPEN_TELEMETRY_TRACING = "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration";

    public static final String HTTP_MESSAGE_CONVERTERS = "org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration";

    public static final String JACKSON = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration";

    public static final String DISPATCHER_SERVLET = "org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration";

    public static final String SERVLET_WEB_SERVER = "org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration";

    public static final String WEB_MVC = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration";

    /** resilience4j-spring-boot3's, which resilience4j-spring-boot4 has in {@code io.github.resilience4j.springboot}. */
    public static final String R4J_CIRCUIT_BREAKER = "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration";

    public static final String R4J_CIRCUIT_BREAKER_METRICS = "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration";

    public static final String R4J_RETRY = "io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration";

    /** The packages of the health API, for a class loader that hides it on either line. */
    public static final String[] HEALTH_PACKAGES = { "org.springframework.boot.actuate.health",
            "org.springframework.boot.health" };

    private SpringBootUnderTest() {
    }

    /** @return whether the class path has Spring Boot 4 */
    public static boolean isSpringBoot4() {
        return ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthContributor", null);
    }

    /**
     * @param name a Spring Boot class by its Spring Boot 3 name
     * @return it, as the running line names it
     */
    public static Class<?> type(String name) {
        Class<?>[] classes = classes(name);
        return classes[classes.length - 1];
    }

    /**
     * @param names Spring Boot auto-configurations by their Spring Boot 3 names
     * @return them, as the running line names them
     */
    public static AutoConfigurations autoConfigurations(String... names) {
        return AutoConfigurations.of(classes(names));
    }

    /**
     * @param names Spring Boot classes by their Spring Boot 3 names
     * @return them, as the running line names them
     */
    public static Class<?>[] classes(String... names) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String running = isSpringBoot4() ? MOVED.getOrDefault(name, name) : name;
            for (String className : running.split(",")) {
                try {
                    classes.add(ClassUtils.forName(className, SpringBootUnderTest.class.getClassLoader()));
                }
                catch (ClassNotFoundException ex) {
                    throw new IllegalStateException("Not on the class path: " + className, ex);
                }
            }
        }
        return classes.toArray(Class<?>[]::new);
    }

    /**
     * Asks the context's health endpoint, as {@code GET /actuator/health/<path>} would.
     * @param context a context with Spring Boot's health endpoint
     * @param path the path, e.g. {@code readiness}
     * @return the status code there
     */
    public static String healthStatus(ApplicationContext context, String... path) {
        try {
            Class<?> endpointType = ClassUtils.forName(isSpringBoot4()
                    ? "org.springframework.boot.health.actuate.endpoint.HealthEndpoint"
                    : "org.springframework.boot.actuate.health.HealthEndpoint", SpringBootUnderTest.class.getClassLoader());
            Object endpoint = context.getBean(endpointType);
            Method healthForPath = endpointType.getMethod("healthForPath", String[].class);
            Object health = healthForPath.invoke(endpoint, (Object) path);
            Method getStatus = healthForPath.getReturnType().getMethod("getStatus");
            Object status = getStatus.invoke(health);
            return (String) getStatus.getReturnType().getMethod("getCode").invoke(status);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * @param context a context with Spring Boot's health endpoint groups
     * @param group a group's name
     * @param member a health component's name
     * @return whether the group exists and has the member
     */
    public static boolean isGroupMember(ApplicationContext context, String group, String member) {
        try {
            Class<?> groupsType = ClassUtils.forName(isSpringBoot4()
                    ? "org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups"
                    : "org.springframework.boot.actuate.health.HealthEndpointGroups",
                    SpringBootUnderTest.class.getClassLoader());
            Object groups = context.getBean(groupsType);
            Method get = groupsType.getMethod("get", String.class);
            Object found = get.invoke(groups, group);
            return found != null && (boolean) get.getReturnType().getMethod("isMember", String.class).invoke(found, member);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * What a servlet MVC application needs of Spring Boot, on either line: {@code @Import} it beside
     * the Lift auto-configurations a test wants. Deferred, and in order, as auto-configurations are.
     */
    public static final class ServletMvc implements DeferredImportSelector {

        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return Arrays.stream(classes(SERVLET_WEB_SERVER, DISPATCHER_SERVLET, HTTP_MESSAGE_CONVERTERS, WEB_MVC))
                .map(Class::getName)
                .toArray(String[]::new);
        }

    }

}
