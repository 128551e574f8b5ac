package dev.lift.autoconfigure.health;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;

/**
 * Adds the {@code liftReadiness} indicator to the {@code readiness} health group, when there is one.
 * Spring Boot makes that group only with {@code management.endpoint.health.probes.enabled=true} (or
 * on Kubernetes), or when the user defines it; Lift neither creates the group nor touches any other.
 * Adding membership, rather than setting {@code management.endpoint.health.group.readiness.include},
 * keeps whatever the user included.
 */
final class ReadinessGroupPostProcessor implements HealthEndpointGroupsPostProcessor {

    static final String READINESS = "readiness";

    private final String member;

    ReadinessGroupPostProcessor(String member) {
        this.member = member;
    }

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        HealthEndpointGroup readiness = groups.get(READINESS);
        return (readiness != null) ? new WithReadinessMember(groups, new Member(readiness, this.member)) : groups;
    }

    private record WithReadinessMember(HealthEndpointGroups groups, HealthEndpointGroup readiness)
            implements HealthEndpointGroups {

        @Override
        public HealthEndpointGroup getPrimary() {
            return this.groups.getPrimary();
        }

        @Override
        public Set<String> getNames() {
            return this.groups.getNames();
        }

        @Override
        public HealthEndpointGroup get(String name) {
            return READINESS.equals(name) ? this.readiness : this.groups.get(name);
        }

    }

    private record Member(HealthEndpointGroup group, String member) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return this.member.equals(name) || this.group.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return this.group.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return this.group.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return this.group.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return this.group.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return this.group.getAdditionalPath();
        }

    }

}
