package io.claimline.patient.vault.keys;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vault's keys: the master key (this service's only; no other service holds one) wraps the per-patient data
 * keys, which seal PHI.
 */
@Configuration(proxyBeanMethods = false)
public class PhiConfiguration {

    @Bean
    AesGcm aesGcm(@Value("${claimline.phi.master-key}") String masterKey) {
        // Outside the local profile a missing or development key has already stopped the start (SafeSecrets).
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
