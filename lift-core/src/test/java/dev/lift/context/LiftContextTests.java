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

package dev.lift.context;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftContextTests {

    @Test
    void attributesKeepTheirOrderAndCannotBeChanged() {
        LiftContext context = LiftContext.builder("r1", "orders").attribute("b", "2").attribute("a", "1").build();

        assertThat(context.attributes()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> context.attributes().put("c", "3"));
    }

    @Test
    void contextWithoutAttributesHasAnEmptyMap() {
        assertThat(LiftContext.builder("r1", "orders").build().attributes()).isEmpty();
    }

    @Test
    void toBuilderCopiesAttributesWithoutSharingThem() {
        LiftContext first = LiftContext.builder("r1", "orders").attribute("a", "1").build();

        LiftContext second = first.toBuilder().attribute("b", "2").build();

        assertThat(first.attributes()).containsOnlyKeys("a");
        assertThat(second.attributes()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(LiftContext.builder("r2", "orders").build().toBuilder().build().attributes()).isEmpty();
    }

}
