package io.claimline.gateway.routing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service listens. Only scheme, host and port are used: the gateway forwards the path unchanged,
 * because every service serves the same /api/... paths the clients call. {@code patients} also serves
 * {@code /api/phi-access-record/**}.
 */
@ConfigurationProperties("claimline.routes")
public record RouteTargets(
        @DefaultValue("http://localhost:8081") URI patients,
        @DefaultValue("http://localhost:8082") URI billing,
        @DefaultValue("http://localhost:8083") URI claims,
        @DefaultValue("http://localhost:8084") URI collections) {
}
