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

package dev.lift.autoconfigure;

import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static dev.lift.autoconfigure.SpringBootUnderTest.HEALTH_CONTRIBUTOR;
import static dev.lift.autoconfigure.SpringBootUnderTest.HEALTH_ENDPOINT;
import static dev.lift.autoconfigure.SpringBootUnderTest.JACKSON;
import static dev.lift.autoconfigure.SpringBootUnderTest.autoConfigurations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code lift.*} key with a value Lift cannot use fails start-up, and the message users see
 * (the registered {@link FailureAnalyzer}s, as Spring Boot prints them) names the key, the refused
 * value and what is accepted. All Lift auto-configurations run, every pattern switched on, so a key
 * is checked wherever it is read; {@link #theBaselineStarts()} proves each row fails because of its
 * own value.
 * <p>
 * A row: the properties to set (separated by {@code ;}), the key the message names, the value as
 * the message shows it, and a part of what the message says is accepted.
 */
class InvalidConfigurationTests {

    /** Every pattern on; values here are valid so that a row's own value is what fails. */
    private static final String[] BASELINE = { "lift.bulkhead.enabled=true", "lift.circuit-breaker.enabled=true",
            "lift.retry.enabled=true", "lift.timeout.enabled=true" };

    private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
        .withConfiguration(LiftAutoConfigurations.all())
        .withConfiguration(autoConfigurations(JACKSON, HEALTH_CONTRIBUTOR, HEALTH_ENDPOINT))
        .withPropertyValues(BASELINE)
        // So that the background health checks, and their settings, are configured too.
        .withBean("databaseCheck", LiftHealthCheck.class,
                () -> LiftHealthCheck.of("database", HealthCheckResult::up))
        // As Spring Boot runs it before the context: the switches are read by conditions, not bound.
        .withInitializer((context) -> new LiftSwitchesEnvironmentPostProcessor()
            .postProcessEnvironment(context.getEnvironment(), new SpringApplication()));

    @Test
    void theBaselineStarts() {
        this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # lift.tenancy
            lift.tenancy.sources=cookie                                  | lift.tenancy.sources                     | cookie        | HEADER
            lift.tenancy.allowed-pattern=[a-z                            | lift.tenancy.allowed-pattern             | [a-z          | a Java regular expression
            lift.tenancy.allowed-pattern=                                | lift.tenancy.allowed-pattern             | ''            | a Java regular expression
            lift.tenancy.default-tenant=not valid!                       | lift.tenancy.default-tenant              | not valid!    | matching lift.tenancy.allowed-pattern
            lift.tenancy.sources=event-field                             | lift.tenancy.event-field                 | null          | a JSON pointer
            lift.tenancy.sources=event-field;lift.tenancy.event-field=detail | lift.tenancy.event-field             | detail        | starting with '/'
            lift.tenancy.sources=header;lift.tenancy.header-name=        | lift.tenancy.header-name                 | ''            | an HTTP header name
            lift.tenancy.sources=header;lift.tenancy.header-name=X Tenant | lift.tenancy.header-name                | X Tenant      | an HTTP header name
            lift.tenancy.claim-name=                                     | lift.tenancy.claim-name                  | ''            | a claim name
            lift.tenancy.max-tracked-tenants=0                           | lift.tenancy.max-tracked-tenants         | 0             | an integer of 1 or more
            lift.tenancy.max-tracked-tenants=-5                          | lift.tenancy.max-tracked-tenants         | -5            | an integer of 1 or more
            lift.tenancy.max-tracked-tenants=many                        | lift.tenancy.max-tracked-tenants         | many          | int
            lift.tenancy.tracked-tenant-idle-expiry=0s                   | lift.tenancy.tracked-tenant-idle-expiry  | PT0S          | a positive duration
            lift.tenancy.tracked-tenant-idle-expiry=-1s                  | lift.tenancy.tracked-tenant-idle-expiry  | PT-1S         | a positive duration
            lift.tenancy.required=maybe                                  | lift.tenancy.required                    | maybe         | boolean
            # lift.web
            lift.web.deadline=-1s                                        | lift.web.deadline                        | PT-1S         | a positive duration
            lift.web.deadline=0s                                         | lift.web.deadline                        | PT0S          | a positive duration
            lift.web.excluded-paths=actuator                             | lift.web.excluded-paths                  | actuator      | starting with '/'
            lift.web.excluded-paths=/actuator,/                          | lift.web.excluded-paths                  | /             | a path prefix
            lift.web.filter-order=first                                  | lift.web.filter-order                    | first         | int
            # lift.bulkhead
            lift.bulkhead.preset=huge                                    | lift.bulkhead.preset                     | huge          | PRIORITY
            lift.bulkhead.max-concurrent=-1                              | lift.bulkhead.max-concurrent             | -1            | 0 (level off) or a number of permits
            lift.bulkhead.max-concurrent=0                               | lift.bulkhead.max-concurrent             | 0             | at least one level
            lift.bulkhead.tenant-max-concurrent=-1                       | lift.bulkhead.tenant-max-concurrent      | -1            | 0 (level off) or a number of permits
            lift.bulkhead.tenant-max-concurrent=101                      | lift.bulkhead.tenant-max-concurrent      | 101           | up to lift.bulkhead.max-concurrent (100)
            lift.bulkhead.operation-max-concurrent=-2                    | lift.bulkhead.operation-max-concurrent   | -2            | 0 (level off) or a number of permits
            lift.bulkhead.operation-max-concurrent=500                   | lift.bulkhead.operation-max-concurrent   | 500           | up to lift.bulkhead.max-concurrent (100)
            lift.bulkhead.max-wait=-10ms                                 | lift.bulkhead.max-wait                   | PT-0.01S      | a duration of 0 or more
            lift.bulkhead.rejection-status=500                           | lift.bulkhead.rejection-status           | 500           | 503 or 429
            lift.bulkhead.retry-after=-1s                                | lift.bulkhead.retry-after                | PT-1S         | a duration of 0 or more
            lift.bulkhead.tenants.acme.max-concurrent=0                  | lift.bulkhead.tenants.acme.max-concurrent | 0            | a number of permits from 1
            lift.bulkhead.tenants.acme.max-concurrent=101                | lift.bulkhead.tenants.acme.max-concurrent | 101          | up to lift.bulkhead.max-concurrent (100)
            lift.bulkhead.operations.orders.max-concurrent=0             | lift.bulkhead.operations.orders.max-concurrent | 0       | a number of permits from 1
            lift.bulkhead.operations.orders.max-concurrent=101           | lift.bulkhead.operations.orders.max-concurrent | 101     | up to lift.bulkhead.max-concurrent (100)
            lift.bulkhead.operations.orders.max-wait=-1ms                | lift.bulkhead.operations.orders.max-wait | PT-0.001S     | a duration of 0 or more
            lift.bulkhead.tenants.acme.max-wait=-1ms                     | lift.bulkhead.tenants.acme.max-wait      | PT-0.001S     | a duration of 0 or more
            lift.bulkhead.priority.source=cookie                         | lift.bulkhead.priority.source            | cookie        | EVENT_FIELD
            lift.bulkhead.priority.source=header;lift.bulkhead.priority.header-name= | lift.bulkhead.priority.header-name | ''  | an HTTP header name
            lift.bulkhead.priority.source=header;lift.bulkhead.priority.header-name=X:Priority | lift.bulkhead.priority.header-name | X:Priority | an HTTP header name
            lift.bulkhead.priority.source=event-field;lift.bulkhead.priority.event-field=priority | lift.bulkhead.priority.event-field | priority | starting with '/'
            lift.bulkhead.priority.max=-1                                | lift.bulkhead.priority.max               | -1            | a priority of 0 or more
            # lift.circuit-breaker
            lift.circuit-breaker.preset=huge                             | lift.circuit-breaker.preset              | huge          | ADVANCED
            lift.circuit-breaker.scope=planet                            | lift.circuit-breaker.scope               | planet        | TENANT_OPERATION
            lift.circuit-breaker.sliding-window-type=SESSION             | lift.circuit-breaker.sliding-window-type | SESSION       | TIME_BASED
            lift.circuit-breaker.sliding-window-size=0                   | lift.circuit-breaker.sliding-window-size | 0             | an integer of 1 or more
            lift.circuit-breaker.minimum-number-of-calls=0               | lift.circuit-breaker.minimum-number-of-calls | 0         | an integer of 1 or more
            lift.circuit-breaker.sliding-window-size=10;lift.circuit-breaker.minimum-number-of-calls=20 | lift.circuit-breaker.minimum-number-of-calls | 20 | at most lift.circuit-breaker.sliding-window-size (10)
            lift.circuit-breaker.failure-rate-threshold=0                | lift.circuit-breaker.failure-rate-threshold | 0.0        | a percentage above 0 and at most 100
            lift.circuit-breaker.failure-rate-threshold=101              | lift.circuit-breaker.failure-rate-threshold | 101.0      | a percentage above 0 and at most 100
            lift.circuit-breaker.slow-call-rate-threshold=-5             | lift.circuit-breaker.slow-call-rate-threshold | -5.0     | a percentage above 0 and at most 100
            lift.circuit-breaker.slow-call-duration-threshold=0ms        | lift.circuit-breaker.slow-call-duration-threshold | PT0S | a duration of 1ms or more
            lift.circuit-breaker.wait-duration-in-open-state=-1s         | lift.circuit-breaker.wait-duration-in-open-state | PT-1S | a duration of 1ms or more
            lift.circuit-breaker.permitted-number-of-calls-in-half-open-state=0 | lift.circuit-breaker.permitted-number-of-calls-in-half-open-state | 0 | an integer of 1 or more
            lift.circuit-breaker.record-statuses=6xx                     | lift.circuit-breaker.record-statuses     | 6xx           | 5xx
            lift.circuit-breaker.record-statuses=abc                     | lift.circuit-breaker.record-statuses     | abc           | 5xx
            lift.circuit-breaker.record-exceptions=com.example.NoSuchException | lift.circuit-breaker.record-exceptions | com.example.NoSuchException | java.lang.Class
            lift.circuit-breaker.fallback=noSuchBean                     | lift.circuit-breaker.fallback            | noSuchBean    | the name of a LiftFallback bean
            lift.circuit-breaker.base-config=noSuchConfig                | lift.circuit-breaker.base-config         | noSuchConfig  | resilience4j.circuitbreaker.configs
            lift.circuit-breaker.tenants.acme.base-config=noSuchConfig   | lift.circuit-breaker.tenants.acme.base-config | noSuchConfig | resilience4j.circuitbreaker.configs
            lift.circuit-breaker.tenants.acme.failure-rate-threshold=0   | lift.circuit-breaker.tenants.acme.failure-rate-threshold | 0.0 | a percentage above 0 and at most 100
            lift.circuit-breaker.operations.orders.sliding-window-size=-1 | lift.circuit-breaker.operations.orders.sliding-window-size | -1 | an integer of 1 or more
            # lift.retry
            lift.retry.preset=forever                                    | lift.retry.preset                        | forever       | DATABASE
            lift.retry.scope=planet                                      | lift.retry.scope                         | planet        | TENANT_OPERATION
            lift.retry.strategy=random                                   | lift.retry.strategy                      | random        | EXPONENTIAL
            lift.retry.max-attempts=0                                    | lift.retry.max-attempts                  | 0             | an integer of 1 or more
            lift.retry.initial-delay=0ms                                 | lift.retry.initial-delay                 | PT0S          | a duration of 1ms or more
            lift.retry.max-delay=-1s                                     | lift.retry.max-delay                     | PT-1S         | a duration of 1ms or more
            lift.retry.initial-delay=2s;lift.retry.max-delay=1s          | lift.retry.max-delay                     | PT1S          | no shorter than initial-delay
            lift.retry.multiplier=0.5                                    | lift.retry.multiplier                    | 0.5           | a number of 1 or more
            lift.retry.jitter=1.5                                        | lift.retry.jitter                        | 1.5           | a number from 0 to 1
            lift.retry.strategy=custom                                   | lift.retry.custom-backoff                | null          | the name of an IntervalFunction or IntervalBiFunction bean
            lift.retry.custom-backoff=noSuchBean                         | lift.retry.custom-backoff                | noSuchBean    | the name of an IntervalFunction or IntervalBiFunction bean
            lift.retry.retry-statuses=99                                 | lift.retry.retry-statuses                | 99            | 5xx
            lift.retry.ignore-statuses=5xy                               | lift.retry.ignore-statuses               | 5xy           | 5xx
            lift.retry.base-config=noSuchConfig                          | lift.retry.base-config                   | noSuchConfig  | resilience4j.retry.configs
            lift.retry.safety-margin=-1ms                                | lift.retry.safety-margin                 | PT-0.001S     | a duration of 0ms or more
            lift.retry.budget.percent=-1                                 | lift.retry.budget.percent                | -1.0          | a percentage from 0 to 1000
            lift.retry.budget.percent=2000                               | lift.retry.budget.percent                | 2000.0        | a percentage from 0 to 1000
            lift.retry.budget.min-retries-per-second=-1                  | lift.retry.budget.min-retries-per-second | -1            | zero or more
            lift.retry.budget.window=10ms                                | lift.retry.budget.window                 | PT0.01S       | a duration of 100ms or more
            lift.retry.tenants.acme.max-attempts=0                       | lift.retry.tenants.acme.max-attempts     | 0             | an integer of 1 or more
            lift.retry.operations.orders.jitter=-0.1                     | lift.retry.operations.orders.jitter      | -0.1          | a number from 0 to 1
            # lift.timeout
            lift.timeout.preset=glacial                                  | lift.timeout.preset                      | glacial       | DEADLINE
            lift.timeout.default-timeout=-1s                             | lift.timeout.default-timeout             | PT-1S         | a duration of 0 or more
            lift.timeout.lambda-safety-margin=-1ms                       | lift.timeout.lambda-safety-margin        | PT-0.001S     | a duration of 0 or more
            lift.timeout.operations.orders.timeout=-5s                   | lift.timeout.operations.orders.timeout   | PT-5S         | a duration of 0 or more
            lift.timeout.tenants.acme.timeout=-1s                        | lift.timeout.tenants.acme.timeout        | PT-1S         | a duration of 0 or more
            # lift.tracing
            lift.tracing.exporter=jaeger                                 | lift.tracing.exporter                    | jaeger        | OTLP
            lift.tracing.exporter=xray;lift.tracing.xray.daemon-address=localhost | lift.tracing.xray.daemon-address | localhost | host:port
            lift.tracing.exporter=xray;lift.tracing.xray.daemon-address=127.0.0.1:70000 | lift.tracing.xray.daemon-address | 127.0.0.1:70000 | host:port
            lift.tracing.exporter=xray;lift.tracing.xray.max-queue-size=0 | lift.tracing.xray.max-queue-size | 0            | an integer of 1 or more
            # lift.load-shedding
            lift.load-shedding.enabled=true;lift.load-shedding.strategy=coinflip | lift.load-shedding.strategy | coinflip | PRIORITY
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=tcp | lift.load-shedding.algorithm    | tcp           | GRADIENT2
            lift.load-shedding.enabled=true;lift.load-shedding.initial-limit=0 | lift.load-shedding.initial-limit | 0          | a number between min-limit (1) and max-limit (1000)
            lift.load-shedding.enabled=true;lift.load-shedding.min-limit=0 | lift.load-shedding.min-limit       | 0             | an integer of 1 or more
            lift.load-shedding.enabled=true;lift.load-shedding.max-limit=-1 | lift.load-shedding.max-limit      | -1            | a number at least min-limit (1)
            lift.load-shedding.enabled=true;lift.load-shedding.min-limit=50;lift.load-shedding.max-limit=10 | lift.load-shedding.max-limit | 10 | a number at least min-limit (50)
            lift.load-shedding.enabled=true;lift.load-shedding.initial-limit=5000 | lift.load-shedding.initial-limit | 5000 | a number between min-limit (1) and max-limit (1000)
            lift.load-shedding.enabled=true;lift.load-shedding.max-shedding-rate=1.5 | lift.load-shedding.max-shedding-rate | 1.5 | a number from 0 to 1
            lift.load-shedding.enabled=true;lift.load-shedding.shedding-rate-window=0s | lift.load-shedding.shedding-rate-window | PT0S | a positive duration
            lift.load-shedding.enabled=true;lift.load-shedding.retry-after=-1s | lift.load-shedding.retry-after | PT-1S         | a positive duration
            lift.load-shedding.enabled=true;lift.load-shedding.strategy=random;lift.load-shedding.random.probability=2 | lift.load-shedding.random.probability | 2.0 | a number from 0 to 1
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=aimd;lift.load-shedding.aimd.backoff-ratio=0.1 | lift.load-shedding.aimd.backoff-ratio | 0.1 | a number from 0.5 up to, not including, 1.0
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=aimd;lift.load-shedding.aimd.timeout=0s | lift.load-shedding.aimd.timeout | PT0S | a positive duration
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=gradient2;lift.load-shedding.gradient2.smoothing=3 | lift.load-shedding.gradient2.smoothing | 3.0 | a number from 0 to 1
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=gradient2;lift.load-shedding.gradient2.rtt-tolerance=0.5 | lift.load-shedding.gradient2.rtt-tolerance | 0.5 | a number of at least 1.0
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=gradient2;lift.load-shedding.gradient2.long-window=0 | lift.load-shedding.gradient2.long-window | 0 | an integer of 1 or more
            lift.load-shedding.enabled=true;lift.load-shedding.algorithm=gradient2;lift.load-shedding.gradient2.queue-size=-1 | lift.load-shedding.gradient2.queue-size | -1 | an integer of 0 or more
            lift.load-shedding.enabled=true;lift.load-shedding.vegas.smoothing=-1 | lift.load-shedding.vegas.smoothing | -1.0 | a number from 0 to 1
            lift.load-shedding.enabled=true;lift.load-shedding.vegas.probe-multiplier=0 | lift.load-shedding.vegas.probe-multiplier | 0 | an integer of 1 or more
            # lift.rate-limit
            lift.rate-limit.enabled=true;lift.rate-limit.limit-for-period=0 | lift.rate-limit.limit-for-period | 0             | an integer of 1 or more
            lift.rate-limit.enabled=true;lift.rate-limit.period=0s      | lift.rate-limit.period                   | PT0S          | a duration of 1ms or more
            lift.rate-limit.enabled=true;lift.rate-limit.scope=planet   | lift.rate-limit.scope                    | planet        | TENANT_OPERATION
            lift.rate-limit.enabled=true;lift.rate-limit.store=redis    | lift.rate-limit.store                    | redis         | DYNAMODB
            lift.rate-limit.enabled=true;lift.rate-limit.failure-policy=shrug | lift.rate-limit.failure-policy     | shrug         | FAIL_CLOSED
            lift.rate-limit.enabled=true;lift.rate-limit.store-timeout=0ms | lift.rate-limit.store-timeout         | PT0S          | a positive duration
            lift.rate-limit.enabled=true;lift.rate-limit.global.limit-for-period=-1 | lift.rate-limit.global.limit-for-period | -1  | 0 (no global ceiling) or a positive number of calls
            lift.rate-limit.enabled=true;lift.rate-limit.global.limit-for-period=50 | lift.rate-limit.limit-for-period | 100 per PT1S | a rate no higher than the global ceiling lift.rate-limit.global (50 per PT1S)
            lift.rate-limit.enabled=true;lift.rate-limit.global.limit-for-period=50;lift.rate-limit.limit-for-period=10;lift.rate-limit.tenants.acme.limit-for-period=60 | lift.rate-limit.tenants.acme.limit-for-period | 60 per PT1S | a rate no higher than the global ceiling
            lift.rate-limit.enabled=true;lift.rate-limit.global.limit-for-period=1000;lift.rate-limit.global.period=-1s | lift.rate-limit.global.period         | PT-1S         | a duration of 1ms or more
            lift.rate-limit.enabled=true;lift.rate-limit.tenants.acme.limit-for-period=-5 | lift.rate-limit.tenants.acme.limit-for-period | -5 | an integer of 1 or more
            lift.rate-limit.enabled=true;lift.rate-limit.operations.orders.period=0s | lift.rate-limit.operations.orders.period | PT0S | a duration of 1ms or more
            lift.rate-limit.enabled=true;lift.rate-limit.store=dynamodb;lift.rate-limit.dynamodb.region=eu-west-1;lift.rate-limit.dynamodb.table-name= | lift.rate-limit.dynamodb.table-name | '' | a DynamoDB table name
            lift.rate-limit.enabled=true;lift.rate-limit.store=dynamodb;lift.rate-limit.dynamodb.endpoint=not a uri | lift.rate-limit.dynamodb.endpoint | not a uri | java.net.URI
            # lift.metrics and lift.logging
            lift.metrics.exporter=carrier-pigeon                        | lift.metrics.exporter                    | carrier-pigeon | EMF
            lift.metrics.namespace=                                      | lift.metrics.namespace                   | ''            | 1 to 255 characters
            lift.metrics.namespace=AWS/Lambda                            | lift.metrics.namespace                   | AWS/Lambda    | not starting with AWS/
            lift.metrics.step=0s                                         | lift.metrics.step                        | PT0S          | a positive duration
            lift.metrics.dimensions.=x                                   | lift.metrics.dimensions                  | x             | java.util.Map
            lift.logging.sample-rate=1.5                                 | lift.logging.sample-rate                 | 1.5           | a number from 0 to 1
            lift.logging.sample-rate=-0.1                                | lift.logging.sample-rate                 | -0.1          | a number from 0 to 1
            lift.web.max-replay-body-size=-1                             | lift.web.max-replay-body-size            | -1            | a size in bytes
            # lift.health
            lift.health.max-detail-entries=-1                            | lift.health.max-detail-entries           | -1            | an integer of 0 or more
            lift.health.checks.interval=0s                               | lift.health.checks.interval              | PT0S          | a positive duration
            lift.health.checks.timeout=-1s                               | lift.health.checks.timeout               | PT-1S         | a positive duration
            lift.health.checks.failure-threshold=0                       | lift.health.checks.failure-threshold     | 0             | an integer of 1 or more
            lift.health.checks.open-wait=0s                              | lift.health.checks.open-wait             | PT0S          | a positive duration
            lift.health.checks.down-status=                              | lift.health.checks.down-status           | ''            | a health status code
            lift.health.circuit-breakers.open-status=                    | lift.health.circuit-breakers.open-status | ''            | a health status code
            lift.health.bulkheads.saturation-threshold=0                 | lift.health.bulkheads.saturation-threshold | 0.0         | a number above 0 and at most 1
            lift.health.bulkheads.saturation-threshold=1.5               | lift.health.bulkheads.saturation-threshold | 1.5         | a number above 0 and at most 1
            lift.health.bulkheads.saturated-status=                      | lift.health.bulkheads.saturated-status   | ''            | a health status code
            lift.load-shedding.enabled=true;lift.health.load-shedding.window=0s | lift.health.load-shedding.window  | PT0S          | a positive duration
            lift.load-shedding.enabled=true;lift.health.load-shedding.min-calls=0 | lift.health.load-shedding.min-calls | 0           | an integer of 1 or more
            lift.load-shedding.enabled=true;lift.health.load-shedding.hard-shed-ratio=2 | lift.health.load-shedding.hard-shed-ratio | 2.0 | a number above 0 and at most 1
            lift.load-shedding.enabled=true;lift.health.load-shedding.shedding-status= | lift.health.load-shedding.shedding-status | '' | a health status code
            lift.rate-limit.enabled=true;lift.health.rate-limit-store.down-status= | lift.health.rate-limit-store.down-status | '' | a health status code
            lift.tracing.exporter=xray;lift.health.tracing.window=0s     | lift.health.tracing.window               | PT0S          | a positive duration
            lift.tracing.exporter=xray;lift.health.tracing.dropping-status= | lift.health.tracing.dropping-status   | ''            | a health status code
            # lift
            lift.enabled=sometimes                                       | lift.enabled                             | sometimes     | true or false
            lift.bulkhead.enabled=yes                                    | lift.bulkhead.enabled                    | yes           | true or false
            lift.tracing.enabled=off                                     | lift.tracing.enabled                     | off           | true or false
            lift.retry.budget.enabled=1                                  | lift.retry.budget.enabled                | 1             | true or false
            """)
    void anInvalidValueFailsStartUpNamingTheKeyTheValueAndWhatIsAccepted(String properties, String key, String value,
            String accepted) {
        this.contextRunner.withPropertyValues(properties.split(";")).run((context) -> {
            assertThat(context).as("start-up with %s", properties).hasFailed();
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis).as("a registered failure analyzer explains %s", context.getStartupFailure())
                .isNotNull();
            String message = analysis.getDescription() + "\n" + analysis.getAction();
            assertThat(message).contains(key).contains(value).contains(accepted);
        });
    }

    private static FailureAnalysis analyze(Throwable failure) {
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(),
                    SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
                    }))) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }

}
