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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColdStartTests {

    @Test
    void exactlyOneOfManyConcurrentFirstInvocationsIsTheColdStart() throws Exception {
        ColdStart coldStart = new ColdStart("on-demand");
        int threads = 16;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return coldStart.next();
                }));
            }
            int cold = 0;
            for (Future<Boolean> claim : claims) {
                cold += claim.get(5, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(cold).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(coldStart.next()).isFalse();
    }

    @Test
    void environmentsInitialisedAheadOfTrafficHaveNoColdStart() {
        for (String type : List.of("provisioned-concurrency", "snap-start", "lambda-managed-instances")) {
            ColdStart coldStart = new ColdStart(type);
            assertThat(coldStart.next()).as(type).isFalse();
            coldStart.reset();
            assertThat(coldStart.next()).as(type).isFalse();
        }
    }

    @Test
    void outsideLambdaTheFirstCallIsColdAndResetMakesTheNextColdAgain() {
        ColdStart coldStart = new ColdStart(null);
        assertThat(coldStart.next()).isTrue();
        assertThat(coldStart.next()).isFalse();
        coldStart.reset();
        assertThat(coldStart.next()).isTrue();
    }

}
