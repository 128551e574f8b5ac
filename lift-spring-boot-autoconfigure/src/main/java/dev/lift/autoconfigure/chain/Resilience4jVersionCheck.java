package dev.lift.autoconfigure.chain;

import io.github.resilience4j.core.EventConsumer;

/**
 * Refuses to start on a resilience4j older than the one Lift is built for. The usual cause is a build
 * that imports {@code spring-cloud-dependencies} before {@code resilience4j-bom}: Spring Cloud
 * CircuitBreaker pins resilience4j 2.2, and the first BOM wins.
 */
final class Resilience4jVersionCheck {

    static final int REQUIRED_MAJOR = 2;

    static final int REQUIRED_MINOR = 4;

    private Resilience4jVersionCheck() {
    }

    static void verify() {
        Package resilience4j = EventConsumer.class.getPackage();
        // A shaded jar (the Lambda deployment jar) has one manifest, the application's: its version
        // is not resilience4j's, so only a manifest that names resilience4j is evidence.
        boolean ownManifest = "resilience4j".equals(resilience4j.getImplementationTitle());
        verify(ownManifest ? resilience4j.getImplementationVersion() : null);
    }

    /**
     * @param version the resilience4j version on the class path, {@code null} when unknown (a
     *     shaded jar may drop manifests: nothing to check then)
     */
    static void verify(String version) {
        if (version == null || isSupported(version)) {
            return;
        }
        throw new IncompatibleResilience4jException(version,
                REQUIRED_MAJOR + "." + REQUIRED_MINOR + ".x or a later " + REQUIRED_MAJOR + ".x");
    }

    static boolean isSupported(String version) {
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = (parts.length > 1) ? Integer.parseInt(parts[1]) : 0;
            return major == REQUIRED_MAJOR && minor >= REQUIRED_MINOR;
        }
        catch (NumberFormatException ex) {
            return true;
        }
    }

}
