package dev.lift.autoconfigure.circuitbreaker;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftCircuitBreakers} health contributor.
 */
@ConfigurationProperties("lift.health.circuit-breakers")
public class LiftCircuitBreakerHealthProperties {

    /**
     * Operations whose open circuit breaker sets the contributor's status to open-status; "*"
     * for every breaker. Empty: open circuits are shown in the details and the status stays UP.
     */
    private List<String> criticalOperations = new ArrayList<>();

    /**
     * Health status while a critical circuit breaker is open.
     */
    private String openStatus = "DOWN";

    public List<String> getCriticalOperations() {
        return this.criticalOperations;
    }

    public void setCriticalOperations(List<String> criticalOperations) {
        this.criticalOperations = criticalOperations;
    }

    public String getOpenStatus() {
        return this.openStatus;
    }

    public void setOpenStatus(String openStatus) {
        this.openStatus = openStatus;
    }

}
