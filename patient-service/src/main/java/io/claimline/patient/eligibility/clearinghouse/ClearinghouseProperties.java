package io.claimline.patient.eligibility.clearinghouse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the clearinghouse's CORE real-time endpoint is ({@code url}: the base, {@code /core/realtime} is added) and
 * how to authenticate (HTTP Basic). The local profile points at the payer simulator with its development
 * credentials; elsewhere set CLAIMLINE_CLEARINGHOUSE_URL/USERNAME/PASSWORD.
 */
@ConfigurationProperties("claimline.clearinghouse")
public record ClearinghouseProperties(String url, String username, String password, Duration connectTimeout,
        Duration readTimeout) {

    public ClearinghouseProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
    }

    @Override
    public String toString() {
        return "ClearinghouseProperties[url=" + url + ", username=" + username + ", password=(hidden)]";
    }
}
