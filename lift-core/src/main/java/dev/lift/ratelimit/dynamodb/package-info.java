/**
 * The distributed rate-limit store on DynamoDB. Needs the AWS SDK v2 {@code dynamodb} module, an
 * optional dependency of lift-core: nothing outside this package refers to it.
 */
package dev.lift.ratelimit.dynamodb;
