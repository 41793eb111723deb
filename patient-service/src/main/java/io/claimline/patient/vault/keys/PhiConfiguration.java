package io.claimline.patient.vault.keys;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** The well-known key in application.yml, fit only for the local stack and tests. */
    static final String DEVELOPMENT_MASTER_KEY = "bG9jYWwtZGV2LW9ubHktbWFzdGVyLWtleS0zMmJ5dGU=";
    private static final Logger log = LoggerFactory.getLogger(PhiConfiguration.class);

    @Bean
    AesGcm aesGcm(@Value("${claimline.phi.master-key}") String masterKey) {
        if (DEVELOPMENT_MASTER_KEY.equals(masterKey)) {
            log.warn("PHI master key is the local-development key: set CLAIMLINE_PHI_MASTER_KEY before real "
                    + "patient data is stored");
        }
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
