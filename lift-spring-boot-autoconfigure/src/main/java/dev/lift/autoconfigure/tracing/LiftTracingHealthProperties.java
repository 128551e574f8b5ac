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

package dev.lift.autoconfigure.tracing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftTracing} health contributor (the trace exporter).
 */
@ConfigurationProperties("lift.health.tracing")
public class LiftTracingHealthProperties {

    /**
     * Span of time the recent drop count covers (between one and two windows).
     */
    private Duration window = Duration.ofMinutes(1);

    /**
     * Health status while spans are being dropped (daemon unreachable): traces are incomplete,
     * calls are unaffected.
     */
    private String droppingStatus = "UP";

    public Duration getWindow() {
        return this.window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public String getDroppingStatus() {
        return this.droppingStatus;
    }

    public void setDroppingStatus(String droppingStatus) {
        this.droppingStatus = droppingStatus;
    }

}
