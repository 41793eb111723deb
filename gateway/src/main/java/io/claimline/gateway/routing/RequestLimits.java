package io.claimline.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Caps what one request may send, so a single caller cannot tie up the gateway or a service with a huge body. */
@ConfigurationProperties("claimline.gateway")
public record RequestLimits(@DefaultValue("1MB") DataSize maxRequestBody) {
}
