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

import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.bulkhead.BulkheadPermits;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.context.LiftContext;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * {@code liftBulkheads}: saturation per level, per-tenant pools not named.
 */
class BulkheadsHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftBulkheadHealthAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, LiftBulkheadAutoConfiguration.class));

    @Test
    void absentWithoutTheBulkhead() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(BulkheadStates.class)
            .doesNotHaveBean("liftBulkheadsHealthIndicator"));
    }

    @Test
    void saturationPerLevelAndTheSaturatedStatusForTheGlobalPool() {
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.bulkhead.max-concurrent=2",
                    "lift.bulkhead.tenant-max-concurrent=1", "lift.health.bulkheads.saturated-status=OUT_OF_SERVICE")
            .run((context) -> {
                LiftBulkhead bulkhead = context.getBean(LiftBulkhead.class);
                try (BulkheadPermits acme = bulkhead.acquire(call("acme", "orders"))) {
                    LiftHealth half = health(context, "liftBulkheadsHealthIndicator");
                    assertThat(half.status()).isEqualTo(LiftHealth.UP);
                    assertThat(half.details().get("levels")).asInstanceOf(MAP)
                        .extractingByKey("tenant")
                        .asInstanceOf(MAP)
                        .containsEntry("pools", 1)
                        .containsEntry("maxSaturation", 1.0)
                        .doesNotContainKey("instances");
                    try (BulkheadPermits globex = bulkhead.acquire(call("globex", "orders"))) {
                        LiftHealth full = health(context, "liftBulkheadsHealthIndicator");
                        assertThat(full.status()).isEqualTo(LiftHealth.OUT_OF_SERVICE);
                        assertThat(full.details().get("levels")).asInstanceOf(MAP)
                            .extractingByKey("global")
                            .asInstanceOf(MAP)
                            .containsEntry("maxSaturation", 1.0)
                            .containsEntry("saturatedPools", 1L);
                    }
                }
            });
    }

    static LiftContext call(String tenant, String operation) {
        return LiftContext.builder("request", operation).tenantId(tenant).build();
    }

    static LiftHealth health(ApplicationContext context, String name) {
        return context.getBean(name, LiftHealthIndicator.class).health();
    }

}
