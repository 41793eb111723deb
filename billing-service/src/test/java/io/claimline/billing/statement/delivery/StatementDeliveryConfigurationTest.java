package io.claimline.billing.statement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The port as the service wires it, with Spring Boot's mail auto-configuration: e-mail exactly where
 * {@code spring.mail.host} is set, otherwise e-mail statements printed instead; counted by channel and outcome.
 */
class StatementDeliveryConfigurationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path drop;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(StatementDeliveryConfiguration.class)
                .withBean(Clock.class, () -> Parcels.CLOCK)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("claimline.billing.statements.print-drop=" + drop);
    }

    @Test
    void withoutAMailServerAnEmailStatementIsPrintedAndTheReceiptSaysSo() {
        runner().run(context -> {
            DeliveryReceipt receipt = context.getBean(StatementDelivery.class)
                    .deliver(Parcels.email("S-20", Parcels.pdf("twenty")));

            assertThat(receipt.channel()).isEqualTo(Channel.PRINT);
            assertThat(receipt.requested()).isEqualTo(Channel.EMAIL);
            assertThat(receipt.fellBack()).isTrue();
            assertThat(receipt.destination()).isEqualTo("clinic-a/S-20.pdf");
            assertThat(drop.resolve("clinic-a/S-20.pdf")).exists();
            assertThat(smtp.getReceivedMessages()).isEmpty();
            assertThat(delivered(context.getBean(MeterRegistry.class), "print", "email_unavailable")).isEqualTo(1);
        });
    }

    @Test
    void withAMailServerEmailGoesOutAndPrintStillDrops() {
        runner().withPropertyValues("spring.mail.host=localhost", "spring.mail.port=" + smtp.getSmtp().getPort(),
                "claimline.billing.statements.email.from=statements@clinic-a.example.org").run(context -> {
                    StatementDelivery delivery = context.getBean(StatementDelivery.class);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);

                    assertThat(delivery.deliver(Parcels.email("S-21", Parcels.pdf("21"))))
                            .isEqualTo(new DeliveryReceipt(Channel.EMAIL, "email", Parcels.NOW));
                    delivery.deliver(Parcels.print("S-22", Parcels.pdf("22")));
                    delivery.deliver(Parcels.print("S-22", Parcels.pdf("22")));

                    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
                    assertThat(smtp.getReceivedMessages()).hasSize(1);
                    assertThat(drop.resolve("clinic-a/S-22.pdf")).exists();
                    assertThat(drop.resolve("clinic-a/S-21.pdf")).doesNotExist();
                    assertThat(delivered(meters, "email", "delivered")).isEqualTo(1);
                    assertThat(delivered(meters, "print", "delivered")).isEqualTo(1);
                    assertThat(delivered(meters, "print", "already_delivered")).isEqualTo(1);
                });
    }

    @Test
    void aMailServerWithoutASenderAddressStopsTheStart() {
        runner().withPropertyValues("spring.mail.host=localhost").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageStartingWith("claimline.billing.statements.email.from"));
    }

    @Test
    void aFailedEmailIsCountedAndNothingIsPrintedInstead() {
        runner().withPropertyValues("spring.mail.host=localhost", "spring.mail.port=1",
                "claimline.billing.statements.email.from=statements@clinic-a.example.org").run(context -> {
                    StatementDelivery delivery = context.getBean(StatementDelivery.class);

                    assertThatThrownBy(
                            () -> delivery.deliver(Parcels.email("S-23", Parcels.pdf("23"))))
                            .isInstanceOf(StatementDeliveryFailedException.class);
                    assertThat(delivered(context.getBean(MeterRegistry.class), "email", "failed")).isEqualTo(1);
                    assertThat(drop.resolve("clinic-a/S-23.pdf")).doesNotExist();
                });
    }

    private static double delivered(MeterRegistry meters, String channel, String outcome) {
        return meters.get(CompositeStatementDelivery.METRIC).tag("channel", channel).tag("outcome", outcome)
                .counter().count();
    }
}
