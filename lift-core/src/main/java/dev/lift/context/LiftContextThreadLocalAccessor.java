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
