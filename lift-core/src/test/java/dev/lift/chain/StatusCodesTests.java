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

package dev.lift.chain;

import java.util.List;

import dev.lift.error.LiftConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatusCodesTests {

    @Test
    void classesAndCodes() {
        StatusCodes codes = StatusCodes.parse("p", List.of("5xx", "429")).excluding(StatusCodes.parse("p", List.of("501")));
        assertThat(codes.contains(500)).isTrue();
        assertThat(codes.contains(599)).isTrue();
        assertThat(codes.contains(429)).isTrue();
        assertThat(codes.contains(501)).isFalse();
        assertThat(codes.contains(404)).isFalse();
        assertThat(codes.matches((StatusResult) () -> 503)).isTrue();
        assertThat(codes.matches("503")).isFalse();
    }

    @Test
    void badValuesNameTheProperty() {
        assertThatExceptionOfType(LiftConfigurationException.class)
            .isThrownBy(() -> StatusCodes.parse("lift.retry.retry-statuses", List.of("6xx")))
            .satisfies((ex) -> assertThat(ex.property()).isEqualTo("lift.retry.retry-statuses"));
    }

}
