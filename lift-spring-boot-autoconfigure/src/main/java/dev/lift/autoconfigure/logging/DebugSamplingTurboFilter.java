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

package dev.lift.autoconfigure.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.lift.logging.InvocationLoggingFilter;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Lets DEBUG lines of a sampled invocation through, whatever the logger's level: the invocation is
 * marked in the MDC by {@link InvocationLoggingFilter}. Other lines are left to the usual level
 * checks, so the cost outside sampled invocations is one MDC lookup for DEBUG calls.
 */
class DebugSamplingTurboFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level == Level.DEBUG && MDC.get(InvocationLoggingFilter.DEBUG_SAMPLED) != null) {
            return FilterReply.ACCEPT;
        }
        return FilterReply.NEUTRAL;
    }

}
