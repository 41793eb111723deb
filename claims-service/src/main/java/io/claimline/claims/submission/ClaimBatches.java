package io.claimline.claims.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimOnlyFields;
import io.claimline.claims.claim.api.SubmitClaimCommand;
import io.claimline.claims.claim.api.Submission;
import io.claimline.claims.claim.integration.ClaimSettings;
import io.claimline.platform.command.Commands;
import io.claimline.platform.documents.DocumentRef;
import io.claimline.platform.documents.EncryptedDocuments;
import io.claimline.platform.kernel.StateConflictException;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cuts a clinic's ready claims into batches, one per payer, each one 837P interchange with its own ISA/GS/ST
 * control number (a sequence that never repeats). In one transaction, under a per-clinic lock so a scheduled cut
 * and a biller's cannot take the same claims: the file is written, stored encrypted (content-addressed; the batch
 * and every claim's submission event name it by SHA-256), the batch's rows are written and every claim is
 * submitted. A claim that cannot be written, or that changed since it was read, is left out and the batch is cut
 * again without it. Sending is apart ({@link BatchTransmission}): a batch is sent once, after it committed.
 */
@Component
@EnableConfigurationProperties(SubmissionSettings.class)
public class ClaimBatches {

    public static final String MEDIA_TYPE = "application/edi-x12";
    private static final Logger LOG = LoggerFactory.getLogger(ClaimBatches.class);
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ClaimFileComposer composer;
    private final EncryptedDocuments documents;
    private final Commands commands;
    private final SubmissionSettings settings;
    private final ClaimSettings claimSettings;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    ClaimBatches(JdbcTemplate jdbc, TransactionTemplate transaction, ClaimFileComposer composer,
            EncryptedDocuments documents, Commands commands, SubmissionSettings settings, ClaimSettings claimSettings,
            ObjectMapper json, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.composer = composer;
        this.documents = documents;
        this.commands = commands;
        this.settings = settings;
        this.claimSettings = claimSettings;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        meters.counter("claimline.claims.batches.cut");
        meters.counter("claimline.claims.batches.claims");
        meters.counter("claimline.claims.batches.left-out");
    }

    /** Clinics with ready claims: what a scheduled cut goes through. */
    public List<String> clinicsWithReadyClaims() {
        return jdbc.queryForList("SELECT DISTINCT clinic_id FROM rm_claim WHERE status = 'READY' ORDER BY 1",
                String.class);
    }

    /** Cuts every payer's ready claims of the clinic (or only {@code payerId}'s), on behalf of {@code by}. */
    public List<BatchCut> cut(String clinicId, UUID payerId, String by, String runId) {
        List<UUID> payers = jdbc.queryForList("""
                SELECT DISTINCT payer_id FROM rm_claim WHERE clinic_id = ? AND status = 'READY'
                    AND (?::uuid IS NULL OR payer_id = ?::uuid) ORDER BY 1""", UUID.class, clinicId, payerId, payerId);
        List<BatchCut> cuts = new ArrayList<>();
        for (UUID payer : payers) {
            Set<String> leftOut = new HashSet<>();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                try {
                    transaction.executeWithoutResult(status -> cutOne(clinicId, payer, by, runId, leftOut)
                            .ifPresent(cuts::add));
                    break;
                } catch (UnwritableClaimException | ClaimChangedException skipped) {
                    String claimId = skipped instanceof UnwritableClaimException u ? u.claimId()
                            : ((ClaimChangedException) skipped).claimId;
                    LOG.warn("claim {} left out of the batch for payer {}: {}", claimId, payer,
                            skipped.getMessage());
                    leftOut.add(claimId);
                    meters.counter("claimline.claims.batches.left-out").increment();
                }
            }
        }
        return cuts;
    }

    private Optional<BatchCut> cutOne(String clinicId, UUID payerId, String by, String runId, Set<String> leftOut) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", "claim-batch:" + clinicId);
        List<ReadyClaim> claims = jdbc.query("""
                SELECT claim_id::text AS claim_id, submission, base_patient_control_number, content::text AS content,
                    fields::text AS fields
                FROM rm_claim WHERE clinic_id = ? AND payer_id = ? AND status = 'READY'
                ORDER BY status_changed_at, claim_id LIMIT ?""",
                (rs, n) -> {
                    int next = rs.getInt("submission") + 1;
                    return new ReadyClaim(rs.getString("claim_id"), next, Submission.patientControlNumberFor(
                            rs.getString("base_patient_control_number"), next),
                            read(rs.getString("content"), ClaimContent.class),
                            rs.getString("fields") == null ? ClaimOnlyFields.NONE
                                    : read(rs.getString("fields"), ClaimOnlyFields.class));
                },
                clinicId, payerId, settings.maxClaimsPerBatch() + leftOut.size()).stream()
                .filter(claim -> !leftOut.contains(claim.claimId())).limit(settings.maxClaimsPerBatch()).toList();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        String batchId = UUID.randomUUID().toString();
        int controlNumber = jdbc.queryForObject("SELECT nextval('claim_interchange_control_number_seq')",
                Integer.class);
        String text = composer.write(clinicId, by, payerId, batchId, controlNumber, claims);
        DocumentRef stored = documents.store(clinicId, MEDIA_TYPE, text.getBytes(StandardCharsets.US_ASCII));
        String fileName = String.format("CL837P-%09d.x12", controlNumber);
        BigDecimal total = claims.stream().map(claim -> claim.content().totalCharge().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO claim_batch (batch_id, clinic_id, payer_id, receiver_id, interchange_control_number,
                    group_control_number, transaction_set_control_number, file_name, file_sha256, claim_count,
                    total_charge, cut_by, cut_at)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batchId, clinicId, payerId, settings.receiverId(), controlNumber, controlNumber, controlNumber,
                fileName, stored.sha256(), claims.size(), total, by, Timestamp.from(now));
        Instant acknowledgementDue = now.plus(claimSettings.acknowledgementDue());
        for (ReadyClaim claim : claims) {
            jdbc.update("""
                    INSERT INTO claim_batch_claim (batch_id, claim_id, submission, patient_control_number)
                    VALUES (?::uuid, ?::uuid, ?, ?)""", batchId, claim.claimId(), claim.submission(),
                    claim.patientControlNumber());
            jdbc.update("""
                    INSERT INTO claim_submission (patient_control_number, claim_id, clinic_id, submission, batch_id)
                    VALUES (?, ?::uuid, ?, ?, ?::uuid)""", claim.patientControlNumber(), claim.claimId(), clinicId,
                    claim.submission(), batchId);
            try {
                commands.sendForRun(new SubmitClaimCommand(claim.claimId(), new Submission(claim.submission(),
                        claim.patientControlNumber(), batchId, controlNumber, controlNumber, controlNumber,
                        stored.sha256()), acknowledgementDue), clinicId, by, runId);
            } catch (StateConflictException | IllegalArgumentException changed) {
                throw new ClaimChangedException(claim.claimId(), changed.getMessage());
            }
        }
        meters.counter("claimline.claims.batches.cut").increment();
        meters.counter("claimline.claims.batches.claims").increment(claims.size());
        return Optional.of(new BatchCut(batchId, payerId.toString(), controlNumber, fileName, stored.sha256(),
                claims.stream().map(ReadyClaim::claimId).toList(), total, List.copyOf(leftOut)));
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim's " + type.getSimpleName() + " is not readable");
        }
    }

    /** The claim is not ready any more (the read model was behind the claim): cut again without it. */
    static final class ClaimChangedException extends RuntimeException {

        private final String claimId;

        ClaimChangedException(String claimId, String reason) {
            super("claim " + claimId + " changed since it was read: " + reason);
            this.claimId = claimId;
        }
    }
}
