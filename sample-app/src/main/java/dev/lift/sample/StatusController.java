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

package dev.lift.sample;

import java.util.Map;

import dev.lift.context.LiftContext;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plain Spring MVC endpoint: Lift's servlet filter protects it like the functions.
 */
@RestController
class StatusController {

    @GetMapping("/api/status")
    Map<String, Object> status() {
        LiftContext context = LiftContext.current().orElseThrow();
        return Map.of("tenant", context.tenantId(), "operation", context.operation(), "status", "ok");
    }

}
