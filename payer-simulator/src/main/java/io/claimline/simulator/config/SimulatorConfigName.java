package io.claimline.simulator.config;

import io.claimline.simulator.PayerSimulatorApplication;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The simulator reads payer-simulator.yml (and payer-simulator-local.yml), not application.yml: a test that starts it
 * in-process beside a service (patient-service's clearinghouse test) has that service's application.yml first on
 * the class path. Acts only for an application started from {@link PayerSimulatorApplication}; explicit settings
 * (command line, environment) still win.
 */
public class SimulatorConfigName implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getAllSources().contains(PayerSimulatorApplication.class)) {
            environment.getPropertySources().addLast(new MapPropertySource("payerSimulatorConfigName",
                    Map.of("spring.config.name", "payer-simulator")));
        }
    }
}
