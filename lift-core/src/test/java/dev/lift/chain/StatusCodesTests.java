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
