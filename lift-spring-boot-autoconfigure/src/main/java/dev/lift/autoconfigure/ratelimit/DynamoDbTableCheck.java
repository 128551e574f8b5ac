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

package dev.lift.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.Map;

import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Whether DynamoDB answers for the rate-limit table, and how fast: one {@code DescribeTable}. Any
 * answer from DynamoDB means it is reachable, including a refusal (a role allowed only
 * {@code UpdateItem} gets 400 AccessDenied): what is checked is the path to DynamoDB, not the role.
 * A missing table, a timeout, a connection failure or a 5xx is {@code DOWN}.
 */
final class DynamoDbTableCheck implements LiftHealthCheck {

    private final DynamoDbClient client;

    private final String tableName;

    private final Duration timeout;

    DynamoDbTableCheck(DynamoDbClient client, String tableName, Duration timeout) {
        this.client = client;
        this.tableName = tableName;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "rate-limit-store";
    }

    @Override
    public HealthCheckResult check() {
        long start = System.nanoTime();
        try {
            String status = this.client
                .describeTable(DescribeTableRequest.builder()
                    .tableName(this.tableName)
                    .overrideConfiguration((request) -> request.apiCallTimeout(this.timeout))
                    .build())
                .table()
                .tableStatusAsString();
            return HealthCheckResult.up(Map.of("latencyMs", elapsedMillis(start), "tableStatus", status));
        }
        catch (ResourceNotFoundException ex) {
            return HealthCheckResult.down(Map.of("latencyMs", elapsedMillis(start), "error", "table not found"));
        }
        catch (AwsServiceException ex) {
            if (ex.statusCode() >= 500 || ex.isThrottlingException()) {
                return HealthCheckResult.down(Map.of("latencyMs", elapsedMillis(start), "error", ex.getClass().getName()));
            }
            return HealthCheckResult.up(Map.of("latencyMs", elapsedMillis(start), "tableStatus", "not permitted to describe"));
        }
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
