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
