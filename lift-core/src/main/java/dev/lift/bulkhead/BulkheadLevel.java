package dev.lift.bulkhead;

import dev.lift.instances.InstanceScope;

/**
 * The levels of Lift's hierarchical bulkhead, in the order a call acquires their permits: its
 * tenant's, then its operation's, then the global one. One fixed order for every call rules out
 * deadlock between calls waiting at different levels; narrowest first means a call that waits for a
 * shared level holds only permits of its own tenant and operation while it waits, never a global one
 * that every other tenant needs.
 */
public enum BulkheadLevel {

    /** One permit pool per tenant; calls without a tenant share one. */
    TENANT("tenant", InstanceScope.TENANT),

    /** One permit pool per operation (function). */
    OPERATION("operation", InstanceScope.OPERATION),

    /** One permit pool for every call. */
    GLOBAL("global", InstanceScope.GLOBAL);

    private final String id;

    private final InstanceScope scope;

    BulkheadLevel(String id, InstanceScope scope) {
        this.id = id;
        this.scope = scope;
    }

    /** @return the level's name in configuration, messages and the {@code level} meter tag */
    public String id() {
        return this.id;
    }

    /** @return what the level keeps one permit pool per */
    public InstanceScope scope() {
        return this.scope;
    }

}
