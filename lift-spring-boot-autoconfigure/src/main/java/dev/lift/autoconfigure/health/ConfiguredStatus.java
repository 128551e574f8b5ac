package dev.lift.autoconfigure.health;

import java.util.Locale;

import dev.lift.error.LiftConfigurationException;

import org.springframework.util.StringUtils;

/**
 * A health status taken from a {@code lift.health.*} property, checked at start-up.
 */
public final class ConfiguredStatus {

    private ConfiguredStatus() {
    }

    /**
     * @param property the property, for the start-up failure message
     * @param code the configured status code, e.g. {@code DOWN}
     * @return the status code, upper case
     */
    public static String of(String property, String code) {
        if (!StringUtils.hasText(code) || !code.strip().equals(code)) {
            throw new LiftConfigurationException(property, code,
                    "a health status code such as UP, DOWN, OUT_OF_SERVICE or UNKNOWN");
        }
        return code.toUpperCase(Locale.ROOT);
    }

}
