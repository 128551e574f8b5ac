package dev.lift.autoconfigure.health;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when Spring Boot's health support is on the class path: actuator's on Spring Boot 3,
 * {@code spring-boot-health} on Spring Boot 4.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnHealthSupportCondition.class)
public @interface ConditionalOnHealthSupport {

}
