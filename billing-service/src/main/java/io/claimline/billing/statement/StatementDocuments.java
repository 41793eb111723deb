package io.claimline.billing.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.account.api.StatementIssuedEvent;
import io.claimline.billing.statement.delivery.Channel;
import io.claimline.billing.statement.delivery.DeliveryReceipt;
import io.claimline.billing.statement.delivery.StatementDelivery;
import io.claimline.billing.statement.delivery.StatementParcel;
import io.claimline.billing.statement.document.StatementDocument;
import io.claimline.billing.statement.document.StatementPdf;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.documents.DocumentRef;
import io.claimline.platform.documents.EncryptedDocuments;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each issued statement is rendered once (PDF and JSON), stored encrypted (content-addressed, in this service's
 * database) and delivered: by e-mail when the guarantor has an address on file and mail is configured, otherwise to
 * the print vendor's file drop. A side effect, so never replayed, and once per statement besides (the
 * {@code statement_document} row is written in the same transaction as the processor's token): a redelivered event
 * finds it and does nothing.
 */
@Component
@ProcessingGroup(StatementDocuments.PROCESSING_GROUP)
@DisallowReplay
class StatementDocuments {

    static final String PROCESSING_GROUP = "statements";
    static final String PDF = "application/pdf";
    static final String JSON = "application/json";

    private final StatementRendering rendering;
    private final EncryptedDocuments documents;
    private final StatementDelivery delivery;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Timer rendered;

    StatementDocuments(StatementRendering rendering, EncryptedDocuments documents, StatementDelivery delivery,
            ObjectMapper json, JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.rendering = rendering;
        this.documents = documents;
        this.delivery = delivery;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rendered = Timer.builder("claimline.billing.statements.rendered")
                .description("statements rendered, stored encrypted and handed to delivery").register(meters);
    }

    @EventHandler
    void on(StatementIssuedEvent event, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId) throws JsonProcessingException {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM statement_document WHERE statement_id = ?)", Boolean.class,
                event.statementId()))) {
            return;
        }
        Timer.Sample sample = Timer.start();
        StatementRendering.Rendered statement = rendering.render(clinicId, userId, event);
        StatementDocument document = statement.document();
        byte[] pdf = StatementPdf.render(document);
        DocumentRef pdfRef = documents.store(clinicId, PDF, pdf);
        DocumentRef jsonRef = documents.store(clinicId, JSON, json.writeValueAsBytes(document));
        DeliveryReceipt receipt = delivery.deliver(new StatementParcel(clinicId, event.statementId().toString(),
                event.statementNumber(), statement.email() == null ? Channel.PRINT : Channel.EMAIL, pdf,
                statement.email(), notice(document)));
        jdbc.update("""
                INSERT INTO statement_document (statement_id, clinic_id, account_id, pdf_sha256, json_sha256,
                    rendered_at, channel, destination, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.statementId(), clinicId, event.accountId().value(), pdfRef.sha256(), jsonRef.sha256(),
                Timestamp.from(clock.instant()), receipt.channel().name(), receipt.destination(),
                Timestamp.from(receipt.deliveredAt()));
        sample.stop(rendered);
    }

    /** The e-mail's body: what is due and how to pay, from the document (no clinical detail). */
    private static String notice(StatementDocument document) {
        StringBuilder text = new StringBuilder()
                .append("Your statement ").append(document.statementNumber()).append(" from ")
                .append(document.clinic().name()).append(" is attached. Amount due: $")
                .append(document.totals().amountDue().amount().toPlainString()).append(" by ")
                .append(document.dueDate()).append(".\n\n");
        document.howToPay().forEach(line -> text.append(line).append('\n'));
        return text.append("\nQuestions? Call ").append(document.clinic().phone()).append('.').toString();
    }
}
