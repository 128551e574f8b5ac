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

package dev.lift.timeout;

import java.time.Duration;

import dev.lift.error.LiftRejectedException;

/**
 * A call ran past its timeout (or past the invocation deadline minus the safety margin) and was
 * interrupted. Becomes HTTP 504. Thrown in place of whatever the interrupted function threw.
 */
public class LiftTimeoutException extends LiftRejectedException {

    private final Duration timeout;

    /**
     * @param timeout the time the call was allowed
     * @param deadlineCapped whether the invocation deadline, not the operation's timeout, set the limit
     */
    public LiftTimeoutException(Duration timeout, boolean deadlineCapped) {
        super("The call did not finish within " + timeout.toMillis() + " ms"
                + (deadlineCapped ? " (the time left before the invocation deadline)" : ""), 504, null, "timeout");
        this.timeout = timeout;
    }

    /** @return the time the call was allowed */
    public Duration timeout() {
        return this.timeout;
    }

    @Override
    public String code() {
        return "timeout";
    }

}
