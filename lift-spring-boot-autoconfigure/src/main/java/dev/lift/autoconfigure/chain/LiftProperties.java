package dev.lift.autoconfigure.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lift's master switch.
 */
@ConfigurationProperties("lift")
public class LiftProperties {

    /**
     * Whether Lift runs its chain around function invocations. When false, no Lift filter, entry
     * point or exporter is configured.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

}
