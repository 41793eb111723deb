package io.claimline.claims.submission;

import io.claimline.claims.exchange.transport.ClearinghouseTransport;
import io.claimline.claims.exchange.transport.OutboundFile;
import io.claimline.claims.exchange.transport.TransportException;
import io.claimline.platform.documents.EncryptedDocuments;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends committed batches to the clearinghouse, each once: a batch whose {@code sent_at} is empty is sent (its file
 * read back from the encrypted documents) and marked sent when the transport confirmed. A crash between the two is
 * harmless: the transport does not upload a file name the clearinghouse has complete already. Nothing here reacts to
 * events, so replaying claims-service's projections sends nothing.
 */
@Component
public class BatchTransmission {

    private static final Logger LOG = LoggerFactory.getLogger(BatchTransmission.class);
    private static final int PER_RUN = 100;

    private final JdbcTemplate jdbc;
    private final EncryptedDocuments documents;
    private final ClearinghouseTransport transport;
    private final Clock clock;
    private final MeterRegistry meters;

    BatchTransmission(JdbcTemplate jdbc, EncryptedDocuments documents, ClearinghouseTransport transport, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.transport = transport;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("claimline.claims.batches.unsent", jdbc,
                j -> j.queryForObject("SELECT count(*) FROM claim_batch WHERE sent_at IS NULL", Long.class));
        meters.counter("claimline.claims.batches.sent", "outcome", "sent");
        meters.counter("claimline.claims.batches.sent", "outcome", "failed");
    }

    /** Sends the batches not sent yet, oldest first; answers how many went out. */
    public int sendPending() {
        List<Unsent> unsent = jdbc.query("""
                SELECT batch_id::text AS batch_id, clinic_id, file_name, file_sha256 FROM claim_batch
                WHERE sent_at IS NULL ORDER BY cut_at LIMIT ?""",
                (rs, n) -> new Unsent(rs.getString("batch_id"), rs.getString("clinic_id"), rs.getString("file_name"),
                        rs.getString("file_sha256")), PER_RUN);
        int sent = 0;
        for (Unsent batch : unsent) {
            byte[] content = documents.read(batch.clinicId(), batch.sha256()).orElseThrow(
                    () -> new IllegalStateException("batch " + batch.batchId() + " has no stored file"));
            try {
                transport.send(new OutboundFile(batch.fileName(), content));
                jdbc.update("""
                        UPDATE claim_batch SET sent_at = ?, send_attempts = send_attempts + 1, last_send_problem = NULL
                        WHERE batch_id = ?::uuid AND sent_at IS NULL""",
                        Timestamp.from(clock.instant()), batch.batchId());
                meters.counter("claimline.claims.batches.sent", "outcome", "sent").increment();
                sent++;
            } catch (TransportException failed) {
                // The transport's message names the file and the failure, never the content nor a secret.
                jdbc.update("""
                        UPDATE claim_batch SET send_attempts = send_attempts + 1, last_send_problem = ?
                        WHERE batch_id = ?::uuid""", failed.getMessage(), batch.batchId());
                meters.counter("claimline.claims.batches.sent", "outcome", "failed").increment();
                LOG.warn("batch {} not sent: {}", batch.batchId(), failed.getMessage());
                if (failed.retryable()) {
                    break; // the clearinghouse is unreachable: the next run tries again, in order
                }
            }
        }
        return sent;
    }

    private record Unsent(String batchId, String clinicId, String fileName, String sha256) {
    }
}
