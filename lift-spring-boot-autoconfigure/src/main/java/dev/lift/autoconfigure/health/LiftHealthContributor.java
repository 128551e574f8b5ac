package dev.lift.autoconfigure.health;

/**
 * A contributor to Spring Boot's health endpoint, in Lift's own terms. Every bean of this type is
 * registered with Spring Boot's health registry under its bean name, as Boot names its own
 * contributors ({@code liftBulkheadsHealthIndicator} shows as {@code liftBulkheads}), by the adapter
 * of the Spring Boot line on the class path ({@code LiftSpringBootLineAutoConfiguration}). Health is
 * where Spring Boot 3 and 4 differ most (the API moved to {@code org.springframework.boot.health});
 * keeping Lift's contributors free of it lets them compile once for both.
 */
public sealed interface LiftHealthContributor permits LiftHealthIndicator, LiftCompositeHealthContributor {

}
