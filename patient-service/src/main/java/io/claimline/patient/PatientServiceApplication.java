package io.claimline.patient;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns patients, their demographics and coverages, and the payer registry; holds the PHI vault. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PatientServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PatientServiceApplication.class, args);
    }
}
