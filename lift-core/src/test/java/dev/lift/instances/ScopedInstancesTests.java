package dev.lift.instances;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.lift.context.LiftContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopedInstancesTests {

    @Test
    void evictedInstancesReachTheRemovalCallbackAndTheBoundHolds() {
        Set<String> live = ConcurrentHashMap.newKeySet();
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofMinutes(1),
                (key) -> {
                    String name = key.name("test");
                    live.add(name);
                    return name;
                }, (key, name) -> live.remove(name));
        for (int i = 0; i < 1000; i++) {
            instances.get(LiftContext.builder("r", "op").tenantId("t" + i).build());
        }
        assertThat(instances.size()).isLessThanOrEqualTo(10);
        assertThat(live).hasSizeLessThanOrEqualTo(10).containsExactlyInAnyOrderElementsOf(instances.snapshot().values());
    }

    @Test
    void globalScopeStillKeysOverrides() {
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.GLOBAL, 10, Duration.ofMinutes(1),
                (key) -> key.name("test"), (key, name) -> {
                });
        assertThat(instances.get(InstanceKey.GLOBAL)).isEqualTo("lift-test");
        assertThat(instances.get(new InstanceKey(null, "orders"))).isEqualTo("lift-test:op=orders");
        assertThat(instances.size()).isEqualTo(2);
    }

}
