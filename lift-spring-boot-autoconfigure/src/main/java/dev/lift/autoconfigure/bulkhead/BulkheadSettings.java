package dev.lift.autoconfigure.bulkhead;

import java.time.Duration;

/**
 * The bulkhead settings of one operation or tenant ({@code lift.bulkhead.operations.<name>.*},
 * {@code lift.bulkhead.tenants.<id>.*}). Unset values ({@code null}) fall through to the layer below.
 *
 * @param maxConcurrent permits of this operation's or tenant's own pool, from 1 up to the global
 * limit; unset: operation-max-concurrent or tenant-max-concurrent
 * @param maxWait how long these calls may wait for their permits, a tenant's wait winning over its
 * operation's; unset: the operation's, then max-wait, then the preset's
 */
public record BulkheadSettings(Integer maxConcurrent, Duration maxWait) {
}
