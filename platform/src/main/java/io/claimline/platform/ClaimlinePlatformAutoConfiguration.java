package io.claimline.platform;

import io.claimline.platform.axon.AxonPlatformConfiguration;
import io.claimline.platform.codes.CodeSetsConfiguration;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.documents.DocumentsConfiguration;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.platform.observability.DeadLetterMetrics;
import io.claimline.platform.observability.PhiSafeLogging;
import io.claimline.platform.phi.PhiVaultClientConfiguration;
import io.claimline.platform.security.ResourceServerSecurityConfiguration;
import io.claimline.platform.security.RoleCheckConfiguration;
import io.claimline.platform.web.ProblemDetailsAdvice;
import io.claimline.platform.axon.NoUsageReporting;
import io.claimline.platform.config.SafeSecrets;
import io.claimline.platform.housekeeping.HousekeepingConfiguration;
import io.claimline.platform.reconciliation.ReconciliationConfiguration;
import io.claimline.platform.web.ReadYourWrites;
import io.claimline.platform.web.StrictJsonConfiguration;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.web.RequestBodyLimit;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.util.unit.DataSize;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a Claimline domain service gets by depending on this module. Defaults live in
 * claimline-platform.properties; a service's application.yml overrides them.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, UpdateCheckerAutoConfiguration.class,
        SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        ValidationAutoConfiguration.class})
@PropertySource("classpath:claimline-platform.properties")
@Import({AxonPlatformConfiguration.class, PhiVaultClientConfiguration.class, KafkaIntegrationConfiguration.class,
        ResourceServerSecurityConfiguration.class, RoleCheckConfiguration.class, StrictJsonConfiguration.class,
        Commands.class, IdempotentRequests.class, ProblemDetailsAdvice.class, ReadYourWrites.class,
        HousekeepingConfiguration.class, ReconciliationConfiguration.class, CodeSetsConfiguration.class,
        DocumentsConfiguration.class})
public class ClaimlinePlatformAutoConfiguration {

    /** No usage data leaves the service (Axon's update checker stays off). */
    @Bean
    UsagePropertyProvider usagePropertyProvider() {
        return new NoUsageReporting();
    }

    /** Refuses to start outside the local profile with a missing or development secret. */
    @Bean
    static SafeSecrets safeSecrets() {
        return new SafeSecrets();
    }

    /**
     * The API document names no server: springdoc would otherwise echo the request's Host header into it, which a
     * caller controls. Clients resolve paths against the URL they fetched the document from.
     */
    @Bean
    OpenAPI claimlineOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI().info(new Info().title("Claimline " + service).version("v1"))
                .servers(List.of(new Server().url("/")));
    }

    /** String examples stay strings in the API document (see StringExamples). */
    @Bean
    io.claimline.platform.web.StringExamples stringExamples() {
        return new io.claimline.platform.web.StringExamples();
    }

    /**
     * Every service caps request bodies itself (413), like the gateway, since a service can be called directly; set
     * before Spring Security so an oversized body is refused before anything reads it.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${claimline.max-request-body:1MB}") DataSize limit, ObjectMapper mapper) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limit, mapper));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    DeadLetterMetrics deadLetterMetrics(EventProcessorProperties processors, JdbcTemplate jdbc) {
        return new DeadLetterMetrics(processors, jdbc);
    }

    @Bean
    PhiSafeLogging phiSafeLogging(LoggingSystem logging) {
        return new PhiSafeLogging(logging);
    }

    /** Bean Validation's @Past/@Future judge by the same clock as the domain, not the JVM's. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    /** Domain code takes time from here only, so tests can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
