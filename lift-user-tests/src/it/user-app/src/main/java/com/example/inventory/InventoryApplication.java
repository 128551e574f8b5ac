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

package com.example.inventory;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.lift.context.LiftContext;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Three functions served over HTTP by Spring Cloud Function, each one with Lift's patterns per tenant.
 */
@SpringBootApplication
public class InventoryApplication {

    /** Holds {@code slow} calls until a test lets them go. */
    public static final CountDownLatch RELEASE = new CountDownLatch(1);

    public static void main(String[] args) {
        SpringApplication.run(InventoryApplication.class, args);
    }

    /** acme's inventory backend is down; everyone else's is fine. */
    @Bean
    Function<String, String> stock() {
        return (item) -> {
            if (LiftContext.current().map(LiftContext::tenantId).filter("acme"::equals).isPresent()) {
                throw new IllegalStateException("acme's backend is down");
            }
            return "42 " + item;
        };
    }

    @Bean
    Function<String, String> quote() {
        return (item) -> "quote for " + item;
    }

    @Bean
    Function<String, String> slow() {
        return (item) -> {
            try {
                RELEASE.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return "slow " + item;
        };
    }

}
