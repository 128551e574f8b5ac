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

package dev.lift.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import dev.lift.context.LiftContext;
import dev.lift.error.LiftInvalidTenantException;
import dev.lift.metrics.MetricsFilter;
import dev.lift.priority.PriorityPolicy;
import dev.lift.tenancy.HeaderTenantResolver;
import dev.lift.tenancy.LiftRequest;
import dev.lift.tenancy.TenantPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftInvokerTests {

    private final AtomicInteger chainRuns = new AtomicInteger();

    private final LiftInvoker invoker = new LiftInvoker(new LiftChain(List.<LiftFilter>of(new ContextFilter(),
            (invocation, next) -> {
                this.chainRuns.incrementAndGet();
                return next.proceed(invocation);
            })), new TenantPolicy(new HeaderTenantResolver("X-Tenant-Id"),
                    Pattern.compile(TenantPolicy.DEFAULT_PATTERN), true, null));

    @Test
    void runsTheChainWithTheValidatedTenant() throws Exception {
        Object tenant = this.invoker.invoke(request("acme"), LiftContext.builder("r1", "op"), null,
                (invocation) -> LiftContext.current().orElseThrow().tenantId());

        assertThat(tenant).isEqualTo("acme");
        assertThat(this.chainRuns).hasValue(1);
    }

    @Test
    void anInnerEntryPointPassesThroughWithoutRunningTheChainAgain() throws Exception {
        Object innerTenant = this.invoker.invoke(request("acme"), LiftContext.builder("outer", "op"), null,
                (outer) -> this.invoker.invoke(request("forged"), LiftContext.builder("inner", "op"), null,
                        (inner) -> inner.context().tenantId() + "/" + inner.context().requestId()));

        assertThat(innerTenant).isEqualTo("acme/outer");
        assertThat(this.chainRuns).hasValue(1);
    }

    @Test
    void refusesAnInvalidTenantBeforeAnythingRuns() {
        AtomicInteger targetRuns = new AtomicInteger();
        assertThatExceptionOfType(LiftInvalidTenantException.class)
            .isThrownBy(() -> this.invoker.invoke(request("acme\r\nlevel=ERROR"), LiftContext.builder("r1", "op"), null,
                    (invocation) -> targetRuns.incrementAndGet()))
            .withMessageNotContaining("acme")
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
        assertThat(this.chainRuns).hasValue(0);
        assertThat(targetRuns).hasValue(0);
    }

    @Test
    void aCallRefusedForItsTenantIsObservedByTheFiltersUpToMetricsOnly() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<String> ran = new ArrayList<>();
        LiftInvoker invoker = new LiftInvoker(new LiftChain(List.of(new ContextFilter(),
                new MetricsFilter(meters, null, () -> ran.add("flush")),
                recording("logging", LiftFilterOrder.LOGGING, ran), recording("rate-limit", LiftFilterOrder.RATE_LIMIT, ran),
                recording("yours", LiftFilterOrder.USER_DEFAULT, ran))),
                new TenantPolicy(new HeaderTenantResolver("X-Tenant-Id"), Pattern.compile(TenantPolicy.DEFAULT_PATTERN),
                        true, null));
        AtomicInteger targetRuns = new AtomicInteger();
        AtomicReference<Invocation> started = new AtomicReference<>();
        EntryRequest entry = started::set;

        assertThatExceptionOfType(LiftInvalidTenantException.class).isThrownBy(() -> invoker.invoke(
                request("bad tenant!"), LiftContext.builder("r1", "orders"), entry, (invocation) -> targetRuns.incrementAndGet()));

        assertThat(ran).containsExactly("logging", "flush");
        assertThat(targetRuns).hasValue(0);
        assertThat(started.get().context().tenantId()).isNull();
        assertThat(meters.get(MetricsFilter.DURATION).tags("operation", "orders", "outcome", "rejected").timer().count())
            .isEqualTo(1);
        assertThat(meters.get(MetricsFilter.REJECTIONS).tags("operation", "orders", "pattern", "tenancy").counter()
            .count()).isEqualTo(1);
        assertThat(LiftContext.current()).isEmpty();
    }

    @Test
    void tellsTheEntryPointsRequestTheInvocationItStarted() throws Exception {
        AtomicReference<Invocation> started = new AtomicReference<>();
        EntryRequest entry = started::set;
        Object seen = this.invoker.invoke(request("acme"), LiftContext.builder("r1", "op"), entry, (invocation) -> invocation);

        assertThat(started.get()).isSameAs(seen);
    }

    private static LiftFilter recording(String name, int order, List<String> ran) {
        return new LiftFilter() {
            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                ran.add(name);
                return chain.proceed(invocation);
            }

            @Override
            public int getOrder() {
                return order;
            }
        };
    }

    @Test
    void givesTheCallThePriorityItsPolicyAllows() throws Exception {
        LiftInvoker withPriorities = new LiftInvoker(new LiftChain(List.of(new ContextFilter())),
                new TenantPolicy((request) -> null, Pattern.compile(TenantPolicy.DEFAULT_PATTERN), false, null),
                new PriorityPolicy((request) -> 42, 0, 5));
        Object priority = withPriorities.invoke(request(null), LiftContext.builder("r1", "op"), null,
                (invocation) -> invocation.context().priority());

        assertThat(priority).isEqualTo(5);
    }

    static LiftRequest request(String tenantHeader) {
        return LiftRequest.of((tenantHeader != null) ? Map.of("X-Tenant-Id", tenantHeader) : Map.of(), null, null);
    }

}
