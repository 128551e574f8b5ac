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

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a start-up failure is a bad {@code lift.*} value reported the way users see it: through
 * the registered failure analyzers, naming the property, the value and what is accepted.
 */
public final class LiftConfigurationFailures {

    private LiftConfigurationFailures() {
    }

    /**
     * @param failure the context's start-up failure
     * @param property the property the message must name
     * @param value the refused value as the message shows it
     * @param accepted part of the accepted values the message must show
     */
    public static void assertLiftConfigurationFailure(Throwable failure, String property, String value,
            String accepted) {
        assertThat(failure).hasRootCauseInstanceOf(LiftConfigurationException.class);
        FailureAnalysis analysis = analyze(failure);
        assertThat(analysis).as("a Lift failure analyzer is registered").isNotNull();
        assertThat(analysis.getDescription()).contains(property).contains("'" + value + "'").contains(accepted);
        assertThat(analysis.getAction()).contains(property);
    }

    /**
     * @param failure a start-up failure
     * @return what the first registered failure analyzer that knows the failure makes of it, or {@code null}
     */
    public static FailureAnalysis analyze(Throwable failure) {
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(),
                    SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
                    }))) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }

}
