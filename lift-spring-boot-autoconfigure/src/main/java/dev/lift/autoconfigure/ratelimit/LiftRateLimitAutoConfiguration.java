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

package dev.lift.autoconfigure.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.resilience.PatternOverrides.Setting;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.autoconfigure.tenancy.TenancyBounds;
import dev.lift.error.LiftConfigurationException;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.InstanceScope;
import dev.lift.ratelimit.LocalRateLimitStore;
import dev.lift.ratelimit.RateLimit;
import dev.lift.ratelimit.RateLimitFilter;
import dev.lift.ratelimit.RateLimitRules;
import dev.lift.ratelimit.RateLimitStore;
import dev.lift.ratelimit.dynamodb.DynamoDbRateLimitStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Rate limiting ({@code lift.rate-limit.enabled=true}): a {@link RateLimitFilter} in the chain with
 * the scoped limit and, when set, the global ceiling, counted in this JVM (resilience4j rate limiters,
 * bounded like all per-tenant state by {@code lift.tenancy.max-tracked-tenants}) or in DynamoDB.
 * Settings are checked at start-up.
 */
@AutoConfiguration(after = LiftTenancyAutoConfiguration.class,
        afterName = { "io.github.resilience4j.springboot3.ratelimiter.autoconfigure.RateLimiterAutoConfiguration",
        "io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("lift.rate-limit.enabled")
@EnableConfigurationProperties({ LiftRateLimitProperties.class, LiftTenancyProperties.class })
@Import({ LiftRateLimitAutoConfiguration.LocalStoreConfiguration.class,
        LiftRateLimitAutoConfiguration.DynamoDbStoreConfiguration.class })
public class LiftRateLimitAutoConfiguration {

    static final String PREFIX = "lift.rate-limit.";

    @Bean
    @ConditionalOnMissingBean
    RateLimitFilter liftRateLimitFilter(LiftRateLimitProperties properties, ObjectProvider<RateLimitStores> stores) {
        RateLimitStores factory = stores.getIfAvailable(() -> {
            throw new LiftConfigurationException(PREFIX + "store", "dynamodb",
                    "local, or dynamodb with software.amazon.awssdk:dynamodb on the classpath");
        });
        storeTimeout(properties);
        PatternOverrides<RateLimitSettings> overrides = new PatternOverrides<>("lift.rate-limit", null,
                new RateLimitSettings(properties.getLimitForPeriod(), properties.getPeriod()), properties.getOperations(),
                properties.getTenants());
        long globalLimit = properties.getGlobal().getLimitForPeriod();
        PropertyConstraints.require(globalLimit >= 0, PREFIX + "global.limit-for-period", globalLimit,
                "0 (no global ceiling) or a positive number of calls");
        RateLimit global = (globalLimit > 0) ? limit(new Setting<>(globalLimit, PREFIX + "global.limit-for-period"),
                new Setting<>(properties.getGlobal().getPeriod(), PREFIX + "global.period"), null) : null;
        InstanceScope scope = properties.getScope();
        List<RateLimitStore> chain = new ArrayList<>();
        chain.add(factory.create(scope.name().toLowerCase().replace('_', '-'),
                new RateLimitRules(overrides.keys(scope), overrides.resolveEach((key) -> limit(overrides, key, global)))));
        if (global != null) {
            chain.add(factory.create("global", RateLimitRules.of(InstanceScope.GLOBAL, global)));
        }
        return new RateLimitFilter(chain, properties.getFailurePolicy(), properties.isAllowedCallHeaders());
    }

    private static RateLimit limit(PatternOverrides<RateLimitSettings> overrides, InstanceKey key, RateLimit global) {
        return limit(overrides.setting(key, "limit-for-period", RateLimitSettings::limitForPeriod),
                overrides.setting(key, "period", RateLimitSettings::period), global);
    }

    /** A limit, no higher than the global ceiling when there is one. */
    private static RateLimit limit(Setting<Long> limitForPeriod, Setting<Duration> period, RateLimit global) {
        PropertyConstraints.atLeast(limitForPeriod.property(), limitForPeriod.value(), 1);
        PropertyConstraints.require(period.value() != null, period.property(), null, "a duration of 1ms or more");
        PropertyConstraints.atLeast(period.property(), period.value(), Duration.ofMillis(1));
        RateLimit limit = new RateLimit(limitForPeriod.value(), period.value());
        if (global != null && limit.perSecond() > global.perSecond()) {
            throw new LiftConfigurationException(limitForPeriod.property(), limit.limitForPeriod() + " per " + limit.period(),
                    "a rate no higher than the global ceiling lift.rate-limit.global (" + global.limitForPeriod()
                            + " per " + global.period() + ")");
        }
        return limit;
    }

    static Duration storeTimeout(LiftRateLimitProperties properties) {
        return PropertyConstraints.positive(PREFIX + "store-timeout", properties.getStoreTimeout(), "200ms");
    }

    /** Counts in this JVM. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "lift.rate-limit.store", havingValue = "local", matchIfMissing = true)
    static class LocalStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RateLimitStores liftLocalRateLimitStores(ObjectProvider<RateLimiterRegistry> registry,
                LiftTenancyProperties tenancy, LiftRateLimitProperties properties) {
            // The application's registry when resilience4j's starter made one, so its tooling sees Lift's limiters.
            RateLimiterRegistry limiters = registry.getIfAvailable(RateLimiterRegistry::ofDefaults);
            TenancyBounds bounds = TenancyBounds.of(tenancy);
            return (name, rules) -> new LocalRateLimitStore(name, rules, limiters, bounds.maxTrackedTenants(),
                    bounds.idleExpiry(), properties.isAllowedCallHeaders());
        }

    }

    /** Counts in DynamoDB. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "lift.rate-limit.store", havingValue = "dynamodb")
    @ConditionalOnClass(DynamoDbClient.class)
    static class DynamoDbStoreConfiguration {

        private static final String URL_CONNECTION_CLIENT = "software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient";

        /** The most time start-up waits for the store's warm-up; a slower one goes on in the background. */
        static final Duration WARM_UP_WAIT = Duration.ofSeconds(2);

        @Bean
        @ConditionalOnMissingBean
        DynamoDbClient liftRateLimitDynamoDbClient(LiftRateLimitProperties properties) {
            LiftRateLimitProperties.DynamoDb dynamodb = properties.getDynamodb();
            DynamoDbClientBuilder builder = DynamoDbClient.builder();
            if (ClassUtils.isPresent(URL_CONNECTION_CLIENT, DynamoDbStoreConfiguration.class.getClassLoader())) {
                // Light and quick to start on Lambda; chosen explicitly so another HTTP client on the
                // classpath does not make the SDK's discovery ambiguous.
                builder.httpClientBuilder(UrlConnectionClient.builder());
            }
            if (dynamodb.getEndpoint() != null) {
                builder.endpointOverride(dynamodb.getEndpoint());
            }
            if (StringUtils.hasText(dynamodb.getRegion())) {
                builder.region(Region.of(dynamodb.getRegion()));
            }
            return builder.build();
        }

        @Bean
        @ConditionalOnMissingBean
        RateLimitStores liftDynamoDbRateLimitStores(LiftRateLimitProperties properties, DynamoDbClient client) {
            String table = properties.getDynamodb().getTableName();
            PropertyConstraints.text(PREFIX + "dynamodb.table-name", table, "a DynamoDB table name");
            Duration timeout = storeTimeout(properties);
            return (name, rules) -> new DynamoDbRateLimitStore(name, rules, client, table, timeout, Clock.systemUTC());
        }

        /**
         * Makes the client's slow first call once the context is built (during Lambda's
         * initialisation, before a SnapStart snapshot), so that the first counted call honours
         * {@code store-timeout}; start-up waits for it at most {@link #WARM_UP_WAIT}.
         */
        @Bean
        @ConditionalOnMissingBean(name = "liftRateLimitStoreWarmUp")
        SmartInitializingSingleton liftRateLimitStoreWarmUp(LiftRateLimitProperties properties, DynamoDbClient client) {
            String table = properties.getDynamodb().getTableName();
            return () -> DynamoDbRateLimitStore.warmUp(client, table, WARM_UP_WAIT);
        }

    }

    /** Loaded only when url-connection-client is on the classpath. */
    static final class UrlConnectionClient {

        private UrlConnectionClient() {
        }

        static SdkHttpClient.Builder<?> builder() {
            return UrlConnectionHttpClient.builder();
        }

    }

}
