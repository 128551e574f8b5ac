package dev.lift.autoconfigure.tracing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches unless Spring Boot's tracing export is switched off: {@code management.tracing.enabled=false}
 * on Spring Boot 3, {@code management.tracing.export.enabled=false} on Spring Boot 4 (either key
 * works on either line).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnTracingExportCondition.class)
@interface ConditionalOnTracingExport {

}
