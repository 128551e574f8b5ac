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

package dev.lift.lambda;

/**
 * A part of Lift that keeps state a SnapStart snapshot must not carry over: time-based windows,
 * adaptive limits learned during priming, cached clocks. Lift's Lambda integration calls every
 * {@code SnapStartAware} bean before the checkpoint and after each restore.
 *
 * <p>A snapshot is restored many times, on other machines, minutes or days after it was taken:
 * anything measured before the checkpoint describes no environment that serves callers.
 */
public interface SnapStartAware {

    /** Called before the snapshot is taken, after Lift primed the chain. */
    default void beforeCheckpoint() {
    }

    /** Called after the snapshot is restored, before the first invocation: drop what must not survive. */
    default void afterRestore() {
    }

}
