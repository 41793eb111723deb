package io.claimline.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.web.ProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything the authorization server's chains do not claim: /api (and any other path) needs a valid bearer
 * token, checked here as well as in every service. Only health, info, metrics and the error page are open.
 * Anything unknown is denied rather than open, so an anonymous caller cannot probe which paths exist.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** After the authorization server's endpoint and login chains (orders 1 and 2), which match first. */
    static final int ORDER = 10;

    @Bean
    @Order(ORDER)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper mapper) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(mapper);
        // No security matcher: this chain takes every request the earlier chains did not.
        http
                // Bearer tokens in a header, no session cookie: there is nothing a forged cross-site request
                // could ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        // /api/** and anything else: a valid token first, then the route (or a 404).
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems.authenticationEntryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.authenticationEntryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
