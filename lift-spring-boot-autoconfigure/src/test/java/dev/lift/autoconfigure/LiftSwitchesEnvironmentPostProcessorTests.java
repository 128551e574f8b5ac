package dev.lift.autoconfigure;

import dev.lift.error.LiftConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftSwitchesEnvironmentPostProcessorTests {

    @Test
    void isRegisteredWithSpringBoot() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, null))
            .contains(LiftSwitchesEnvironmentPostProcessor.class.getName());
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseStopsTheApplication() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatExceptionOfType(LiftConfigurationException.class)
            .isThrownBy(() -> application.run("--lift.circuit-breaker.enabled=yes").close())
            .withMessageContaining("lift.circuit-breaker.enabled")
            .withMessageContaining("true or false");
    }

    @Test
    void trueAndFalseInAnyCaseStartAndAMetricDimensionNamedEnabledIsNoSwitch() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run("--lift.enabled=TRUE", "--lift.retry.enabled=False",
                "--lift.metrics.dimensions.enabled=yes-a-dimension-value").close();
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {

    }

}
