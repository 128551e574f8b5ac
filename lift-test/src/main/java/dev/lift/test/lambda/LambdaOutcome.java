package dev.lift.test.lambda;

/**
 * What the runtime reported for one invocation: a response ({@code POST /invocation/{id}/response})
 * or an error ({@code POST /invocation/{id}/error}).
 *
 * @param requestId the AWS request id
 * @param error whether the runtime reported an error
 * @param body the response payload, or the error document ({@code errorType}, {@code errorMessage},
 *     ...)
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header of an error, or {@code null}
 */
public record LambdaOutcome(String requestId, boolean error, String body, String errorType) {

}
