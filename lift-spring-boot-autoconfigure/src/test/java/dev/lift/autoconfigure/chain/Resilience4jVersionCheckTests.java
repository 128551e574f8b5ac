package dev.lift.autoconfigure.chain;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class Resilience4jVersionCheckTests {

    @Test
    void acceptsTheVersionOnTheClassPath() {
        assertThatCode(Resilience4jVersionCheck::verify).doesNotThrowAnyException();
    }

    @Test
    void acceptsTheSupportedLineAndUnknownVersions() {
        assertThatCode(() -> Resilience4jVersionCheck.verify("2.4.0")).doesNotThrowAnyException();
        assertThatCode(() -> Resilience4jVersionCheck.verify("2.5.1-SNAPSHOT")).doesNotThrowAnyException();
        assertThatCode(() -> Resilience4jVersionCheck.verify(null)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheVersionSpringCloudPinsWithAnExplanationOfTheBomOrder() {
        assertThatExceptionOfType(IncompatibleResilience4jException.class)
            .isThrownBy(() -> Resilience4jVersionCheck.verify("2.2.0"))
            .satisfies((ex) -> {
                FailureAnalysis analysis = new IncompatibleResilience4jFailureAnalyzer().analyze(ex);
                assertThat(analysis.getDescription()).contains("2.2.0").contains("2.4.x");
                assertThat(analysis.getAction()).contains("resilience4j-bom")
                    .contains("BEFORE")
                    .contains("spring-cloud-dependencies");
            });
        assertThatExceptionOfType(IncompatibleResilience4jException.class)
            .isThrownBy(() -> Resilience4jVersionCheck.verify("1.7.1"));
        assertThatExceptionOfType(IncompatibleResilience4jException.class)
            .isThrownBy(() -> Resilience4jVersionCheck.verify("3.0.0"));
    }

}
