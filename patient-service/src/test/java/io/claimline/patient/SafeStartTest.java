package io.claimline.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.claimline.web.config.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Outside the local profile, a service without its secrets, or with the development ones, refuses to start. */
@ExtendWith(OutputCaptureExtension.class)
class SafeStartTest {

    @Test
    void withoutTheLocalProfileAndWithoutSecretsItRefusesAndSaysWhich(CapturedOutput output) {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(PatientServiceApplication.class)
                .run("--server.port=0"));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("missing spring.datasource.password, claimline.idempotency.fingerprint-key, "
                        + "claimline.phi.master-key");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("SPRING_PROFILES_ACTIVE=local");
    }

    @Test
    void aDevelopmentSecretOutsideTheLocalProfileIsRefusedWithoutPrintingIt(CapturedOutput output) {
        String developmentKey = "bG9jYWwtZGV2LW9ubHktbWFzdGVyLWtleS0zMmJ5dGU=";

        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(PatientServiceApplication.class)
                .run("--server.port=0", "--spring.datasource.password=a-real-one",
                        "--claimline.idempotency.fingerprint-key=cmVhbGx5LWEta2V5LW9mLWl0cy1vd24tMzItYnl0ZXM=",
                        "--claimline.phi.master-key=" + developmentKey));

        assertThat(refused).hasMessageContaining("still the development value of claimline.phi.master-key")
                .hasMessageNotContaining(developmentKey);
        assertThat(output.getAll()).doesNotContain("a-real-one");
    }
}
