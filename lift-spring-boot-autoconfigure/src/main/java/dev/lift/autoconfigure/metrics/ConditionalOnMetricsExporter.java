package dev.lift.autoconfigure.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.lift.autoconfigure.metrics.LiftMetricsProperties.Exporter;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code lift.metrics.exporter} resolves to the given exporter; {@code auto} (the
 * default) resolves to {@code emf} on Lambda and {@code none} elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnMetricsExporterCondition.class)
@interface ConditionalOnMetricsExporter {

    /** @return the exporter that must be in effect */
    Exporter value();

}
