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
