package dev.lift.autoconfigure.lambda;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LambdaEventLoggingEnvironmentPostProcessorTests {

    private static final String LEVEL = "logging.level.org.springframework.cloud.function.adapter.aws";

    private final LambdaEventLoggingEnvironmentPostProcessor postProcessor = new LambdaEventLoggingEnvironmentPostProcessor();

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void eventLoggingIsOffByDefault() {
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getProperty(LEVEL)).isEqualTo("WARN");
    }

    @Test
    void levelSetByTheUserWins() {
        TestPropertyValues.of(LEVEL + "=INFO").applyTo(this.environment);
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getProperty(LEVEL)).isEqualTo("INFO");
    }

    @Test
    void levelSetByTheUserForAParentPackageWins() {
        TestPropertyValues.of("logging.level.org.springframework.cloud=DEBUG").applyTo(this.environment);
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getProperty(LEVEL)).isNull();
    }

    @Test
    void nothingChangesWhenLiftIsDisabled() {
        TestPropertyValues.of("lift.enabled=false").applyTo(this.environment);
        this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
        assertThat(this.environment.getPropertySources()
            .contains(LambdaEventLoggingEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
    }

}
