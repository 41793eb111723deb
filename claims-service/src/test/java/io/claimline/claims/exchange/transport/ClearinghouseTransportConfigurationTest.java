package io.claimline.claims.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.web.config.UnsafeConfigurationException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bean chosen by the settings, the start refused with the setting's name, and the local-only shortcuts. */
class ClearinghouseTransportConfigurationTest {

    private static final String FINGERPRINT = "SHA256:" + "x".repeat(43);
    private static final String REAL_PASSWORD = "from-the-secret-store-4e1b";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ClearinghouseTransportConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("claimline.claims.clearinghouse.transport=sftp",
                    "claimline.claims.clearinghouse.sftp.host=sftp.clearinghouse.example",
                    "claimline.claims.clearinghouse.sftp.username=claimline");

    @TempDir
    Path share;

    @Test
    void makesTheSftpTransportWithAPinnedHostKey() {
        runner.withPropertyValues("claimline.claims.clearinghouse.sftp.password=" + REAL_PASSWORD,
                "claimline.claims.clearinghouse.sftp.host-key-fingerprint=" + FINGERPRINT).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).getBean("clearinghouseTransport").isInstanceOf(SftpTransport.class);
                    assertThat(context.getBean(ClearinghouseTransportProperties.class).toString())
                            .doesNotContain(REAL_PASSWORD);
                });
    }

    @Test
    void makesTheDirectoryTransport() {
        runner.withPropertyValues("claimline.claims.clearinghouse.transport=directory",
                "claimline.claims.clearinghouse.directory.upload=" + share.resolve("in"),
                "claimline.claims.clearinghouse.directory.download=" + share.resolve("out")).run(context ->
                assertThat(context).getBean(ClearinghouseTransport.class).isInstanceOf(DirectoryTransport.class));
    }

    @Test
    void theLocalProfileMayAcceptAnyHostKeyWithTheDevelopmentPassword() {
        runner.withPropertyValues("spring.profiles.active=local",
                "claimline.claims.clearinghouse.sftp.password=claimline-sftp-secret",
                "claimline.claims.clearinghouse.sftp.accept-any-host-key=true").run(context ->
                assertThat(context).getBean(ClearinghouseTransport.class).isInstanceOf(SftpTransport.class));
    }

    @Test
    void theDevelopmentPasswordIsTheOneOfTheLocalProfile() {
        assertThat(ClearinghouseTransportSafeDefaults.developmentPassword()).isEqualTo("claimline-sftp-secret");
    }

    @Test
    void outsideTheLocalProfileAMissingPasswordRefusesTheStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.sftp.host-key-fingerprint=" + FINGERPRINT)
                .run(context -> assertThat(unsafe(context)).hasMessageContaining(
                        "claimline.claims.clearinghouse.sftp.password is missing"));
    }

    @Test
    void outsideTheLocalProfileTheDevelopmentPasswordRefusesTheStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.sftp.password=claimline-sftp-secret",
                "claimline.claims.clearinghouse.sftp.host-key-fingerprint=" + FINGERPRINT).run(context ->
                assertThat(unsafe(context)).hasMessageContaining("still the development value")
                        .hasMessageNotContaining("claimline-sftp-secret"));
    }

    @Test
    void outsideTheLocalProfileAcceptingAnyHostKeyRefusesTheStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.sftp.password=" + REAL_PASSWORD,
                "claimline.claims.clearinghouse.sftp.accept-any-host-key=true").run(context ->
                assertThat(unsafe(context)).hasMessageContaining("accept-any-host-key is true")
                        .hasMessageNotContaining(REAL_PASSWORD));
    }

    @Test
    void theDirectoryTransportNeedsNoSftpSecret() {
        runner.withPropertyValues("claimline.claims.clearinghouse.transport=directory",
                "claimline.claims.clearinghouse.directory.upload=" + share.resolve("in"),
                "claimline.claims.clearinghouse.directory.download=" + share.resolve("out"))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anSftpTransportWithoutAHostKeyCheckDoesNotStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.sftp.password=" + REAL_PASSWORD).run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining(
                        "exactly one of claimline.claims.clearinghouse.sftp.host-key-fingerprint"));
    }

    @Test
    void aMalformedFingerprintDoesNotStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.sftp.password=" + REAL_PASSWORD,
                "claimline.claims.clearinghouse.sftp.host-key-fingerprint=MD5:ab:cd").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("must look like SHA256:"));
    }

    @Test
    void theDirectoryTransportWithoutDirectoriesDoesNotStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.transport=directory").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining(
                        "claimline.claims.clearinghouse.directory.upload and .download must be set"));
    }

    @Test
    void anUnknownTransportDoesNotStart() {
        runner.withPropertyValues("claimline.claims.clearinghouse.transport=ftp").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("transport"));
    }

    private static Throwable unsafe(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable failure = context.getStartupFailure();
        while (!(failure instanceof UnsafeConfigurationException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        assertThat(failure).isInstanceOf(UnsafeConfigurationException.class);
        return failure;
    }
}
