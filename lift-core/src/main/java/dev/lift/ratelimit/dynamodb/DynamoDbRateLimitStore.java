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

package dev.lift.ratelimit.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.ratelimit.AbstractRateLimitStore;
import dev.lift.ratelimit.RateLimit;
import dev.lift.ratelimit.RateLimitDecision;
import dev.lift.ratelimit.RateLimitRules;
import dev.lift.ratelimit.RateLimitStoreException;

/**
 * A rate limit shared by every Lambda environment, counted in DynamoDB: a fixed window per key, one
 * conditional {@code UpdateItem} per call.
 *
 * <p>The window a call falls in is computed by the client from its clock ({@code floor(now / period)}).
 * The item of that window is created or incremented with {@code ADD count :1}, under the condition
 * {@code attribute_not_exists(count) OR count < :limit}: DynamoDB applies it atomically, so however many
 * environments call at once, no more than {@code limit} calls pass in a window. A failed condition
 * ({@code ConditionalCheckFailedException}) is a limited call. Every write also sets the TTL attribute
 * to the end of the window plus a grace period, so old windows expire once TTL is enabled on the table.
 *
 * <p>Accuracy: a fixed window lets up to twice the limit through in a span of one period that straddles
 * a window boundary (a burst at the end of one window and at the start of the next), and environments
 * whose clocks differ by {@code d} disagree on the boundary for {@code d}. Limited calls cost a write
 * too (the failed condition still consumes write capacity).
 *
 * <p>Table schema: partition key {@value #PARTITION_KEY} (string), no sort key; attributes
 * {@value #COUNT} (number) and {@value #EXPIRES_AT} (number, epoch seconds, the table's TTL attribute).
 * A key reads {@code lift-rate-limit:tenant=acme@1764486000000}: the instance name, then the window
 * start in epoch milliseconds.
 */
public final class DynamoDbRateLimitStore extends AbstractRateLimitStore {

    /** The partition key attribute. */
    public static final String PARTITION_KEY = "pk";

    /** The attribute counting the calls of a window. */
    public static final String COUNT = "count";

    /** The TTL attribute: when DynamoDB may delete the window's item, in epoch seconds. */
    public static final String EXPIRES_AT = "expiresAt";

    /** The key of the warm-up call; never written. */
    public static final String WARM_UP_KEY = "lift-rate-limit-warm-up";

    private static final Logger logger = LoggerFactory.getLogger(DynamoDbRateLimitStore.class);

    /** How long a window's item is kept after the window ends, for inspection. */
    static final Duration TTL_GRACE = Duration.ofMinutes(1);

    private static final String UPDATE = "ADD #count :one SET #expiresAt = :expiresAt";

    private static final String CONDITION = "attribute_not_exists(#count) OR #count < :limit";

    /** Never holds: no count is below 0, and a missing one compares as false. */
    private static final String NEVER = "#count < :limit";

    private static final Map<String, String> NAMES = Map.of("#count", COUNT, "#expiresAt", EXPIRES_AT);

    private static final AttributeValue ONE = AttributeValue.fromN("1");

    private final DynamoDbClient client;

    private final String tableName;

    private final AwsRequestOverrideConfiguration timeout;

    private final Clock clock;

    /**
     * @param name what this store counts, e.g. {@code tenant}
     * @param rules the scope and the limits
     * @param client the DynamoDB client
     * @param tableName the table, with the schema in the class comment
     * @param storeTimeout the most time one call may spend on DynamoDB, retries included
     * @param clock the clock that places calls in windows
     */
    public DynamoDbRateLimitStore(String name, RateLimitRules rules, DynamoDbClient client, String tableName,
            Duration storeTimeout, Clock clock) {
        super(name, rules);
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.timeout = AwsRequestOverrideConfiguration.builder().apiCallTimeout(storeTimeout).build();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateLimitDecision tryAcquire(LiftContext context) {
        InstanceKey key = this.rules.keyOf(context);
        RateLimit limit = this.rules.apply(key);
        long periodMillis = limit.period().toMillis();
        long now = this.clock.millis();
        long windowStart = now - Math.floorMod(now, periodMillis);
        long windowEnd = windowStart + periodMillis;
        Duration reset = Duration.ofMillis(windowEnd - now);
        try {
            UpdateItemResponse response = this.client.updateItem(request(key, limit, windowStart, windowEnd));
            long count = Long.parseLong(response.attributes().get(COUNT).n());
            return new RateLimitDecision(true, limit.limitForPeriod(), Math.max(limit.limitForPeriod() - count, 0),
                    reset, limit.period());
        }
        catch (ConditionalCheckFailedException ex) {
            return new RateLimitDecision(false, limit.limitForPeriod(), 0, reset, limit.period());
        }
        catch (SdkException ex) {
            throw new RateLimitStoreException("DynamoDB table '" + this.tableName + "' did not answer: " + ex.getMessage(),
                    ex);
        }
    }

    private UpdateItemRequest request(InstanceKey key, RateLimit limit, long windowStart, long windowEnd) {
        long expiresAt = (windowEnd + TTL_GRACE.toMillis()) / 1000 + 1;
        return request(this.tableName, key.name("rate-limit") + "@" + windowStart, CONDITION, limit.limitForPeriod(),
                expiresAt, this.timeout);
    }

    private static UpdateItemRequest request(String tableName, String key, String condition, long limit,
            long expiresAt, AwsRequestOverrideConfiguration timeout) {
        return UpdateItemRequest.builder()
            .tableName(tableName)
            .key(Map.of(PARTITION_KEY, AttributeValue.fromS(key)))
            .updateExpression(UPDATE)
            .conditionExpression(condition)
            .expressionAttributeNames(NAMES)
            .expressionAttributeValues(Map.of(":one", ONE, ":limit", AttributeValue.fromN(Long.toString(limit)),
                    ":expiresAt", AttributeValue.fromN(Long.toString(expiresAt))))
            .returnValues(ReturnValue.UPDATED_NEW)
            .overrideConfiguration(timeout)
            .build();
    }

    /**
     * Makes a client's first call to the table, so that the first counted call honours the store
     * timeout. The API call timeout covers the request, not what the SDK does lazily on a client's
     * first call (loading classes, resolving the endpoint and credentials, opening a connection),
     * which can take seconds. The warm-up is the counting request itself, {@code UpdateItem} on the
     * key {@value #WARM_UP_KEY}, under a condition that never holds: nothing is written, no limit is
     * counted, and it needs no permission beyond counting's ({@code dynamodb:UpdateItem}); it costs
     * one write unit.
     *
     * <p>Waits at most {@code wait}; a slower warm-up goes on in the background on a daemon thread,
     * and a failed one is logged (the store's first calls may then take longer than its timeout).
     * @param client the client to warm
     * @param tableName the table the store counts in
     * @param wait the most time to wait for the warm-up
     * @return whether the table answered within {@code wait}
     */
    public static boolean warmUp(DynamoDbClient client, String tableName, Duration wait) {
        UpdateItemRequest request = request(tableName, WARM_UP_KEY, NEVER, 0, 0,
                AwsRequestOverrideConfiguration.builder().apiCallTimeout(wait).build());
        CompletableFuture<Void> call = CompletableFuture.runAsync(() -> {
            try {
                client.updateItem(request);
            }
            catch (ConditionalCheckFailedException ex) {
                // The expected answer: the table is there and nothing was written.
            }
        }, (task) -> {
            Thread thread = new Thread(task, "lift-rate-limit-warm-up");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            call.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        }
        catch (TimeoutException ex) {
            logger.warn("The rate-limit store's DynamoDB table '{}' did not answer its warm-up call within {}; "
                    + "the first calls may take longer than the store timeout", tableName, wait);
        }
        catch (ExecutionException ex) {
            logger.warn("The rate-limit store's DynamoDB table '{}' did not answer its warm-up call: {}", tableName,
                    ex.getCause().getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

}
