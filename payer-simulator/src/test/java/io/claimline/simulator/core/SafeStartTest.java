package io.claimline.simulator.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.claimline.simulator.PayerSimulatorApplication;
import io.claimline.web.config.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the local profile the simulator needs a submitter secret of its own. */
class SafeStartTest {

    @Test
    void withoutASecretItRefusesToStart() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .run("--server.port=0"));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("has no submitter secret (claimline.simulator.core.password)");
    }

    @Test
    void theDevelopmentSecretIsRefusedWithoutBeingPrinted() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .run("--server.port=0", "--claimline.simulator.core.password=claimline-simulator-secret"));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("still uses the development value")
                .hasMessageNotContaining("claimline-simulator-secret");
    }

    @Test
    void aSecretOfItsOwnStarts() {
        try (var context = new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .run("--server.port=0", "--claimline.simulator.core.password=a-secret-of-its-own")) {
            assertThat(context.getBean(CoreCredentials.class).password()).isEqualTo("a-secret-of-its-own");
        }
    }

    @Test
    void anEnabledClearinghouseWithoutAnSftpPasswordRefusesToStart() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .run("--server.port=0", "--claimline.simulator.core.password=a-secret-of-its-own",
                        "--claimline.simulator.clearinghouse.enabled=true"));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("has no SFTP password (claimline.simulator.clearinghouse.password)");
    }

    @Test
    void theDevelopmentSftpPasswordIsRefusedWithoutBeingPrinted() {
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .run("--server.port=0", "--claimline.simulator.core.password=a-secret-of-its-own",
                        "--claimline.simulator.clearinghouse.enabled=true",
                        "--claimline.simulator.clearinghouse.password=claimline-sftp-secret"));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("still uses the development value of claimline.simulator.clearinghouse.password")
                .hasMessageNotContaining("claimline-sftp-secret");
    }

    @Test
    void outsideTheLocalProfileTheClearinghouseIsOffUnlessTurnedOn() {
        try (var context = new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .run("--server.port=0", "--claimline.simulator.core.password=a-secret-of-its-own")) {
            assertThat(context.getBeanNamesForType(io.claimline.simulator.clearinghouse.Clearinghouse.class))
                    .isEmpty();
        }
    }
}
