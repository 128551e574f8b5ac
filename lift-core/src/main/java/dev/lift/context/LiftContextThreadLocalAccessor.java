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

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer's context-propagation library carry the {@link LiftContext} (and with it the MDC
 * entries) to other threads: Spring's {@code ContextPropagatingTaskDecorator},
 * {@code ContextExecutorService}, Reactor. Registered through {@code META-INF/services}.
 */
public final class LiftContextThreadLocalAccessor implements ThreadLocalAccessor<LiftContext> {

    /** The key under which the context travels. */
    public static final String KEY = "lift.context";

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public LiftContext getValue() {
        return LiftContextHolder.get();
    }

    @Override
    public void setValue(LiftContext value) {
        LiftContextHolder.set(value);
    }

    @Override
    public void setValue() {
        LiftContextHolder.clear();
    }

}
