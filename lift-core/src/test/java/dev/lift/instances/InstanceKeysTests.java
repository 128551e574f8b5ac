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

package dev.lift.instances;

import java.util.Set;

import dev.lift.context.LiftContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceKeysTests {

    private static LiftContext call(String tenant, String operation) {
        return LiftContext.builder("r", operation).tenantId(tenant).build();
    }

    @Test
    void scopeDecidesTheKey() {
        assertThat(InstanceKeys.of(InstanceScope.GLOBAL).keyOf(call("a", "orders"))).isEqualTo(InstanceKey.GLOBAL);
        assertThat(InstanceKeys.of(InstanceScope.TENANT).keyOf(call("a", "orders"))).isEqualTo(new InstanceKey("a", null));
        assertThat(InstanceKeys.of(InstanceScope.OPERATION).keyOf(call("a", "orders")))
            .isEqualTo(new InstanceKey(null, "orders"));
        assertThat(InstanceKeys.of(InstanceScope.TENANT_OPERATION).keyOf(call(null, "orders")))
            .isEqualTo(new InstanceKey("", "orders"));
    }

    @Test
    void overriddenOperationsAndTenantsGetTheirOwnInstance() {
        InstanceKeys keys = new InstanceKeys(InstanceScope.GLOBAL, Set.of("vip"), Set.of("orders"));
        assertThat(keys.keyOf(call("a", "orders"))).isEqualTo(new InstanceKey(null, "orders"));
        assertThat(keys.keyOf(call("a", "refunds"))).isEqualTo(InstanceKey.GLOBAL);
        assertThat(keys.keyOf(call("vip", "refunds"))).isEqualTo(new InstanceKey("vip", null));
        assertThat(keys.keyOf(call("vip", "orders")).name("retry")).isEqualTo("lift-retry:tenant=vip:op=orders");
    }

}
