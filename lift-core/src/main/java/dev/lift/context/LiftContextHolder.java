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

import java.util.Objects;

import org.slf4j.MDC;

/**
 * The thread-bound current {@link LiftContext} and its MDC entries. Setting a context puts its
 * fields into the MDC; clearing it removes them, so nothing reaches the next call on a reused thread.
 */
public final class LiftContextHolder {

    private static final ThreadLocal<LiftContext> CURRENT = new ThreadLocal<>();

    private LiftContextHolder() {
    }

    /** @return the current context, or {@code null} */
    public static LiftContext get() {
        return CURRENT.get();
    }

    /**
     * Makes {@code context} current on this thread, or clears the thread for {@code null}.
     * @param context the context
     */
    public static void set(LiftContext context) {
        if (context == null) {
            clear();
            return;
        }
        LiftContext previous = CURRENT.get();
        CURRENT.set(context);
        if (previous != null && sameMdcEntries(previous, context)) {
            // E.g. the timeout narrowing the deadline: the MDC already holds these values.
            return;
        }
        MDC.put(LiftMdcKeys.REQUEST_ID, context.requestId());
        MDC.put(LiftMdcKeys.OPERATION, context.operation());
        MDC.put(LiftMdcKeys.COLD_START, context.coldStart() ? "true" : "false");
        putOrRemove(LiftMdcKeys.TENANT_ID, context.tenantId());
        putOrRemove(LiftMdcKeys.TRACE_ID, context.traceHeader());
    }

    /** Removes the current context and its MDC entries from this thread. */
    public static void clear() {
        // set(null), not remove(): the next get() on this thread would otherwise make a new map entry.
        CURRENT.set(null);
        MDC.remove(LiftMdcKeys.REQUEST_ID);
        MDC.remove(LiftMdcKeys.OPERATION);
        MDC.remove(LiftMdcKeys.COLD_START);
        MDC.remove(LiftMdcKeys.TENANT_ID);
        MDC.remove(LiftMdcKeys.TRACE_ID);
    }

    private static boolean sameMdcEntries(LiftContext a, LiftContext b) {
        return a.coldStart() == b.coldStart() && Objects.equals(a.requestId(), b.requestId())
                && Objects.equals(a.operation(), b.operation()) && Objects.equals(a.tenantId(), b.tenantId())
                && Objects.equals(a.traceHeader(), b.traceHeader());
    }

    private static void putOrRemove(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
        else {
            MDC.remove(key);
        }
    }

}
