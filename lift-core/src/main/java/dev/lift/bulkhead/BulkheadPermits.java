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

package dev.lift.bulkhead;

/**
 * The permits one call holds, one per level it passed. Keeps the permit pools themselves rather than
 * their keys, so a call always gives its permits back to the pool it took them from, even when that
 * pool was evicted from the bounded set in the meantime.
 *
 * <p>Belongs to the thread running the call; {@link #close()} releases everything once.
 */
public final class BulkheadPermits implements AutoCloseable {

    private final PrioritySemaphore[] held;

    private int count;

    BulkheadPermits(PrioritySemaphore[] held, int count) {
        this.held = held;
        this.count = count;
    }

    /** Releases every permit still held, in the reverse order of acquisition. Calling it again does nothing. */
    @Override
    public void close() {
        releaseHeld(this.held, this.count);
        this.count = 0;
    }

    static void releaseHeld(PrioritySemaphore[] held, int count) {
        for (int i = count - 1; i >= 0; i--) {
            held[i].release();
        }
    }

}
