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

package dev.lift.autoconfigure;

import dev.lift.error.LiftConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a bad {@code lift.*} value at start-up: the property, the value and what is accepted.
 */
class LiftConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<LiftConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LiftConfigurationException cause) {
        String description = "Invalid Lift configuration:\n\n    Property: " + cause.property() + "\n    Value: '"
                + cause.value() + "'\n    Accepted: " + cause.accepted();
        String action = "Update '" + cause.property() + "' in your application's configuration to "
                + cause.accepted() + ".";
        return new FailureAnalysis(description, action, cause);
    }

}
