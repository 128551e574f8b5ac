package dev.lift.tracing;

/**
 * The two forms in which the X-Ray endpoint on Lambda (and the X-Ray daemon's UDP port) accepts
 * spans.
 */
public enum XRayFormat {

    /**
     * X-Ray segment documents, written by Lift: what every X-Ray daemon version accepts, the
     * smallest datagrams and the least CPU per span.
     */
    SEGMENT,

    /**
     * OpenTelemetry spans (OTLP protobuf, base64) in the format of the AWS Distro for
     * OpenTelemetry's UDP span exporter, written by OpenTelemetry's own OTLP marshaler; X-Ray turns
     * them into segments. Needs {@code io.opentelemetry:opentelemetry-exporter-otlp-common}.
     */
    OTLP;

    /** OpenTelemetry's OTLP marshaler, which {@link #OTLP} writes spans with. */
    static final String OTLP_MARSHALER = "io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler";

    /**
     * Whether what this format needs is on the class path.
     * @param classLoader the class loader to look in
     * @return {@code true} for {@link #SEGMENT}; for {@link #OTLP}, whether OpenTelemetry's OTLP
     *     marshaler is present
     */
    public boolean isAvailable(ClassLoader classLoader) {
        if (this == SEGMENT) {
            return true;
        }
        try {
            Class.forName(OTLP_MARSHALER, false, classLoader);
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

}
