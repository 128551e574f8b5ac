package dev.lift.autoconfigure.health;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when a Lift health contributor is enabled, with Spring Boot's own keys:
 * {@code management.health.<name>.enabled}, else {@code management.health.defaults.enabled}, else
 * enabled. The same on every Spring Boot line, whose own annotation for it lives in a different
 * package on each.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnEnabledHealthContributorCondition.class)
public @interface ConditionalOnEnabledHealthContributor {

    /** @return the contributor's name in {@code management.health.<name>.enabled}, e.g. {@code lift-bulkheads} */
    String value();

}
