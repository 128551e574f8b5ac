package dev.lift.instances;

/** What a pattern keeps one instance per: one for all calls, per tenant, per operation, or both. */
public enum InstanceScope {

    /** One instance shared by every call. */
    GLOBAL,

    /** One instance per tenant; calls without a tenant share one. */
    TENANT,

    /** One instance per operation (function). */
    OPERATION,

    /** One instance per tenant and operation. */
    TENANT_OPERATION

}
