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

package dev.lift.autoconfigure.timeout;

import java.time.Duration;

/**
 * The timeout of one operation or tenant ({@code lift.timeout.operations.<name>.*},
 * {@code lift.timeout.tenants.<id>.*}). Unset ({@code null}), it falls through to the layer below: the
 * operation's override, then {@code lift.timeout.default-timeout}, then the preset.
 *
 * @param timeout timeout of these calls; 0 for none of their own (the deadline cap still applies)
 */
public record TimeoutSettings(Duration timeout) {
}
