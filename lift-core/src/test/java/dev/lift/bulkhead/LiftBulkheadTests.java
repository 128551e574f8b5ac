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

package dev.lift.bulkhead;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class LiftBulkheadTests {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void callNeedsAPermitAtEveryLevel() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 10)
            .limit(BulkheadLevel.TENANT, 1)
            .limit(BulkheadLevel.OPERATION, 5));
        BulkheadPermits first = bulkhead.acquire(call("acme", "orders"));
        assertThat(inUse(bulkhead, BulkheadLevel.TENANT, new InstanceKey("acme", null))).isEqualTo(1);
        assertThat(inUse(bulkhead, BulkheadLevel.OPERATION, new InstanceKey(null, "orders"))).isEqualTo(1);
        assertThat(inUse(bulkhead, BulkheadLevel.GLOBAL, InstanceKey.GLOBAL)).isEqualTo(1);
        assertThatExceptionOfType(LiftBulkheadFullException.class)
            .isThrownBy(() -> bulkhead.acquire(call("acme", "orders")))
            .satisfies((ex) -> assertThat(ex.level()).isEqualTo(BulkheadLevel.TENANT));
        // Another tenant of the same operation is not affected by acme's full pool.
        try (BulkheadPermits other = bulkhead.acquire(call("globex", "orders"))) {
            assertThat(inUse(bulkhead, BulkheadLevel.OPERATION, new InstanceKey(null, "orders"))).isEqualTo(2);
        }
        first.close();
        first.close();
        assertAllPermitsBack(bulkhead);
    }

    @Test
    void permitsTakenBeforeAFullLevelAreGivenBack() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 1)
            .limit(BulkheadLevel.TENANT, 5)
            .limit(BulkheadLevel.OPERATION, 5));
        BulkheadPermits holder = bulkhead.acquire(call("acme", "orders"));
        assertThatExceptionOfType(LiftBulkheadFullException.class)
            .isThrownBy(() -> bulkhead.acquire(call("globex", "billing")))
            .satisfies((ex) -> assertThat(ex.level()).isEqualTo(BulkheadLevel.GLOBAL));
        assertThat(inUse(bulkhead, BulkheadLevel.TENANT, new InstanceKey("globex", null))).isZero();
        assertThat(inUse(bulkhead, BulkheadLevel.OPERATION, new InstanceKey(null, "billing"))).isZero();
        holder.close();
        assertAllPermitsBack(bulkhead);
    }

    @Test
    void overridesSetTheLimitOfOneTenantOrOperation() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.TENANT, 1)
            .tenant("vip", 3, null)
            .operation("reports", 2, null));
        assertThat(bulkhead.config().limit(BulkheadLevel.TENANT, new InstanceKey("vip", null))).isEqualTo(3);
        assertThat(bulkhead.config().limit(BulkheadLevel.TENANT, new InstanceKey("acme", null))).isEqualTo(1);
        BulkheadPermits a = bulkhead.acquire(call("vip", "reports"));
        BulkheadPermits b = bulkhead.acquire(call("vip", "reports"));
        assertThatExceptionOfType(LiftBulkheadFullException.class)
            .isThrownBy(() -> bulkhead.acquire(call("vip", "reports")))
            .satisfies((ex) -> assertThat(ex.level()).isEqualTo(BulkheadLevel.OPERATION));
        // Operations without an override and no default operation limit skip the operation level.
        try (BulkheadPermits c = bulkhead.acquire(call("vip", "orders"))) {
            assertThat(bulkhead.pools(BulkheadLevel.OPERATION)).containsOnlyKeys(new InstanceKey(null, "reports"));
        }
        a.close();
        b.close();
        assertAllPermitsBack(bulkhead);
    }

    @Test
    void waitsAtMostMaxWaitAndNeverPastTheInvocationDeadline() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 1)
            .maxWait(Duration.ofSeconds(30))
            .operation("quick", null, Duration.ofMillis(30))
            .tenant("impatient", null, Duration.ofMillis(30)));
        try (BulkheadPermits holder = bulkhead.acquire(call("acme", "orders"))) {
            long start = System.nanoTime();
            assertThatExceptionOfType(LiftBulkheadFullException.class)
                .isThrownBy(() -> bulkhead.acquire(call("acme", "quick")));
            assertThat(elapsedMillis(start)).isBetween(25L, 5_000L);
            // A tenant's own wait wins over its operation's (here the default 30s).
            start = System.nanoTime();
            assertThatExceptionOfType(LiftBulkheadFullException.class)
                .isThrownBy(() -> bulkhead.acquire(call("impatient", "orders")));
            assertThat(elapsedMillis(start)).isBetween(25L, 5_000L);
            LiftContext nearDeadline = LiftContext.builder("r", "orders").deadlineIn(50).build();
            start = System.nanoTime();
            assertThatExceptionOfType(LiftBulkheadFullException.class).isThrownBy(() -> bulkhead.acquire(nearDeadline));
            assertThat(elapsedMillis(start)).isBetween(30L, 5_000L);
        }
        assertAllPermitsBack(bulkhead);
    }

    @Test
    void waiterThatGetsThePermitWithinMaxWaitProceeds() throws Exception {
        LiftBulkhead bulkhead = bulkhead(
                BulkheadConfig.builder().limit(BulkheadLevel.GLOBAL, 1).maxWait(Duration.ofSeconds(10)));
        BulkheadPermits holder = bulkhead.acquire(call("acme", "orders"));
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try (BulkheadPermits permits = bulkhead.acquire(call("acme", "orders"))) {
                outcome.set("served");
            }
            catch (Exception ex) {
                outcome.set(ex);
            }
        });
        waiter.start();
        await().atMost(Duration.ofSeconds(5))
            .until(() -> bulkhead.pools(BulkheadLevel.GLOBAL).get(InstanceKey.GLOBAL).waiting() == 1);
        holder.close();
        waiter.join(5000);
        assertThat(outcome.get()).isEqualTo("served");
        assertAllPermitsBack(bulkhead);
    }

    @Test
    void interruptedWhileWaitingAtALaterLevelGivesBackTheEarlierOnes() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 1)
            .limit(BulkheadLevel.TENANT, 5)
            .maxWait(Duration.ofSeconds(30)));
        BulkheadPermits holder = bulkhead.acquire(call("acme", "orders"));
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                bulkhead.acquire(call("globex", "orders")).close();
            }
            catch (Throwable ex) {
                outcome.set(ex);
            }
        });
        waiter.start();
        await().atMost(Duration.ofSeconds(5))
            .until(() -> bulkhead.pools(BulkheadLevel.GLOBAL).get(InstanceKey.GLOBAL).waiting() == 1);
        assertThat(inUse(bulkhead, BulkheadLevel.TENANT, new InstanceKey("globex", null))).isEqualTo(1);
        waiter.interrupt();
        waiter.join(5000);
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(inUse(bulkhead, BulkheadLevel.TENANT, new InstanceKey("globex", null))).isZero();
        assertThat(inUse(bulkhead, BulkheadLevel.GLOBAL, InstanceKey.GLOBAL)).isEqualTo(1);
        holder.close();
        assertAllPermitsBack(bulkhead);
    }

    @Test
    void withPriorityOrderingALaterHighPriorityCallGetsTheNextPermit() throws Exception {
        assertThat(serveOrder(true)).isEqualTo("high low ");
    }

    @Test
    void priorityIsIgnoredUnlessPriorityOrderingIsOn() throws Exception {
        assertThat(serveOrder(false)).isEqualTo("low high ");
    }

    private String serveOrder(boolean priorityOrdering) throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 1)
            .maxWait(Duration.ofSeconds(10))
            .priorityOrdering(priorityOrdering));
        BulkheadPermits holder = bulkhead.acquire(call("acme", "orders"));
        StringBuffer served = new StringBuffer();
        Thread low = servedThread(bulkhead, LiftContext.builder("low", "orders").priority(1).build(), "low ", served);
        Thread high = servedThread(bulkhead, LiftContext.builder("high", "orders").priority(9).build(), "high ",
                served);
        PrioritySemaphore global = bulkhead.pools(BulkheadLevel.GLOBAL).get(InstanceKey.GLOBAL);
        low.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> global.waiting() == 1);
        high.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> global.waiting() == 2);
        holder.close();
        low.join(5000);
        high.join(5000);
        assertAllPermitsBack(bulkhead);
        return served.toString();
    }

    @Test
    void aTenantPoolEvictedWhileBusyIsTakenBackSoTheTenantKeepsItsLimit() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.TENANT, 2)
            .tracking(1, Duration.ofMinutes(10))
            .tenantMeters(true));
        BulkheadPermits first = bulkhead.acquire(call("acme", "orders"));
        BulkheadPermits second = bulkhead.acquire(call("acme", "orders"));
        InstanceKey acmeKey = new InstanceKey("acme", null);
        PrioritySemaphore acmePool = bulkhead.pools(BulkheadLevel.TENANT).get(acmeKey);
        // Which entry Caffeine evicts first is its policy's choice: bring in tenants until acme's goes.
        for (int i = 0; i < 10_000 && bulkhead.pools(BulkheadLevel.TENANT).containsKey(acmeKey); i++) {
            bulkhead.acquire(call("other-" + i, "orders")).close();
            bulkhead.poolCount(BulkheadLevel.TENANT);
        }
        assertThat(bulkhead.pools(BulkheadLevel.TENANT)).doesNotContainKey(acmeKey);
        assertThat(this.meters.find("lift.bulkhead.permits.in.use").tag("name", "lift-bulkhead:tenant=acme").gauge())
            .as("a busy pool keeps its meters").isNotNull();

        // acme still has both permits out: its next call is refused, not served by a fresh pool.
        assertThatExceptionOfType(LiftBulkheadFullException.class)
            .isThrownBy(() -> bulkhead.acquire(call("acme", "orders")));
        assertThat(bulkhead.pools(BulkheadLevel.TENANT).get(acmeKey)).isSameAs(acmePool);
        first.close();
        second.close();
        assertThat(acmePool.available()).isEqualTo(2);

        // Evicted again while idle, the pool is dropped with its meters; the next call gets a fresh one.
        for (int i = 0; i < 10_000 && bulkhead.pools(BulkheadLevel.TENANT).containsKey(acmeKey); i++) {
            bulkhead.acquire(call("more-" + i, "orders")).close();
            bulkhead.poolCount(BulkheadLevel.TENANT);
        }
        assertThat(this.meters.find("lift.bulkhead.permits.in.use").tag("name", "lift-bulkhead:tenant=acme").gauge())
            .isNull();
        try (BulkheadPermits again = bulkhead.acquire(call("acme", "orders"))) {
            assertThat(bulkhead.pools(BulkheadLevel.TENANT).get(acmeKey)).isNotSameAs(acmePool);
        }
    }

    @Test
    void manyDistinctTenantsStayWithinTheBoundInPoolsAndMeters() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.TENANT, 2)
            .tracking(100, Duration.ofMinutes(10))
            .tenantMeters(true));
        for (int i = 0; i < 100_000; i++) {
            bulkhead.acquire(call("tenant-" + i, "orders")).close();
        }
        assertThat(bulkhead.poolCount(BulkheadLevel.TENANT)).isLessThanOrEqualTo(100);
        assertThat(this.meters.find("lift.bulkhead.permits.available").gauges()).hasSizeLessThanOrEqualTo(100);
        assertThat(this.meters.find("lift.bulkhead.permits.in.use").gauges()).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void tenantPoolsHaveNoGaugesUnlessConfigured() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 4)
            .limit(BulkheadLevel.TENANT, 2)
            .limit(BulkheadLevel.OPERATION, 3));
        try (BulkheadPermits permits = bulkhead.acquire(call("acme", "orders"))) {
            assertThat(this.meters.find("lift.bulkhead.permits.in.use").tag("pool", "global").gauge().value())
                .isEqualTo(1);
            assertThat(this.meters.find("lift.bulkhead.permits.available")
                .tag("name", "lift-bulkhead:op=orders")
                .gauge()
                .value())
                .isEqualTo(2);
            assertThat(this.meters.find("lift.bulkhead.permits.in.use").tag("pool", "tenant").gauges()).isEmpty();
        }
    }

    @Test
    void rejectionCarriesTheConfiguredStatusAndRetryAfterAndIsCounted() throws Exception {
        LiftBulkhead bulkhead = bulkhead(BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 1)
            .rejectionStatus(429)
            .retryAfter(Duration.ofSeconds(2)));
        try (BulkheadPermits permits = bulkhead.acquire(call("acme", "orders"))) {
            assertThatExceptionOfType(LiftBulkheadFullException.class)
                .isThrownBy(() -> bulkhead.acquire(call("acme", "orders")))
                .satisfies((ex) -> {
                    assertThat(ex.status()).isEqualTo(429);
                    assertThat(ex.retryAfter()).contains(Duration.ofSeconds(2));
                    assertThat(ex.code()).isEqualTo("bulkhead-full");
                    assertThat(ex.pattern()).isEqualTo("bulkhead");
                });
        }
        assertThat(this.meters.counter("lift.bulkhead.rejections", "pool", "global").count()).isEqualTo(1);
    }

    private LiftBulkhead bulkhead(BulkheadConfig.Builder config) {
        return new LiftBulkhead(config.build(), this.meters);
    }

    static LiftContext call(String tenant, String operation) {
        return LiftContext.builder("request", operation).tenantId(tenant).build();
    }

    private static Thread servedThread(LiftBulkhead bulkhead, LiftContext context, String name, StringBuffer served) {
        return new Thread(() -> {
            try (BulkheadPermits permits = bulkhead.acquire(context)) {
                served.append(name);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static int inUse(LiftBulkhead bulkhead, BulkheadLevel level, InstanceKey key) {
        PrioritySemaphore pool = bulkhead.pools(level).get(key);
        return (pool != null) ? pool.inUse() : 0;
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    static void assertAllPermitsBack(LiftBulkhead bulkhead) {
        for (BulkheadLevel level : BulkheadLevel.values()) {
            bulkhead.pools(level).forEach((key, pool) -> {
                assertThat(pool.available()).as("free permits of %s", key.name("bulkhead")).isEqualTo(pool.limit());
                assertThat(pool.waiting()).as("waiters of %s", key.name("bulkhead")).isZero();
            });
        }
    }

}
