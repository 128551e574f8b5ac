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

package dev.lift.autoconfigure.health;

/**
 * A contributor to Spring Boot's health endpoint, in Lift's own terms. Every bean of this type is
 * registered with Spring Boot's health registry under its bean name, as Boot names its own
 * contributors ({@code liftBulkheadsHealthIndicator} shows as {@code liftBulkheads}), by the adapter
 * of the Spring Boot line on the class path ({@code LiftSpringBootLineAutoConfiguration}). Health is
 * where Spring Boot 3 and 4 differ most (the API moved to {@code org.springframework.boot.health});
 * keeping Lift's contributors free of it lets them compile once for both.
 */
public sealed interface LiftHealthContributor permits LiftHealthIndicator, LiftCompositeHealthContributor {

}
