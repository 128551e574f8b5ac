package dev.lift.autoconfigure.resilience;

/**
 * What every resilience pattern's settings have, at the top level ({@code lift.<pattern>.*}) and in
 * each override ({@code lift.<pattern>.operations.<name>.*}, {@code lift.<pattern>.tenants.<id>.*}).
 * Unset values ("null") fall through to the layer below: tenant override, operation override,
 * top level, preset, resilience4j base configuration.
 */
public abstract class PatternSettings {

    /**
     * Name of the resilience4j configuration ("resilience4j.<pattern>.configs.<name>") the
     * instances start from, before the preset and Lift's settings apply. Unset: resilience4j's
     * "default" configuration.
     */
    private String baseConfig;

    public String getBaseConfig() {
        return this.baseConfig;
    }

    public void setBaseConfig(String baseConfig) {
        this.baseConfig = baseConfig;
    }

}
