/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.autoconfigure.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Metrics of Lift invocations and where they go.
 */
@ConfigurationProperties("lift.metrics")
public class LiftMetricsProperties {

    /**
     * Whether Lift records per-invocation metrics (duration, errors, rejections, cold starts).
     */
    private boolean enabled = true;

    /**
     * Where metrics go: 'emf' writes CloudWatch Embedded Metric Format to standard output, flushed
     * at the end of every invocation on Lambda; 'cloudwatch' publishes through the CloudWatch API
     * (micrometer-registry-cloudwatch2, for long-running applications); 'none' adds no registry;
     * 'auto' is 'emf' on Lambda and 'none' elsewhere.
     */
    private Exporter exporter = Exporter.AUTO;

    /**
     * CloudWatch namespace of the metrics.
     */
    private String namespace = "Lift";

    /**
     * Dimensions added to every metric Lift's registry emits, such as service or stage.
     */
    private Map<String, String> dimensions = new LinkedHashMap<>();

    /**
     * Whether the tenant is a dimension of the invocation metrics. Only tenants within
     * lift.tenancy.max-tracked-tenants get their own value; the others are 'other'.
     */
    private boolean tenantDimension = false;

    /**
     * Meters that Lift's EMF registry writes besides Lift's own (lift.*, ColdStart and the
     * resilience4j.* meters of its patterns), by name prefix, e.g. 'jvm.memory' or
     * 'spring.cloud.function'; '*' writes every meter. Each metric written is a billed CloudWatch
     * custom metric for every combination of its dimension values.
     */
    private List<String> include = new ArrayList<>();

    /**
     * How often metrics are published outside Lambda (the 'cloudwatch' exporter, and the 'emf'
     * exporter when not on Lambda, where there is no end of invocation to flush at), and how often
     * gauges and other polled meters (JVM memory, threads...) go into EMF output on Lambda.
     */
    private Duration step = Duration.ofMinutes(1);

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Exporter getExporter() {
        return this.exporter;
    }

    public void setExporter(Exporter exporter) {
        this.exporter = exporter;
    }

    public String getNamespace() {
        return this.namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public Map<String, String> getDimensions() {
        return this.dimensions;
    }

    public void setDimensions(Map<String, String> dimensions) {
        this.dimensions = dimensions;
    }

    public boolean isTenantDimension() {
        return this.tenantDimension;
    }

    public void setTenantDimension(boolean tenantDimension) {
        this.tenantDimension = tenantDimension;
    }

    public List<String> getInclude() {
        return this.include;
    }

    public void setInclude(List<String> include) {
        this.include = include;
    }

    public Duration getStep() {
        return this.step;
    }

    public void setStep(Duration step) {
        this.step = step;
    }

    /** Where metrics go. */
    public enum Exporter {

        /** EMF on Lambda, none elsewhere. */
        AUTO,

        /** CloudWatch Embedded Metric Format on standard output. */
        EMF,

        /** The CloudWatch API through micrometer-registry-cloudwatch2. */
        CLOUDWATCH,

        /** No registry from Lift; metrics go to the application's own registries, if any. */
        NONE

    }

}
