package io.claimline.patient.matching;

import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Blind keys are derived from the vault's master key: one secret to guard, and no other service can make them. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    BlindKeys blindKeys(@Value("${claimline.phi.master-key}") String masterKey) {
        return new BlindKeys(Base64.getDecoder().decode(masterKey));
    }
}
