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

package dev.lift.autoconfigure.tracing;

import java.util.ArrayList;
import java.util.List;

import dev.lift.tracing.XRayFormat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lift's tracing: the span of every invocation, and where spans go.
 */
@ConfigurationProperties("lift.tracing")
public class LiftTracingProperties {

    /**
     * Whether Lift opens a span per invocation, continues the X-Ray trace of the call and sets up
     * X-Ray trace ids and X-Amzn-Trace-Id propagation for Micrometer Tracing.
     */
    private boolean enabled = true;

    /**
     * Where spans go: "xray" sends them to the X-Ray daemon over UDP, "otlp" leaves export to Spring
     * Boot's OTLP support (management.otlp.tracing.*), "none" exports nothing from Lift. Unset:
     * "xray" on AWS Lambda (AWS_LAMBDA_FUNCTION_NAME is set), "otlp" elsewhere.
     */
    private Exporter exporter;

    /**
     * Whether the validated tenant id is recorded on the invocation span, and so indexed as the
     * X-Ray annotation "lift_tenant_id".
     */
    private boolean tenantAnnotation = true;

    private final Xray xray = new Xray();

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

    public boolean isTenantAnnotation() {
        return this.tenantAnnotation;
    }

    public void setTenantAnnotation(boolean tenantAnnotation) {
        this.tenantAnnotation = tenantAnnotation;
    }

    public Xray getXray() {
        return this.xray;
    }

    /** Where spans go. */
    public enum Exporter {

        /** To the X-Ray daemon, as segment documents over UDP. */
        XRAY,

        /** Through Spring Boot's OTLP exporter, e.g. to an AWS Distro for OpenTelemetry collector. */
        OTLP,

        /** Nowhere, as far as Lift is concerned. */
        NONE

    }

    /** The X-Ray daemon exporter. */
    public static class Xray {

        /**
         * UDP address of the X-Ray daemon, "host:port" or "tcp:host:port udp:host:port". Unset: the
         * AWS_XRAY_DAEMON_ADDRESS environment variable (set by Lambda), else 127.0.0.1:2000.
         */
        private String daemonAddress;

        /**
         * The form in which spans are sent: "segment", X-Ray segment documents written by Lift
         * (smallest datagrams, least CPU per span); "otlp", OpenTelemetry spans (OTLP protobuf in the
         * AWS Distro for OpenTelemetry's UDP format) that X-Ray turns into segments itself.
         */
        private XRayFormat format = XRayFormat.SEGMENT;

        /**
         * Span attribute keys indexed as X-Ray annotations in every span, in addition to Lift's own
         * (operation, cold start, tenant). Keys are reduced to letters, digits and underscores.
         */
        private List<String> annotations = new ArrayList<>();

        /**
         * Whether spans are encoded and sent by one background thread, through a bounded queue,
         * rather than by the thread that ends them. Unset: in the background outside AWS Lambda, on
         * the ending thread on Lambda, where the environment is frozen as soon as an invocation
         * returns and queued spans would be sent late or never.
         */
        private Boolean async;

        /**
         * How many ended spans may wait for the background thread; spans that find the queue full are
         * dropped and counted (lift.tracing.xray.segments, outcome=dropped).
         */
        private int maxQueueSize = 2048;

        public String getDaemonAddress() {
            return this.daemonAddress;
        }

        public void setDaemonAddress(String daemonAddress) {
            this.daemonAddress = daemonAddress;
        }

        public XRayFormat getFormat() {
            return this.format;
        }

        public void setFormat(XRayFormat format) {
            this.format = format;
        }

        public List<String> getAnnotations() {
            return this.annotations;
        }

        public void setAnnotations(List<String> annotations) {
            this.annotations = annotations;
        }

        public Boolean getAsync() {
            return this.async;
        }

        public void setAsync(Boolean async) {
            this.async = async;
        }

        public int getMaxQueueSize() {
            return this.maxQueueSize;
        }

        public void setMaxQueueSize(int maxQueueSize) {
            this.maxQueueSize = maxQueueSize;
        }

    }

}
