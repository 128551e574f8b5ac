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

package dev.lift.tenancy;

/**
 * The tenant Lambda itself assigned in tenant isolation mode ({@code Context#getTenantId()}, runtime
 * header {@code Lambda-Runtime-Aws-Tenant-Id}). Set by AWS, not by the caller: trustworthy.
 */
public final class LambdaTenantResolver implements LiftTenantResolver {

    @Override
    public String resolveTenant(LiftRequest request) {
        return request.lambdaTenantId();
    }

}
