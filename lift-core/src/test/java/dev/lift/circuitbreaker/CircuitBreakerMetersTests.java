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

package dev.lift.circuitbreaker;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerMetersTests {

    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void breakersBeforeAndAfterBindingGetMetersThatFollowTheirState() {
        CircuitBreaker before = this.breakers.circuitBreaker("before");
        new CircuitBreakerMeters(this.breakers).bindTo(this.meters);
        CircuitBreaker after = this.breakers.circuitBreaker("after");

        after.transitionToOpenState();
        after.onError(0, java.util.concurrent.TimeUnit.NANOSECONDS, new IllegalStateException());
        after.tryAcquirePermission();

        assertThat(state("before", "closed")).isEqualTo(1);
        assertThat(state("before", "open")).isZero();
        assertThat(state("after", "open")).isEqualTo(1);
        assertThat(state("after", "closed")).isZero();
        assertThat(this.meters.get("resilience4j.circuitbreaker.not.permitted.calls").tag("name", "after")
            .functionCounter().count()).isEqualTo(1);
        assertThat(this.meters.get("resilience4j.circuitbreaker.failure.rate").tag("name", "before").gauge().value())
            .isEqualTo(before.getMetrics().getFailureRate());
        assertThat(this.meters.find("resilience4j.circuitbreaker.calls").meters()).isEmpty();
    }

    @Test
    void removedBreakerLeavesNoMeterAndReplacedOneGetsFreshOnes() {
        new CircuitBreakerMeters(this.breakers).bindTo(this.meters);
        this.breakers.circuitBreaker("gone");
        this.breakers.circuitBreaker("replaced");
        this.breakers.remove("gone");
        CircuitBreaker replacement = CircuitBreaker.ofDefaults("replaced");
        this.breakers.replace("replaced", replacement);
        replacement.transitionToForcedOpenState();

        assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "gone").meters()).isEmpty();
        assertThat(state("replaced", "forced_open")).isEqualTo(1);
        assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "replaced").meters())
            .hasSize(CircuitBreaker.State.values().length);
    }

    private double state(String name, String state) {
        return this.meters.get("resilience4j.circuitbreaker.state").tags("name", name, "state", state).gauge().value();
    }

}
