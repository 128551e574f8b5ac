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
