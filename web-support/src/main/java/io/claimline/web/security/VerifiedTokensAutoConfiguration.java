package io.claimline.web.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Wraps whatever {@link JwtDecoder} the application has (Spring Boot's, from the issuer and audience settings, or
 * the gateway's own) in {@link VerifiedTokens}, so its configuration stays where it is.
 */
@AutoConfiguration
@ConditionalOnClass(JwtDecoder.class)
public class VerifiedTokensAutoConfiguration {

    /** Live tokens held at most; a clinic system or user has one at a time, so this is many clients. */
    static final long MAXIMUM_TOKENS = 10_000;

    @Bean
    static BeanPostProcessor verifiedTokensPostProcessor(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
                    return new VerifiedTokens(decoder, clock.getIfAvailable(Clock::systemUTC), MAXIMUM_TOKENS);
                }
                return bean;
            }
        };
    }
}
