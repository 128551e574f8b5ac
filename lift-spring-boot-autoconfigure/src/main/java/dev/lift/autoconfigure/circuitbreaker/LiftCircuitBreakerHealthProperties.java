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

package dev.lift.autoconfigure.circuitbreaker;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftCircuitBreakers} health contributor.
 */
@ConfigurationProperties("lift.health.circuit-breakers")
public class LiftCircuitBreakerHealthProperties {

    /**
     * Operations whose open circuit breaker sets the contributor's status to open-status; "*"
     * for every breaker. Empty: open circuits are shown in the details and the status stays UP.
     */
    private List<String> criticalOperations = new ArrayList<>();

    /**
     * Health status while a critical circuit breaker is open.
     */
    private String openStatus = "DOWN";

    public List<String> getCriticalOperations() {
        return this.criticalOperations;
    }

    public void setCriticalOperations(List<String> criticalOperations) {
        this.criticalOperations = criticalOperations;
    }

    public String getOpenStatus() {
        return this.openStatus;
    }

    public void setOpenStatus(String openStatus) {
        this.openStatus = openStatus;
    }

}
