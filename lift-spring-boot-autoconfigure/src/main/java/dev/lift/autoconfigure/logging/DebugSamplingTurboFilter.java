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
