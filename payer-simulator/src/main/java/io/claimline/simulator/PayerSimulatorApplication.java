package io.claimline.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A payer and clearinghouse for the local stack and the tests. Today: real-time eligibility (CAQH CORE, X12
 * 270 in, 271 or 999 out). Claims (837 in, 999/277CA/835 out over batch SFTP) come as packages beside
 * {@code eligibility}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PayerSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(PayerSimulatorApplication.class, args);
    }
}
