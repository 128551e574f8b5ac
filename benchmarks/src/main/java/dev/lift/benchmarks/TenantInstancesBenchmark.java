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

package dev.lift.benchmarks;

import java.time.Duration;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceScope;
import dev.lift.instances.ScopedInstances;

/**
 * Finding a call's per-tenant instance while {@value #TENANTS} tenants are tracked: the lookup every
 * tenant-scoped pattern makes on every call. Calls cycle through all tenants, so the lookup walks a
 * large table rather than one hot entry.
 */
@State(Scope.Thread)
public class TenantInstancesBenchmark extends AverageTimeBenchmark {

    static final int TENANTS = 100_000;

    private ScopedInstances<Object> instances;

    private LiftContext[] contexts;

    private int next;

    /** Tracks every tenant once before measuring. */
    @Setup
    public void setUp() {
        this.instances = new ScopedInstances<>(InstanceScope.TENANT, TENANTS, Duration.ofHours(1),
                (key) -> new Object(), (key, instance) -> {
                });
        this.contexts = new LiftContext[TENANTS];
        for (int i = 0; i < TENANTS; i++) {
            this.contexts[i] = LiftContext.builder("request-" + i, Calls.OPERATION).tenantId("tenant-" + i).build();
            this.instances.get(this.contexts[i]);
        }
    }

    /**
     * @return the instance of the next tenant
     */
    @Benchmark
    public Object lookup() {
        int i = this.next;
        this.next = (i + 1 == TENANTS) ? 0 : i + 1;
        return this.instances.get(this.contexts[i]);
    }

}
