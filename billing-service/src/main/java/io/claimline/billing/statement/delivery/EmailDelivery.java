package io.claimline.billing.statement.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A statement e-mailed to the patient: the notice (amount due, how to pay, the clinic's contact) as the body and
 * the statement as a PDF attachment, through the configured SMTP server ({@code spring.mail.*}).
 */
class EmailDelivery implements StatementDelivery {

    static final String DESTINATION = "email";

    private final JavaMailSender mail;
    private final String from;
    private final Clock clock;

    EmailDelivery(JavaMailSender mail, String from, Clock clock) {
        this.mail = mail;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public DeliveryReceipt deliver(StatementParcel parcel) {
        if (parcel.channel() != Channel.EMAIL) {
            throw new IllegalArgumentException("statement " + parcel.statementNumber() + " is not for e-mail");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(parcel.recipientEmail());
            // The statement number only: a subject line is shown in lists and previews, so it names no amount.
            helper.setSubject("Your statement " + parcel.statementNumber());
            helper.setText(parcel.noticeText() == null ? "" : parcel.noticeText());
            helper.getRootMimeMultipart().addBodyPart(attachment(parcel));
            mail.send(message);
        } catch (MessagingException | MailException e) {
            // Mail errors quote the recipient's address ("Invalid Addresses: ..."), so neither their message nor the
            // exception itself travels on into logs: the kind of failure is enough to act on.
            throw new StatementDeliveryFailedException("statement " + parcel.statementNumber()
                    + " could not be e-mailed (" + e.getClass().getSimpleName() + ")");
        }
        return new DeliveryReceipt(Channel.EMAIL, DESTINATION, clock.instant());
    }

    private static MimeBodyPart attachment(StatementParcel parcel) throws MessagingException {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(parcel.pdf(), "application/pdf")));
        attachment.setFileName("statement-" + parcel.statementNumber() + ".pdf");
        attachment.setDisposition(Part.ATTACHMENT);
        // Always base64: a PDF that happens to be all ASCII would otherwise go as 7bit, and SMTP would turn its
        // line ends into CRLF, changing the document's bytes.
        attachment.setHeader("Content-Transfer-Encoding", "base64");
        return attachment;
    }
}
