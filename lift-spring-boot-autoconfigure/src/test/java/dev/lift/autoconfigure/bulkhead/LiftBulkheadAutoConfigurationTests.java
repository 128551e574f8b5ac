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

package dev.lift.autoconfigure.bulkhead;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.bulkhead.BulkheadConfig;
import dev.lift.bulkhead.BulkheadFilter;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftInvoker;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.priority.LiftPriorityResolver;
import dev.lift.priority.PriorityPolicy;
import dev.lift.tenancy.LiftRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.lift.autoconfigure.LiftConfigurationFailures.assertLiftConfigurationFailure;
import static org.assertj.core.api.Assertions.assertThat;

class LiftBulkheadAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(LiftBulkheadAutoConfiguration.class, LiftTenancyAutoConfiguration.class,
                    LiftChainAutoConfiguration.class));

    @Test
    void isOffUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LiftBulkhead.class)
            .doesNotHaveBean(BulkheadFilter.class)
            .doesNotHaveBean(PriorityPolicy.class));
    }

    @Test
    void isOffWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false", "lift.bulkhead.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(LiftBulkhead.class));
    }

    @Test
    void whenEnabledTheFilterJoinsTheChainWithTheBasicPreset() {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true").run((context) -> {
            assertThat(context).hasSingleBean(LiftBulkhead.class).hasSingleBean(BulkheadFilter.class);
            assertThat(context.getBean(LiftChain.class).filters()).extracting(LiftFilter::name)
                .containsExactly("context", "bulkhead");
            BulkheadConfig config = context.getBean(LiftBulkhead.class).config();
            assertThat(config.limit(BulkheadLevel.GLOBAL, InstanceKey.GLOBAL)).isEqualTo(100);
            assertThat(config.hasLevel(BulkheadLevel.TENANT)).isFalse();
            assertThat(config.hasLevel(BulkheadLevel.OPERATION)).isFalse();
            assertThat(config.maxWait(call(null, "any"))).isZero();
            assertThat(config.rejectionStatus()).isEqualTo(503);
            assertThat(config.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            assertThat(config.priorityOrdering()).isFalse();
            assertThat(config.maxTrackedKeys()).isEqualTo(1000);
        });
    }

    @Test
    void presetsSetTheirLimitsAndPropertiesOverrideThem() {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.preset=tenant")
            .run((context) -> {
                BulkheadConfig config = context.getBean(LiftBulkhead.class).config();
                assertThat(config.limit(BulkheadLevel.TENANT, new InstanceKey("acme", null))).isEqualTo(10);
                assertThat(config.hasLevel(BulkheadLevel.OPERATION)).isFalse();
            });
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.preset=operation")
            .run((context) -> assertThat(context.getBean(LiftBulkhead.class).config()
                .limit(BulkheadLevel.OPERATION, new InstanceKey(null, "orders"))).isEqualTo(25));
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.preset=priority")
            .run((context) -> {
                BulkheadConfig config = context.getBean(LiftBulkhead.class).config();
                assertThat(config.priorityOrdering()).isTrue();
                assertThat(config.maxWait(call(null, "orders"))).isEqualTo(Duration.ofMillis(500));
            });
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.preset=priority",
                    "lift.bulkhead.max-concurrent=40", "lift.bulkhead.max-wait=0",
                    "lift.bulkhead.priority.enabled=false")
            .run((context) -> {
                BulkheadConfig config = context.getBean(LiftBulkhead.class).config();
                assertThat(config.limit(BulkheadLevel.GLOBAL, InstanceKey.GLOBAL)).isEqualTo(40);
                assertThat(config.priorityOrdering()).isFalse();
                assertThat(config.maxWait(call(null, "orders"))).isZero();
            });
    }

    @Test
    void tenantAndOperationEntriesOverrideTheirLevel() {
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.tenant-max-concurrent=5",
                    "lift.bulkhead.tenants.vip.max-concurrent=50", "lift.bulkhead.operations.reports.max-concurrent=2",
                    "lift.bulkhead.operations.reports.max-wait=2s", "lift.bulkhead.rejection-status=429",
                    "lift.bulkhead.retry-after=0", "lift.tenancy.max-tracked-tenants=77")
            .run((context) -> {
                BulkheadConfig config = context.getBean(LiftBulkhead.class).config();
                assertThat(config.limit(BulkheadLevel.TENANT, new InstanceKey("vip", null))).isEqualTo(50);
                assertThat(config.limit(BulkheadLevel.TENANT, new InstanceKey("acme", null))).isEqualTo(5);
                assertThat(config.limit(BulkheadLevel.OPERATION, new InstanceKey(null, "reports"))).isEqualTo(2);
                assertThat(config.limit(BulkheadLevel.OPERATION, new InstanceKey(null, "orders"))).isZero();
                assertThat(config.maxWait(call(null, "reports"))).isEqualTo(Duration.ofSeconds(2));
                assertThat(config.rejectionStatus()).isEqualTo(429);
                assertThat(config.retryAfter()).isNull();
                assertThat(config.maxTrackedKeys()).isEqualTo(77);
            });
    }

    @Test
    void maxWaitComesFromTheTenantThenTheOperationThenTheTopLevelThenThePreset() {
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.preset=priority",
                    "lift.bulkhead.operations.reports.max-wait=2s", "lift.bulkhead.tenants.vip.max-wait=0")
            .run((context) -> {
                BulkheadConfig config = context.getBean(LiftBulkhead.class).config();
                assertThat(config.maxWait(call("vip", "reports"))).isZero();
                assertThat(config.maxWait(call("acme", "reports"))).isEqualTo(Duration.ofSeconds(2));
                assertThat(config.maxWait(call("acme", "orders"))).isEqualTo(Duration.ofMillis(500));
                assertThat(config.limit(BulkheadLevel.TENANT, new InstanceKey("vip", null))).isZero();
            });
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.preset=priority",
                "lift.bulkhead.max-wait=50ms")
            .run((context) -> assertThat(context.getBean(LiftBulkhead.class).config().maxWait(call("acme", "orders")))
                .isEqualTo(Duration.ofMillis(50)));
    }

    @Test
    void gaugesGoToTheMeterRegistryWhenThereIsOne() {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> assertThat(context.getBean(MeterRegistry.class)
                .find("lift.bulkhead.permits.available")
                .tag("pool", "global")
                .gauge()
                .value()).isEqualTo(100));
    }

    @Test
    void userBeansReplaceLiftsOwn() {
        LiftBulkhead own = new LiftBulkhead(BulkheadConfig.builder().limit(BulkheadLevel.GLOBAL, 3).build(), null);
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true")
            .withBean("myBulkhead", LiftBulkhead.class, () -> own)
            .withBean("myResolver", LiftPriorityResolver.class, () -> (request) -> 99)
            .run((context) -> {
                assertThat(context).hasSingleBean(LiftBulkhead.class).hasBean("myBulkhead");
                assertThat(context.getBean(BulkheadFilter.class).bulkhead()).isSameAs(own);
                assertThat(context.getBean(PriorityPolicy.class).resolve(request(Map.of(), null))).isEqualTo(10);
            });
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true")
            .withBean("myFilter", BulkheadFilter.class, () -> new BulkheadFilter(own))
            .run((context) -> assertThat(context).hasSingleBean(BulkheadFilter.class).hasBean("myFilter"));
    }

    @Test
    void priorityComesFromTheConfiguredSourceCappedAtTheMaximum() {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true").run((context) -> assertThat(context
            .getBean(PriorityPolicy.class)
            .resolve(request(Map.of("X-Lift-Priority", "5"), null))).as("no source by default").isZero());
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.priority.source=header",
                    "lift.bulkhead.priority.max=3")
            .run((context) -> {
                PriorityPolicy policy = context.getBean(PriorityPolicy.class);
                assertThat(policy.resolve(request(Map.of("X-Lift-Priority", "2"), null))).isEqualTo(2);
                assertThat(policy.resolve(request(Map.of("X-Lift-Priority", "9"), null))).isEqualTo(3);
            });
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.priority.source=event-field",
                    "lift.bulkhead.priority.event-field=/detail/priority")
            .run((context) -> assertThat(context.getBean(PriorityPolicy.class)
                .resolve(request(Map.of(), new ObjectMapper().readTree("{\"detail\":{\"priority\":4}}"))))
                .isEqualTo(4));
    }

    @Test
    void entryPointsGiveEachCallTheResolvedPriority() {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.priority.source=header")
            .run((context) -> assertThat(context.getBean(LiftInvoker.class)
                .invoke(request(Map.of("X-Lift-Priority", "3"), null), LiftContext.builder("r", "orders"), null,
                        (invocation) -> invocation.context().priority())).isEqualTo(3));
    }

    @Test
    void badValuesFailAtStartUpNamingPropertyValueAndAcceptedRange() {
        assertFails("lift.bulkhead.max-concurrent=-1", "lift.bulkhead.max-concurrent", "-1", "0 (level off)");
        assertFails("lift.bulkhead.tenant-max-concurrent=-2", "lift.bulkhead.tenant-max-concurrent", "-2", "up to");
        assertFails("lift.bulkhead.tenant-max-concurrent=200", "lift.bulkhead.tenant-max-concurrent", "200",
                "up to lift.bulkhead.max-concurrent (100)");
        assertFails("lift.bulkhead.operation-max-concurrent=101", "lift.bulkhead.operation-max-concurrent", "101",
                "up to lift.bulkhead.max-concurrent (100)");
        assertFails("lift.bulkhead.tenants.vip.max-concurrent=500", "lift.bulkhead.tenants.vip.max-concurrent", "500",
                "from 1 up to");
        assertFails("lift.bulkhead.tenants.vip.max-concurrent=0", "lift.bulkhead.tenants.vip.max-concurrent", "0",
                "from 1");
        assertFails("lift.bulkhead.operations.reports.max-concurrent=0",
                "lift.bulkhead.operations.reports.max-concurrent", "0", "from 1");
        assertFails("lift.bulkhead.max-wait=-1s", "lift.bulkhead.max-wait", "PT-1S", "0 or more");
        assertFails("lift.bulkhead.operations.reports.max-wait=-5ms", "lift.bulkhead.operations.reports.max-wait",
                "PT-0.005S", "0 or more");
        assertFails("lift.bulkhead.rejection-status=500", "lift.bulkhead.rejection-status", "500", "503 or 429");
        assertFails("lift.bulkhead.retry-after=-1s", "lift.bulkhead.retry-after", "PT-1S", "0 or more");
        assertFails("lift.bulkhead.priority.max=-1", "lift.bulkhead.priority.max", "-1", "0 or more");
        assertFails("lift.bulkhead.max-concurrent=0", "lift.bulkhead.max-concurrent", "0", "at least one level");
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.priority.source=event-field",
                    "lift.bulkhead.priority.event-field=priority")
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(),
                    "lift.bulkhead.priority.event-field", "priority", "starting with '/'"));
    }

    @Test
    void withoutAGlobalLevelATenantLimitHasNoUpperBound() {
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.max-concurrent=0",
                    "lift.bulkhead.tenant-max-concurrent=500")
            .run((context) -> assertThat(context.getBean(LiftBulkhead.class).config().hasLevel(BulkheadLevel.GLOBAL))
                .isFalse());
    }

    private void assertFails(String setting, String property, String value, String accepted) {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", setting)
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), property, value, accepted));
    }

    private static LiftRequest request(Map<String, String> headers, JsonNode event) {
        return LiftRequest.of(headers, event, null);
    }

    private static LiftContext call(String tenant, String operation) {
        LiftContext.Builder context = LiftContext.builder("request", operation);
        return ((tenant != null) ? context.tenantId(tenant) : context).build();
    }

}
