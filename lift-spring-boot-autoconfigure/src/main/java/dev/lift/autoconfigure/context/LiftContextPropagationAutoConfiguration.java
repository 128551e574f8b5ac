package dev.lift.autoconfigure.context;

import io.micrometer.context.ContextSnapshotFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Carries the {@code LiftContext} (and everything else registered with Micrometer's
 * context-propagation library, such as the MDC-bearing tracing context) into tasks run by Spring's
 * executors, including {@code @Async} methods.
 */
@AutoConfiguration(before = TaskExecutionAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnClass(ContextSnapshotFactory.class)
public class LiftContextPropagationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    ContextPropagatingTaskDecorator liftContextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

}
