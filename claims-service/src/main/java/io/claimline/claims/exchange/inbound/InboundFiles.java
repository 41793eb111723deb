package io.claimline.claims.exchange.inbound;

import io.claimline.claims.exchange.transport.ClearinghouseTransport;
import io.claimline.claims.exchange.transport.InboundFileRef;
import io.claimline.claims.exchange.transport.TransportException;
import io.claimline.platform.documents.EncryptedDocuments;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12FileKind;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.ack.Ack999Reader;
import io.claimline.x12.ack.ClaimAcknowledgement277Reader;
import io.claimline.x12.ack.Ta1Reader;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in what the clearinghouse sends back, each file once by name: the file is stored encrypted (it names
 * patients), recognised by its envelope (TA1, 999, 277CA), read and validated against its implementation guide, and
 * applied to the batches and claims it names — all in one transaction with the file's record. A malformed file, or
 * one that names nothing this service sent, is rejected whole: stored for inspection with the segment position and
 * the reason, nothing applied. Only after the commit is the file deleted from the clearinghouse, so a crash leaves
 * it there and the next poll finds it recorded and only deletes it.
 */
@Component
public class InboundFiles {

    static final String CLEARINGHOUSE_OWNER = "clearinghouse";
    private static final Logger LOG = LoggerFactory.getLogger(InboundFiles.class);

    private final ClearinghouseTransport transport;
    private final EncryptedDocuments documents;
    private final AcknowledgementApplier applier;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Ta1Reader ta1 = new Ta1Reader();
    private final Ack999Reader ack999 = new Ack999Reader();
    private final ClaimAcknowledgement277Reader ack277 = new ClaimAcknowledgement277Reader();

    InboundFiles(ClearinghouseTransport transport, EncryptedDocuments documents, AcknowledgementApplier applier,
            JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
        this.transport = transport;
        this.documents = documents;
        this.applier = applier;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
        List.of("applied", "rejected").forEach(outcome -> meters.counter("claimline.claims.acknowledgements.files",
                "outcome", outcome));
    }

    /** One poll of the clearinghouse; answers how many new files were taken in. */
    public int poll() {
        int taken = 0;
        for (InboundFileRef file : transport.listInbound()) {
            if (!known(file.name())) {
                byte[] content;
                try {
                    content = transport.fetch(file);
                } catch (TransportException failed) {
                    LOG.warn("acknowledgement file {} not fetched: {}", file.name(), failed.getMessage());
                    if (failed.retryable()) {
                        return taken;
                    }
                    continue;
                }
                transaction.executeWithoutResult(status -> receive(file.name(), content));
                taken++;
            }
            transport.remove(file);
        }
        return taken;
    }

    /** Records, and when well-formed and matched applies, one received file. Runs in the caller's transaction. */
    void receive(String name, byte[] content) {
        String fileId = UUID.randomUUID().toString();
        String text = new String(content, StandardCharsets.ISO_8859_1);
        X12FileKind kind = null;
        try {
            kind = X12FileKind.of(text);
            AppliedFile applied = switch (kind) {
                case INTERCHANGE_ACKNOWLEDGEMENT -> applier.interchange(ta1.read(text), fileId);
                case IMPLEMENTATION_ACKNOWLEDGEMENT -> applier.functionalGroup(ack999.read(text), fileId);
                case CLAIM_ACKNOWLEDGEMENT -> applier.claims(ack277.read(text), fileId);
                case PROFESSIONAL_CLAIM -> throw new UnmatchedAcknowledgementException(
                        "an 837 is not an acknowledgement: nothing to apply");
            };
            String owner = applied.clinicId() == null ? CLEARINGHOUSE_OWNER : applied.clinicId();
            record(fileId, name, applied.clinicId(), owner, kind.name(), content, "APPLIED", null, null, null,
                    applied.interchangeControlNumber(), applied.claimsApplied());
            meters.counter("claimline.claims.acknowledgements.files", "outcome", "applied").increment();
        } catch (X12RejectedException malformed) {
            X12Error first = malformed.errors().get(0);
            rejected(fileId, name, kind, content, malformed.getMessage(), first.segmentPosition(),
                    first.segmentId());
        } catch (UnmatchedAcknowledgementException unmatched) {
            rejected(fileId, name, kind, content, unmatched.getMessage(), null, null);
        }
    }

    /** Nothing was applied: the reading or the matching refused the file before any command. */
    private void rejected(String fileId, String name, X12FileKind kind, byte[] content, String problem,
            Integer position, String segmentId) {
        record(fileId, name, null, CLEARINGHOUSE_OWNER, kind == null ? "UNKNOWN" : kind.name(), content, "REJECTED",
                problem, position, segmentId, null, 0);
        meters.counter("claimline.claims.acknowledgements.files", "outcome", "rejected").increment();
        LOG.warn("acknowledgement file {} rejected: {}", name, problem);
    }

    private void record(String fileId, String name, String clinicId, String owner, String kind, byte[] content,
            String outcome, String problem, Integer position, String segmentId, Integer interchange, int applied) {
        String sha256 = documents.store(owner, "application/edi-x12", content).sha256();
        jdbc.update("""
                INSERT INTO clearinghouse_inbound_file (file_id, file_name, clinic_id, stored_under, kind,
                    file_sha256, size_bytes, outcome, problem, problem_segment_position, problem_segment_id,
                    interchange_control_number, claims_applied, received_at)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                fileId, name, clinicId, owner, kind, sha256, content.length, outcome, problem, position, segmentId,
                interchange, applied, Timestamp.from(clock.instant()));
    }

    private boolean known(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM clearinghouse_inbound_file WHERE file_name = ?)", Boolean.class, name));
    }
}
