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

package dev.lift.timeout;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lift.context.LiftContext;

import static org.assertj.core.api.Assertions.assertThat;

class TenantTimeoutCalculatorTests {

    private final LiftTimeoutCalculator calculator = new TenantTimeoutCalculator(
            Map.of("acme", Duration.ofMillis(500), "unbounded", Duration.ZERO),
            new OperationTimeoutCalculator(Duration.ofSeconds(3), Map.of("reports", Duration.ofMinutes(2))));

    @Test
    void aTenantsOwnTimeoutWinsOverItsOperations() {
        assertThat(timeout("acme", "reports")).isEqualTo(Duration.ofMillis(500));
        assertThat(timeout("unbounded", "orders")).isZero();
    }

    @Test
    void otherCallsKeepTheOperationsOrTheDefault() {
        assertThat(timeout("globex", "reports")).isEqualTo(Duration.ofMinutes(2));
        assertThat(timeout("globex", "orders")).isEqualTo(Duration.ofSeconds(3));
        assertThat(timeout(null, "reports")).isEqualTo(Duration.ofMinutes(2));
    }

    private Duration timeout(String tenant, String operation) {
        LiftContext.Builder context = LiftContext.builder("request", operation);
        return this.calculator.timeout((tenant != null) ? context.tenantId(tenant).build() : context.build());
    }

}
