package io.claimline.gateway;

import io.claimline.gateway.auth.SafeDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The one entry point of Claimline: routes /api to the services, checks tokens, and issues them locally. */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }

    /** Refuses an unsafe configuration outside the local profile before anything else is made. */
    @Bean
    static SafeDefaults safeDefaults() {
        return new SafeDefaults();
    }
}
