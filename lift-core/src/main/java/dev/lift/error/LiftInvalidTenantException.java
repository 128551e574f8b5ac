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

package dev.lift.error;

/**
 * The tenant id of a call is missing where one is required, or does not match the allowed pattern.
 * Raised before the function runs; becomes HTTP 400. The message never contains the raw value.
 */
public class LiftInvalidTenantException extends LiftRejectedException {

    /**
     * @param message why the tenant was refused, without the raw value
     */
    public LiftInvalidTenantException(String message) {
        super(message, 400, null, "tenancy");
    }

    @Override
    public String code() {
        return "invalid-tenant";
    }

}
