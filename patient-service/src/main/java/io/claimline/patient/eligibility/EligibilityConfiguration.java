package io.claimline.patient.eligibility;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EligibilitySettings.class)
class EligibilityConfiguration {
}
