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

import java.util.List;
import java.util.Map;

import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import dev.lift.context.LiftMdcKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContextFilterTests {

    private final LiftChain chain = new LiftChain(List.of(new ContextFilter()));

    private final LiftContext context = LiftContext.builder("req-7", "orders")
        .tenantId("acme")
        .coldStart(true)
        .traceHeader("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
        .build();

    @AfterEach
    void noLeftovers() {
        assertThat(LiftContext.current()).isEmpty();
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void makesTheContextCurrentAndPutsItInTheMdcDuringTheCall() throws Exception {
        Object seen = this.chain.execute(new Invocation(this.context, null, (invocation) -> List.of(
                LiftContext.current().orElseThrow(), MDC.getCopyOfContextMap())));

        assertThat(seen).isEqualTo(List.of(this.context,
                Map.of(LiftMdcKeys.REQUEST_ID, "req-7", LiftMdcKeys.TENANT_ID, "acme", LiftMdcKeys.OPERATION, "orders",
                        LiftMdcKeys.COLD_START, "true", LiftMdcKeys.TRACE_ID,
                        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")));
    }

    @Test
    void clearsTheThreadWhenTheFunctionThrows() {
        assertThatIllegalStateException().isThrownBy(() -> this.chain.execute(new Invocation(this.context, null,
                (invocation) -> {
                    throw new IllegalStateException("boom");
                })));
    }

    @Test
    void leavesOutMdcKeysTheContextHasNoValueFor() throws Exception {
        LiftContext bare = LiftContext.builder("req-8", "orders").build();
        Object mdc = this.chain.execute(new Invocation(bare, null, (invocation) -> MDC.getCopyOfContextMap()));

        assertThat(mdc).isEqualTo(Map.of(LiftMdcKeys.REQUEST_ID, "req-8", LiftMdcKeys.OPERATION, "orders",
                LiftMdcKeys.COLD_START, "false"));
    }

    @Test
    void anInnerContextThatOnlyNarrowsTheDeadlineKeepsTheMdcAndAnotherTenantReplacesIt() throws Exception {
        Object seen = this.chain.execute(new Invocation(this.context, null, (invocation) -> {
            LiftContext outer = LiftContextHolder.get();
            LiftContextHolder.set(outer.withDeadlineNotAfter(System.nanoTime() + 1_000_000_000L));
            Map<String, String> narrowed = MDC.getCopyOfContextMap();
            LiftContextHolder.set(outer.toBuilder().tenantId("globex").build());
            Map<String, String> otherTenant = MDC.getCopyOfContextMap();
            LiftContextHolder.set(outer);
            return List.of(narrowed, otherTenant.get(LiftMdcKeys.TENANT_ID), MDC.getCopyOfContextMap());
        }));

        Map<String, String> outerMdc = Map.of(LiftMdcKeys.REQUEST_ID, "req-7", LiftMdcKeys.TENANT_ID, "acme",
                LiftMdcKeys.OPERATION, "orders", LiftMdcKeys.COLD_START, "true", LiftMdcKeys.TRACE_ID,
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        assertThat(seen).isEqualTo(List.of(outerMdc, "globex", outerMdc));
    }

}
