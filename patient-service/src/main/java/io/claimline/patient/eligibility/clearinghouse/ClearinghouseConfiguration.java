package io.claimline.patient.eligibility.clearinghouse;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The clearinghouse client ({@code claimline.clearinghouse.*}), and the refusal of a development secret outside
 * the local profile. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClearinghouseProperties.class)
public class ClearinghouseConfiguration {

    @Bean
    static ClearinghouseSafeDefaults clearinghouseSafeDefaults() {
        return new ClearinghouseSafeDefaults();
    }

    @Bean
    Clearinghouse clearinghouse(ClearinghouseProperties properties, Clock clock) {
        return coreRealTime(properties, clock);
    }

    /** The client as the bean is made; tests build one the same way. */
    public static CoreRealTimeClearinghouse coreRealTime(ClearinghouseProperties properties, Clock clock) {
        RestClient.Builder http = RestClient.builder()
                .baseUrl(properties.url())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(ClientHttpRequestFactorySettings
                        .defaults()
                        .withConnectTimeout(properties.connectTimeout())
                        .withReadTimeout(properties.readTimeout())));
        if (properties.password() != null && !properties.password().isBlank()) {
            http.defaultHeaders(headers -> headers.setBasicAuth(properties.username(), properties.password()));
        }
        return new CoreRealTimeClearinghouse(http.build(), clock);
    }
}
