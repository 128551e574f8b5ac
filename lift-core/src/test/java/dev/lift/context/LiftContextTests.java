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
