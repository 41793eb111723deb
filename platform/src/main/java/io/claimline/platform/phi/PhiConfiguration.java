package io.claimline.platform.phi;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
public class PhiConfiguration {

    @Bean
    AesGcm aesGcm(@Value("${claimline.phi.master-key}") String masterKey) {
        return new AesGcm(masterKey);
    }

    @Bean
    DataKeys dataKeys(JdbcTemplate jdbc, AesGcm wrapper, Clock clock) {
        return new JdbcDataKeys(jdbc, wrapper, clock);
    }

    @Bean
    PhiCipher phiCipher(DataKeys keys, AesGcm wrapper) {
        return new PhiCipher(keys, wrapper);
    }
}
