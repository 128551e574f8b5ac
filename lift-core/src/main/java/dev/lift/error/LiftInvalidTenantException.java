package dev.lift.error;

/**
 * The tenant id of a call is missing where one is required, or does not match the allowed pattern.
 * Raised before the function runs; becomes HTTP 400. The message never contains the raw value.
 */
public class LiftInvalidTenantException extends LiftRejectedException {

    /**
     * @param message why the tenant was refused, without the raw value
     */
    public LiftInvalidTenantException(String message) {
        super(message, 400, null, "tenancy");
    }

    @Override
    public String code() {
        return "invalid-tenant";
    }

}
