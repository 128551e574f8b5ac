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
