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

import java.util.function.Function;

import dev.lift.autoconfigure.health.LiftHealthContributor;
import dev.lift.autoconfigure.health.LiftReadinessAutoConfiguration;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Registers the beans whose types the running Spring Boot line names (see {@link SpringBootLine}):
 * for every {@link LiftHealthContributor} bean, a health contributor of the line; the readiness group
 * post-processor that adds {@code liftReadiness}; and the tracer provider customizer that gives Boot's
 * OpenTelemetry SDK Lift's X-Ray id generator. Each is named as Lift named it before Spring Boot 4, and
 * a bean the application defines under that name wins.
 *
 * <p>Definitions are added up front, rather than contributors at run time, so that health groups that
 * include Lift's components are valid at start-up. They come after every other definition, which puts
 * the readiness post-processor after Spring Boot's, whose readiness group it adds a member to.
 */
final class SpringBootLineBeans implements BeanFactoryPostProcessor {

    static final String READINESS_POST_PROCESSOR = "liftReadinessGroupPostProcessor";

    static final String ID_GENERATOR_CUSTOMIZER = "liftIdGeneratorCustomizer";

    private static final String ID_GENERATOR = "io.opentelemetry.sdk.trace.IdGenerator";

    private static final String TRACER = "io.micrometer.tracing.Tracer";

    private static final String OTEL_BRIDGE = "io.micrometer.tracing.otel.bridge.OtelTracer";

    static final String TRACING_SWITCH = "lift.tracing.enabled";

    private static final Log logger = LogFactory.getLog(SpringBootLineBeans.class);

    private static final String INDICATOR_SUFFIX = "HealthIndicator";

    private static final String CONTRIBUTOR_SUFFIX = "HealthContributor";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        SpringBootLine line = SpringBootLine.of(classLoader);
        if (ClassUtils.isPresent(line.contributorType("HealthContributor"), classLoader)) {
            registerHealth(beanFactory, registry, line, classLoader);
        }
        String customizer = line.tracerProviderCustomizerType();
        if (ClassUtils.isPresent(customizer, classLoader) && ClassUtils.isPresent(ID_GENERATOR, classLoader)) {
            Tracing.register(beanFactory, registry, ClassUtils.resolveClassName(customizer, classLoader));
        }
        warnWithoutTracer(beanFactory, line, classLoader);
    }

    /**
     * Lift's starter brings Micrometer Tracing's OpenTelemetry bridge, but the tracer comes from
     * Spring Boot, and Spring Boot 4 makes it only with modules of its own: without them Lift's spans
     * and X-Ray export are silently off, so say so once, at start-up.
     */
    private static void warnWithoutTracer(ConfigurableListableBeanFactory beanFactory, SpringBootLine line,
            ClassLoader classLoader) {
        Environment environment = beanFactory.getBean(Environment.class);
        if (!environment.getProperty(TRACING_SWITCH, Boolean.class, true) || !ClassUtils.isPresent(OTEL_BRIDGE, classLoader)
                || !ClassUtils.isPresent(TRACER, classLoader)) {
            return;
        }
        Class<?> tracer = ClassUtils.resolveClassName(TRACER, classLoader);
        if (beanFactory.getBeanNamesForType(tracer, true, false).length == 0) {
            logger.warn("Lift's tracing is off: the application has no Micrometer Tracing tracer. "
                    + line.tracerSetUp() + " (docs/getting-started.md#compatibility). Set " + TRACING_SWITCH
                    + "=false to run without tracing and without this warning.");
        }
    }

    private static void registerHealth(ConfigurableListableBeanFactory beanFactory, BeanDefinitionRegistry registry,
            SpringBootLine line, ClassLoader classLoader) {
        LineHealth health = new LineHealth(line, classLoader);
        for (String name : beanFactory.getBeanNamesForType(LiftHealthContributor.class, true, false)) {
            register(registry, adapterName(name), health.contributorType(),
                    (type) -> health.contributor(beanFactory.getBean(name, LiftHealthContributor.class)));
        }
        if (registry.containsBeanDefinition(LiftReadinessAutoConfiguration.INDICATOR_BEAN)) {
            Class<?> groups = ClassUtils.resolveClassName(line.endpointType("HealthEndpointGroups"), classLoader);
            register(registry, READINESS_POST_PROCESSOR,
                    ClassUtils.resolveClassName(line.endpointType("HealthEndpointGroupsPostProcessor"), classLoader),
                    (type) -> Implementations.of(type, "postProcessHealthEndpointGroups",
                            (args) -> ReadinessGroupMembership.add(args[0], groups, LiftReadinessAutoConfiguration.COMPONENT),
                            "Lift's readiness group membership"));
        }
    }

    private static <T> void register(BeanDefinitionRegistry registry, String name, Class<T> type,
            Function<Class<T>, Object> instance) {
        if (!registry.containsBeanDefinition(name)) {
            registry.registerBeanDefinition(name, new RootBeanDefinition(type, () -> type.cast(instance.apply(type))));
        }
    }

    /**
     * @param beanName a Lift contributor's bean name
     * @return its adapter's: the same name with a {@code HealthContributor} suffix, from which Spring
     *     Boot derives the same component name ({@code liftBulkheadsHealthIndicator} and
     *     {@code liftBulkheadsHealthContributor} both show as {@code liftBulkheads})
     */
    static String adapterName(String beanName) {
        String base = beanName;
        if (beanName.endsWith(INDICATOR_SUFFIX)) {
            base = beanName.substring(0, beanName.length() - INDICATOR_SUFFIX.length());
        }
        else if (beanName.endsWith(CONTRIBUTOR_SUFFIX)) {
            base = beanName.substring(0, beanName.length() - CONTRIBUTOR_SUFFIX.length());
        }
        return base + CONTRIBUTOR_SUFFIX;
    }

    /** Touched only with OpenTelemetry's SDK on the class path. */
    private static final class Tracing {

        static void register(ConfigurableListableBeanFactory beanFactory, BeanDefinitionRegistry registry,
                Class<?> customizerType) {
            if (beanFactory.getBeanNamesForType(IdGenerator.class, true, false).length > 0) {
                SpringBootLineBeans.register(registry, ID_GENERATOR_CUSTOMIZER, customizerType,
                        (type) -> Implementations.of(type, "customize", (args) -> ((SdkTracerProviderBuilder) args[0])
                            .setIdGenerator(beanFactory.getBean(IdGenerator.class)), "Lift's X-Ray id generator customizer"));
            }
        }

    }

}
