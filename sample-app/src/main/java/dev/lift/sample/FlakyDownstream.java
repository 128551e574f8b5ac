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

package dev.lift.sample;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * Stands in for a remote service: answers after {@code sample.downstream.latency} and fails with
 * probability {@code sample.downstream.failure-rate}.
 */
@Component
class FlakyDownstream {

    private final DownstreamProperties properties;

    FlakyDownstream(DownstreamProperties properties) {
        this.properties = properties;
    }

    String call(String input) {
        waitForAnswer();
        if (ThreadLocalRandom.current().nextDouble() < this.properties.getFailureRate()) {
            throw new DownstreamException("The downstream service failed");
        }
        return "downstream:" + input;
    }

    /**
     * The service's own health ping: as slow as a call, but it fails only when the service is not
     * reachable at all, not at random.
     */
    void ping() {
        waitForAnswer();
        if (!this.properties.isReachable()) {
            throw new DownstreamException("The downstream service is not reachable");
        }
    }

    private void waitForAnswer() {
        try {
            Thread.sleep(this.properties.getLatency().toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DownstreamException("Interrupted while waiting for the downstream service");
        }
    }

    /** The downstream service failed. */
    static class DownstreamException extends RuntimeException {

        DownstreamException(String message) {
            super(message);
        }

    }

}
