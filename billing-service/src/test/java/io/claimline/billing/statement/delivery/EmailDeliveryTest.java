package io.claimline.billing.statement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail through a real SMTP server in-process (GreenMail), as the configured JavaMailSender would send it. */
class EmailDeliveryTest {

    private static final String FROM = "statements@clinic-a.example.org";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void sendsTheNoticeWithTheStatementAttached() throws Exception {
        // All ASCII with bare line feeds: the bytes must arrive unchanged all the same.
        byte[] pdf = Parcels.pdf("emailed");

        DeliveryReceipt receipt = delivery(smtp.getSmtp().getPort()).deliver(Parcels.email("S-2026-000777", pdf));

        assertThat(receipt).isEqualTo(new DeliveryReceipt(Channel.EMAIL, "email", Parcels.NOW));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()).extracting(Address::toString).containsExactly(Parcels.RECIPIENT);
        assertThat(message.getFrom()).extracting(Address::toString).containsExactly(FROM);
        assertThat(message.getSubject()).isEqualTo("Your statement S-2026-000777");
        List<Part> parts = parts((Multipart) message.getContent());
        assertThat(parts).anySatisfy(part -> {
            assertThat(part.isMimeType("text/plain")).isTrue();
            assertThat(part.getContent().toString()).isEqualTo(Parcels.NOTICE);
        });
        assertThat(parts).anySatisfy(part -> {
            assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(part.getDisposition());
            assertThat(part.getFileName()).isEqualTo("statement-S-2026-000777.pdf");
            assertThat(part.isMimeType("application/pdf")).isTrue();
            assertThat(part.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
            try (InputStream content = part.getInputStream()) {
                assertThat(content.readAllBytes()).isEqualTo(pdf);
            }
        });
    }

    @Test
    void aMailServerThatDoesNotAnswerFailsWithoutNamingTheRecipient() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> delivery(closedPort).deliver(Parcels.email("S-9", Parcels.pdf("nine"))))
                .isInstanceOf(StatementDeliveryFailedException.class)
                .hasMessageStartingWith("statement S-9 could not be e-mailed")
                .hasMessageNotContaining(Parcels.RECIPIENT)
                .hasNoCause();
    }

    @Test
    void aRecipientTheServerRefusesFailsWithoutNamingIt() {
        StatementParcel parcel = new StatementParcel("clinic-a", "stmt-S-10", "S-10", Channel.EMAIL,
                Parcels.pdf("ten"), "not an address@@", Parcels.NOTICE);

        assertThatThrownBy(() -> delivery(smtp.getSmtp().getPort()).deliver(parcel))
                .isInstanceOf(StatementDeliveryFailedException.class)
                .hasMessageNotContaining("not an address").hasNoCause();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static EmailDelivery delivery(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        return new EmailDelivery(sender, FROM, Parcels.CLOCK);
    }

    /** The leaf parts of a (possibly nested) multipart message. */
    private static List<Part> parts(Multipart multipart) throws Exception {
        List<Part> leaves = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                leaves.addAll(parts(nested));
            } else {
                leaves.add(part);
            }
        }
        return leaves;
    }
}
