package dev.lift.autoconfigure.health;

import java.util.Map;

import dev.lift.autoconfigure.circuitbreaker.LiftCircuitBreakerAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import dev.lift.context.LiftContext;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import dev.lift.error.LiftConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * {@code liftCircuitBreakers}: states from the resilience4j registry, critical operations, tenants and caps.
 */
class CircuitBreakersHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftHealthContributorAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, LiftCircuitBreakerAutoConfiguration.class));

    @Test
    void noContributorWithoutItsPattern() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LiftPatternState.class)
            .doesNotHaveBean(HealthIndicator.class));
    }

    @Test
    void openCircuitsAreShownButChangeTheStatusOnlyForCriticalOperations() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=operation")
            .run((context) -> {
                ScopedCircuitBreakers breakers = context.getBean(ScopedCircuitBreakers.class);
                breakers.circuitBreaker(call("acme", "orders")).transitionToOpenState();
                breakers.circuitBreaker(call("acme", "search"));

                Health health = health(context, "liftCircuitBreakersHealthIndicator");

                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("breakers", 2)
                    .containsEntry("states", Map.of("CLOSED", 1, "OPEN", 1))
                    .containsEntry("criticalOpen", 0L);
                assertThat(health.getDetails().get("instances")).asInstanceOf(MAP).containsOnlyKeys("op=orders",
                        "op=search");
            });
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=operation",
                    "lift.health.circuit-breakers.critical-operations=orders")
            .run((context) -> {
                context.getBean(ScopedCircuitBreakers.class).circuitBreaker(call("acme", "orders")).transitionToOpenState();
                assertThat(health(context, "liftCircuitBreakersHealthIndicator").getStatus()).isEqualTo(Status.DOWN);
            });
    }

    @Test
    void perTenantBreakersAreCountedNotNamedUnlessTenantsMayBeShown() {
        String[] properties = { "lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=tenant-operation" };
        this.contextRunner.withPropertyValues(properties).run((context) -> {
            context.getBean(ScopedCircuitBreakers.class).circuitBreaker(call("acme", "orders"));
            Health health = health(context, "liftCircuitBreakersHealthIndicator");
            assertThat(health.getDetails()).containsEntry("tenantInstancesHidden", 1);
            assertThat(health.getDetails().toString()).doesNotContain("acme");
        });
        this.contextRunner.withPropertyValues(properties).withPropertyValues("lift.health.show-tenants=true").run((context) -> {
            context.getBean(ScopedCircuitBreakers.class).circuitBreaker(call("acme", "orders"));
            assertThat(health(context, "liftCircuitBreakersHealthIndicator").getDetails().get("instances"))
                .asInstanceOf(MAP)
                .containsKey("tenant=acme:op=orders");
        });
    }

    @Test
    void detailsListAtMostTheConfiguredNumberOfInstances() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=operation",
                    "lift.health.max-detail-entries=5")
            .run((context) -> {
                ScopedCircuitBreakers breakers = context.getBean(ScopedCircuitBreakers.class);
                for (int i = 0; i < 30; i++) {
                    breakers.circuitBreaker(call("acme", "op" + i));
                }
                breakers.circuitBreaker(call("acme", "op29")).transitionToOpenState();
                @SuppressWarnings("unchecked")
                Map<String, Object> instances = (Map<String, Object>) health(context, "liftCircuitBreakersHealthIndicator").getDetails()
                    .get("instances");
                assertThat(instances).hasSize(6).containsEntry("omitted", 25);
                assertThat(instances.keySet().iterator().next()).as("open breakers first").isEqualTo("op=op29");
            });
    }

    @Test
    void onlyLiftsBreakersAreShownTheGlobalOneUnderItsName() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true").run((context) -> {
            context.getBean(CircuitBreakerRegistry.class).circuitBreaker("someone-elses").transitionToOpenState();
            Health health = health(context, "liftCircuitBreakersHealthIndicator");
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("breakers", 1);
            assertThat(health.getDetails().get("instances")).asInstanceOf(MAP).containsOnlyKeys("global");
        });
    }

    @Test
    void aContributorCanBeSwitchedOffAndItsStateStaysForTheEndpoint() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "management.health.lift-circuit-breakers.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("liftCircuitBreakersHealthIndicator")
                .hasSingleBean(CircuitBreakerStates.class));
    }

    @Test
    void backsOffWithoutActuator() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
            .withPropertyValues("lift.circuit-breaker.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(CircuitBreakerStates.class));
    }

    @Test
    void aBadOpenStatusFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.health.circuit-breakers.open-status= ")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.health.circuit-breakers.open-status"));
    }

    static LiftContext call(String tenant, String operation) {
        return LiftContext.builder("request", operation).tenantId(tenant).build();
    }

    static Health health(ApplicationContext context, String name) {
        return context.getBean(name, HealthIndicator.class).health();
    }

}
