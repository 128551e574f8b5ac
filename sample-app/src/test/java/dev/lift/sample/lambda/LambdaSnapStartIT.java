package dev.lift.sample.lambda;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.lambda.SnapStartPriming;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code whoami} function initialised as SnapStart does it: with
 * {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} the runtime client runs the CRaC
 * before-checkpoint hooks, asks the Runtime API for {@code /restore/next} and runs the after-restore
 * hooks before the first invocation. {@code org.crac} is pointed at the runtime client's own CRaC
 * implementation, as Lambda's SnapStart runtimes provide one, so Lift's priming resource takes part.
 */
class LambdaSnapStartIT {

    private static SampleLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = SampleLambda.start("whoami", 0, (builder) -> builder.initializationType("snap-start")
            .jvmArguments("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac", "-Dlift-it.thread-probe=true"));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
    }

    @Test
    void primingRunsEveryFilterBeforeTheCheckpointWithoutCallingTheFunction() {
        assertThat(lambda.server().restoreCalls()).isEqualTo(1);
        assertThat(lambda.server().restoreErrors()).isEmpty();
        List<JsonNode> priming = lambda.jsonLogLines().stream()
            .filter((line) -> line.path("function_request_id").asText().equals(SnapStartPriming.REQUEST_ID))
            .toList();
        assertThat(priming).as("the probe filter ran for the priming invocation")
            .anyMatch((line) -> line.path("message").asText().startsWith("probe thread="));
        assertThat(priming).as("the function did not run for it")
            .noneMatch((line) -> line.path("message").asText().contains("Reporting the context"));
        assertThat(lambda.process().output()).noneMatch((line) -> line.contains("Priming the Lift chain"));
    }

    @Test
    void invocationsAfterTheRestoreRunNormallyAndAreNotColdStarts() throws Exception {
        LambdaEvent event = LambdaEvent.of("{}").withTenantId("tenant-a");
        LambdaOutcome outcome = lambda.invoke(event);
        assertThat(outcome.error()).as(outcome.body()).isFalse();
        JsonNode answer = SampleLambda.json(outcome.body());
        assertThat(answer.get("requestId").asText()).isEqualTo(event.requestId());
        assertThat(answer.get("coldStart").asBoolean()).isFalse();
    }

}
