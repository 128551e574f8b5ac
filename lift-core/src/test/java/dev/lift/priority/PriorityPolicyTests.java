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

package dev.lift.priority;

import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.lift.tenancy.LiftRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriorityPolicyTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PriorityPolicy headerPolicy = new PriorityPolicy(LiftPriorityResolver.header("X-Lift-Priority"), 0,
            5);

    @Test
    void claimedPriorityIsUsedUpToTheMaximum() {
        assertThat(this.headerPolicy.resolve(request(Map.of("X-Lift-Priority", "3"), null))).isEqualTo(3);
        assertThat(this.headerPolicy.resolve(request(Map.of("X-Lift-Priority", "1000"), null))).isEqualTo(5);
        assertThat(this.headerPolicy.resolve(request(Map.of("X-Lift-Priority", "-2"), null))).isEqualTo(-2);
    }

    @Test
    void missingOrUnreadablePriorityGetsTheDefault() {
        assertThat(this.headerPolicy.resolve(request(Map.of(), null))).isZero();
        assertThat(this.headerPolicy.resolve(request(Map.of("X-Lift-Priority", "high"), null))).isZero();
        assertThat(this.headerPolicy.resolve(request(Map.of("X-Lift-Priority", "99999999999999999999"), null)))
            .isZero();
    }

    @Test
    void priorityFromAnEventField() throws Exception {
        PriorityPolicy policy = new PriorityPolicy(
                LiftPriorityResolver.eventField(JsonPointer.compile("/detail/priority")), 1, 3);
        assertThat(policy.resolve(request(Map.of(), JSON.readTree("{\"detail\":{\"priority\":2}}")))).isEqualTo(2);
        assertThat(policy.resolve(request(Map.of(), JSON.readTree("{\"detail\":{\"priority\":\"7\"}}")))).isEqualTo(3);
        assertThat(policy.resolve(request(Map.of(), JSON.readTree("{\"detail\":{}}")))).isEqualTo(1);
        assertThat(policy.resolve(request(Map.of(), null))).isEqualTo(1);
    }

    @Test
    void maximumBelowTheDefaultIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PriorityPolicy((request) -> null, 5, 1));
    }

    private static LiftRequest request(Map<String, String> headers, JsonNode event) {
        return LiftRequest.of(headers, event, null);
    }

}
