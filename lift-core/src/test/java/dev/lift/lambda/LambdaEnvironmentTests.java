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

package dev.lift.lambda;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LambdaEnvironmentTests {

    @Test
    void aJsonLogFormatWithALevelAboveInfoNamesTheLevelLambdaKeeps() {
        assertThat(LambdaEnvironment.levelKeptAboveInfo(
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "WARN")::get)).isEqualTo("WARN");
        assertThat(LambdaEnvironment.levelKeptAboveInfo(
                Map.of("AWS_LAMBDA_LOG_FORMAT", "json", "AWS_LAMBDA_LOG_LEVEL", "error")::get)).isEqualTo("ERROR");
        assertThat(LambdaEnvironment.levelKeptAboveInfo(
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "FATAL")::get)).isEqualTo("FATAL");
    }

    @Test
    void infoAndBelowTheTextFormatOrNoLevelNeedNoLevel() {
        assertThat(LambdaEnvironment.levelKeptAboveInfo(
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "INFO")::get)).isNull();
        assertThat(LambdaEnvironment.levelKeptAboveInfo(
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "DEBUG")::get)).isNull();
        assertThat(LambdaEnvironment.levelKeptAboveInfo(Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON")::get)).isNull();
        assertThat(LambdaEnvironment.levelKeptAboveInfo(
                Map.of("AWS_LAMBDA_LOG_FORMAT", "Text", "AWS_LAMBDA_LOG_LEVEL", "ERROR")::get)).isNull();
        assertThat(LambdaEnvironment.levelKeptAboveInfo(Map.<String, String>of()::get)).isNull();
    }

}
