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

package dev.lift.context;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class LiftContextPropagationTests {

    private ExecutorService worker;

    @BeforeEach
    void startWorker() {
        this.worker = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopWorker() {
        this.worker.shutdownNow();
    }

    @Test
    void theContextAndItsMdcEntriesReachAContextExecutorServiceTaskAndLeaveWithIt() throws Exception {
        ExecutorService propagating = ContextExecutorService.wrap(this.worker,
                () -> ContextSnapshotFactory.builder().build().captureAll());
        LiftContext context = LiftContext.builder("req-1", "orders").tenantId("acme").build();
        LiftChain chain = new LiftChain(List.of(new ContextFilter()));

        Object seen = chain.execute(new Invocation(context, null, (invocation) -> propagating
            .submit(() -> List.of(LiftContext.current().orElseThrow().tenantId(), MDC.get(LiftMdcKeys.TENANT_ID)))
            .get(5, TimeUnit.SECONDS)));

        assertThat(seen).isEqualTo(List.of("acme", "acme"));
        Object afterwards = this.worker
            .submit(() -> LiftContext.current().isPresent() || MDC.get(LiftMdcKeys.TENANT_ID) != null)
            .get(5, TimeUnit.SECONDS);
        assertThat(afterwards).isEqualTo(false);
    }

    @Test
    void isRegisteredWithTheGlobalContextRegistry() {
        assertThat(io.micrometer.context.ContextRegistry.getInstance().getThreadLocalAccessors())
            .anyMatch((accessor) -> LiftContextThreadLocalAccessor.KEY.equals(accessor.key()));
    }

}
