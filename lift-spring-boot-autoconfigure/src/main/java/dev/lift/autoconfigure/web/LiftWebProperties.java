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

package dev.lift.autoconfigure.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lift's HTTP entry point: the servlet filter that runs the chain for requests to functions
 * ({@code spring-cloud-function-web}) and to Spring MVC controllers.
 */
@ConfigurationProperties("lift.web")
public class LiftWebProperties {

    /**
     * Whether the servlet filter runs the chain for HTTP requests.
     */
    private boolean enabled = true;

    /**
     * Order of the servlet filter. The default runs after Spring Security (-100), so resolvers can
     * use the authenticated caller, and inside Spring Boot's HTTP observation.
     */
    private int filterOrder = 0;

    /**
     * Time budget of an HTTP request, the counterpart of Lambda's remaining time: timeouts and
     * deadline-aware retries stay inside it; positive. Unset: HTTP requests have no deadline.
     */
    private Duration deadline;

    /**
     * Path prefixes the chain does not run for, such as actuator endpoints; each starts with '/'
     * and is not '/' itself (lift.web.enabled=false switches the filter off).
     */
    private List<String> excludedPaths = new ArrayList<>(List.of("/actuator"));

    /**
     * Largest request body, in bytes, that Lift keeps so that a retry can send the request again;
     * requests with larger bodies are not retried over HTTP.
     */
    private int maxReplayBodySize = 1048576;

    /**
     * Largest answer, in bytes, that Lift holds back until the chain has decided, so that a late
     * rejection (a timeout firing as the function answers) replaces it; the container's response
     * buffer grows to this size. A larger answer is sent as it is written and stands. 0 holds
     * nothing: answers go out as written.
     */
    private int maxHeldResponseSize = 65536;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFilterOrder() {
        return this.filterOrder;
    }

    public void setFilterOrder(int filterOrder) {
        this.filterOrder = filterOrder;
    }

    public Duration getDeadline() {
        return this.deadline;
    }

    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public List<String> getExcludedPaths() {
        return this.excludedPaths;
    }

    public void setExcludedPaths(List<String> excludedPaths) {
        this.excludedPaths = excludedPaths;
    }

    public int getMaxReplayBodySize() {
        return this.maxReplayBodySize;
    }

    public void setMaxReplayBodySize(int maxReplayBodySize) {
        this.maxReplayBodySize = maxReplayBodySize;
    }

    public int getMaxHeldResponseSize() {
        return this.maxHeldResponseSize;
    }

    public void setMaxHeldResponseSize(int maxHeldResponseSize) {
        this.maxHeldResponseSize = maxHeldResponseSize;
    }

}
