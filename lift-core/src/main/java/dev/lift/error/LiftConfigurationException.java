package dev.lift.error;

/**
 * A {@code lift.*} setting has a value Lift cannot use. Thrown at start-up; Spring Boot reports it
 * with the property, the value and what is accepted.
 */
public class LiftConfigurationException extends RuntimeException {

    private final String property;

    private final String value;

    private final String accepted;

    /**
     * @param property the property, e.g. {@code lift.tenancy.allowed-pattern}
     * @param value the refused value
     * @param accepted what the property accepts
     */
    public LiftConfigurationException(String property, Object value, String accepted) {
        super("Invalid value '" + value + "' for property '" + property + "': " + accepted);
        this.property = property;
        this.value = String.valueOf(value);
        this.accepted = accepted;
    }

    /** @return the property */
    public String property() {
        return this.property;
    }

    /** @return the refused value */
    public String value() {
        return this.value;
    }

    /** @return what the property accepts */
    public String accepted() {
        return this.accepted;
    }

}
