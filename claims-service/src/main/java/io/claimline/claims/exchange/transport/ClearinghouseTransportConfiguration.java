package io.claimline.claims.exchange.transport;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link ClearinghouseTransport} bean ({@code clearinghouseTransport}) chosen by
 * {@code claimline.claims.clearinghouse.transport}, and the refusal of unsafe SFTP settings outside the local
 * profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClearinghouseTransportProperties.class)
public class ClearinghouseTransportConfiguration {

    @Bean
    static ClearinghouseTransportSafeDefaults clearinghouseTransportSafeDefaults() {
        return new ClearinghouseTransportSafeDefaults();
    }

    /** The SFTP transport's SshClient starts with the context and stops with it ({@code close}). */
    @Bean
    ClearinghouseTransport clearinghouseTransport(ClearinghouseTransportProperties properties,
            MeterRegistry meterRegistry) {
        return create(properties, meterRegistry);
    }

    /** The transport as the bean is made, started; tests build one the same way. */
    public static ClearinghouseTransport create(ClearinghouseTransportProperties properties,
            MeterRegistry meterRegistry) {
        long maxFileSize = properties.maxFileSize().toBytes();
        return switch (properties.transport()) {
            case DIRECTORY -> new DirectoryTransport(properties.directory().upload(),
                    properties.directory().download(), maxFileSize, meterRegistry);
            case SFTP -> {
                var sftp = properties.sftp();
                var transport = new SftpTransport(new SftpTransport.Connection(sftp.host(), sftp.port(),
                        sftp.username(), sftp.password(), sftp.hostKeyFingerprint(), sftp.acceptAnyHostKey(),
                        sftp.connectTimeout(), sftp.authTimeout(), sftp.ioTimeout()),
                        properties.uploadDirectory(), properties.downloadDirectory(), maxFileSize, meterRegistry);
                transport.start();
                yield transport;
            }
        };
    }
}
