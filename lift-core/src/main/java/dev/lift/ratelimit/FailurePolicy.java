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

package dev.lift.ratelimit;

/** What a call gets when the rate-limit store cannot answer in time. */
public enum FailurePolicy {

    /** Let the call run: availability before the limit (the limit protects, but is not a contract). */
    FAIL_OPEN,

    /** Reject the call with 429: the limit before availability (e.g. a limit that protects a paid quota). */
    FAIL_CLOSED

}
