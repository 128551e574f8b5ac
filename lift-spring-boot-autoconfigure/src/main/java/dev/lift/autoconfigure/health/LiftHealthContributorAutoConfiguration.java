package dev.lift.autoconfigure.health;

import java.util.Locale;

import dev.lift.autoconfigure.bulkhead.LiftBulkheadAutoConfiguration;
import dev.lift.autoconfigure.circuitbreaker.LiftCircuitBreakerAutoConfiguration;
import dev.lift.autoconfigure.ratelimit.LiftRateLimitAutoConfiguration;
import dev.lift.autoconfigure.ratelimit.LiftRateLimitProperties;
import dev.lift.autoconfigure.shedding.LiftLoadSheddingAutoConfiguration;
import dev.lift.autoconfigure.tracing.LiftTracingAutoConfiguration;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import dev.lift.error.LiftConfigurationException;
import dev.lift.ratelimit.RateLimitFilter;
import dev.lift.shedding.LoadSheddingFilter;
import dev.lift.tracing.XRaySpanProcessor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A health contributor for each Lift pattern that is configured, each in its own configuration below,
 * conditional on the pattern's beans and on {@code management.health.lift-<pattern>.enabled}. The
 * state each one shows is also a {@link LiftPatternState} bean, for the {@code lift} endpoint, and
 * the patterns that can make the instance unready contribute a {@link ReadinessSignal} even when
 * their contributor is switched off.
 */
@AutoConfiguration(before = HealthContributorAutoConfiguration.class,
        after = { LiftCircuitBreakerAutoConfiguration.class, LiftBulkheadAutoConfiguration.class,
                LiftLoadSheddingAutoConfiguration.class, LiftRateLimitAutoConfiguration.class,
                LiftTracingAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnClass(HealthContributor.class)
@EnableConfigurationProperties(LiftHealthProperties.class)
@Import({ LiftHealthContributorAutoConfiguration.CircuitBreakers.class,
        LiftHealthContributorAutoConfiguration.Bulkheads.class, LiftHealthContributorAutoConfiguration.LoadShedding.class,
        LiftHealthContributorAutoConfiguration.RateLimitStore.class,
        LiftHealthContributorAutoConfiguration.DynamoDbRateLimitStoreProbe.class,
        LiftHealthContributorAutoConfiguration.Tracing.class })
public class LiftHealthContributorAutoConfiguration {

    private static final String PREFIX = "lift.health.";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({ ScopedCircuitBreakers.class, CircuitBreakerRegistry.class })
    static class CircuitBreakers {

        @Bean
        @ConditionalOnMissingBean
        CircuitBreakerStates liftCircuitBreakerStates(CircuitBreakerRegistry registry,
                ScopedCircuitBreakers liftCircuitBreakers, LiftHealthProperties properties) {
            return new CircuitBreakerStates(registry, liftCircuitBreakers, maxDetailEntries(properties));
        }

        @Bean
        @ConditionalOnMissingBean(name = "liftCircuitBreakersHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("lift-circuit-breakers")
        CircuitBreakersHealthIndicator liftCircuitBreakersHealthIndicator(CircuitBreakerStates liftCircuitBreakerStates,
                LiftHealthProperties properties) {
            LiftHealthProperties.CircuitBreakers circuitBreakers = properties.getCircuitBreakers();
            return new CircuitBreakersHealthIndicator(liftCircuitBreakerStates, circuitBreakers.getCriticalOperations(),
                    ConfiguredStatus.of(PREFIX + "circuit-breakers.open-status", circuitBreakers.getOpenStatus()),
                    properties.isShowTenants());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(LiftBulkhead.class)
    static class Bulkheads {

        @Bean
        @ConditionalOnMissingBean
        BulkheadStates liftBulkheadStates(LiftBulkhead bulkhead, LiftHealthProperties properties) {
            return new BulkheadStates(bulkhead, maxDetailEntries(properties));
        }

        @Bean
        @ConditionalOnMissingBean(name = "liftBulkheadsHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("lift-bulkheads")
        BulkheadsHealthIndicator liftBulkheadsHealthIndicator(BulkheadStates liftBulkheadStates,
                LiftHealthProperties properties) {
            LiftHealthProperties.Bulkheads bulkheads = properties.getBulkheads();
            return new BulkheadsHealthIndicator(liftBulkheadStates,
                    ratio(bulkheads.getSaturationThreshold(), "bulkheads.saturation-threshold"),
                    ConfiguredStatus.of(PREFIX + "bulkheads.saturated-status", bulkheads.getSaturatedStatus()),
                    properties.isShowTenants());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(LoadSheddingFilter.class)
    static class LoadShedding {

        @Bean
        @ConditionalOnMissingBean
        LoadSheddingState liftLoadSheddingState(LoadSheddingFilter filter, LiftHealthProperties properties) {
            LiftHealthProperties.LoadShedding shedding = properties.getLoadShedding();
            if (shedding.getMinCalls() < 1) {
                throw new LiftConfigurationException(PREFIX + "load-shedding.min-calls", shedding.getMinCalls(),
                        "a positive number of calls");
            }
            return new LoadSheddingState(filter, ConfiguredSchedule.positive(shedding.getWindow(), PREFIX + "load-shedding.window"),
                    shedding.getMinCalls(), ratio(shedding.getHardShedRatio(), "load-shedding.hard-shed-ratio"));
        }

        @Bean
        @ConditionalOnMissingBean(name = "liftLoadSheddingHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("lift-load-shedding")
        LoadSheddingHealthIndicator liftLoadSheddingHealthIndicator(LoadSheddingState liftLoadSheddingState,
                LiftHealthProperties properties) {
            return new LoadSheddingHealthIndicator(liftLoadSheddingState, ConfiguredStatus
                .of(PREFIX + "load-shedding.shedding-status", properties.getLoadShedding().getSheddingStatus()));
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DynamoDbClient.class)
    @ConditionalOnBean({ RateLimitFilter.class, DynamoDbClient.class, LiftRateLimitProperties.class })
    @ConditionalOnProperty(name = "lift.rate-limit.store", havingValue = "dynamodb")
    static class DynamoDbRateLimitStoreProbe {

        @Bean(initMethod = "start", destroyMethod = "close")
        @ConditionalOnMissingBean
        RateLimitStoreProbe liftRateLimitStoreProbe(DynamoDbClient client, LiftRateLimitProperties rateLimit,
                LiftHealthProperties properties) {
            return new RateLimitStoreProbe(new DynamoDbTableCheck(client, rateLimit.getDynamodb().getTableName(),
                    properties.getChecks().getTimeout()), ConfiguredSchedule.of(properties.getChecks()));
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({ RateLimitFilter.class, LiftRateLimitProperties.class })
    static class RateLimitStore {

        @Bean
        @ConditionalOnMissingBean
        RateLimitStoreState liftRateLimitStoreState(RateLimitFilter filter, LiftRateLimitProperties rateLimit,
                ObjectProvider<RateLimitStoreProbe> probe) {
            return new RateLimitStoreState(filter, rateLimit.getStore().name().toLowerCase(Locale.ROOT),
                    rateLimit.getFailurePolicy(), probe.getIfAvailable());
        }

        @Bean
        @ConditionalOnMissingBean(name = "liftRateLimitStoreHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("lift-rate-limit-store")
        RateLimitStoreHealthIndicator liftRateLimitStoreHealthIndicator(RateLimitStoreState liftRateLimitStoreState,
                LiftHealthProperties properties) {
            LiftHealthProperties.RateLimitStore store = properties.getRateLimitStore();
            return new RateLimitStoreHealthIndicator(liftRateLimitStoreState,
                    ConfiguredStatus.of(PREFIX + "rate-limit-store.down-status", store.getDownStatus()),
                    ConfiguredStatus.of(PREFIX + "rate-limit-store.fail-open-down-status", store.getFailOpenDownStatus()));
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(XRaySpanProcessor.class)
    @ConditionalOnBean(XRaySpanProcessor.class)
    static class Tracing {

        @Bean
        @ConditionalOnMissingBean
        TraceExporterState liftTraceExporterState(XRaySpanProcessor processor, LiftHealthProperties properties) {
            return new TraceExporterState(processor.exporter(),
                    ConfiguredSchedule.positive(properties.getTracing().getWindow(), PREFIX + "tracing.window"));
        }

        @Bean
        @ConditionalOnMissingBean(name = "liftTracingHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("lift-tracing")
        TraceExporterHealthIndicator liftTracingHealthIndicator(TraceExporterState liftTraceExporterState,
                LiftHealthProperties properties) {
            return new TraceExporterHealthIndicator(liftTraceExporterState,
                    ConfiguredStatus.of(PREFIX + "tracing.dropping-status", properties.getTracing().getDroppingStatus()));
        }

    }

    private static int maxDetailEntries(LiftHealthProperties properties) {
        if (properties.getMaxDetailEntries() < 0) {
            throw new LiftConfigurationException(PREFIX + "max-detail-entries", properties.getMaxDetailEntries(),
                    "zero or a positive number");
        }
        return properties.getMaxDetailEntries();
    }

    private static double ratio(double value, String property) {
        if (!(value > 0 && value <= 1)) {
            throw new LiftConfigurationException(PREFIX + property, value, "a number above 0 and at most 1");
        }
        return value;
    }

}
