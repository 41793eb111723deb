package io.claimline.claims.claim.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.claims.claim.api.ClaimAcceptedEvent;
import io.claimline.claims.claim.api.ClaimAcknowledgementOverdueEvent;
import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimDraftedEvent;
import io.claimline.claims.claim.api.ClaimFieldsEditedEvent;
import io.claimline.claims.claim.api.ClaimRedraftedEvent;
import io.claimline.claims.claim.api.ClaimRejectedEvent;
import io.claimline.claims.claim.api.ClaimScrubRequestedEvent;
import io.claimline.claims.claim.api.ClaimScrubbedEvent;
import io.claimline.claims.claim.api.ClaimStatus;
import io.claimline.claims.claim.api.ClaimSubmittedEvent;
import io.claimline.claims.claim.api.ClaimTimelyFilingApproachingEvent;
import io.claimline.claims.claim.api.ClaimWithdrawnEvent;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The claims and their work queues (rm_claim) and every claim's transitions with who, when and why
 * (rm_claim_history). Each row carries the sequence of the last event applied; a handler writes only when its event
 * is newer, so a replay rebuilds the same rows, and a replay never sends or changes anything else.
 */
@Component
@ProcessingGroup(ClaimProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_claim", aggregateIdColumn = "claim_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_claim_history", aggregateIdColumn = "claim_id", clinicIdColumn = "clinic_id")})
public class ClaimProjection {

    public static final String PROCESSING_GROUP = "claims";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadYourWrites readYourWrites;

    ClaimProjection(JdbcTemplate jdbc, ObjectMapper json, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.json = json;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(ClaimDraftedEvent event, @SequenceNumber long sequence) {
        ClaimContent content = event.content();
        jdbc.update("""
                INSERT INTO rm_claim (claim_id, clinic_id, encounter_id, encounter_revision, patient_id, coverage_id,
                    payer_id, base_patient_control_number, patient_control_number, status, service_from, service_to,
                    billing_npi, rendering_npi, line_count, total_charge, content, timely_filing_deadline, drafted_at,
                    status_changed_at, last_sequence, duplicate_key)
                VALUES (?::uuid, ?, ?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?,
                    ?, ?, ?)
                ON CONFLICT (claim_id) DO NOTHING""",
                event.claimId(), event.clinicId(), content.encounterId(), content.encounterRevision(),
                content.patientId(), content.coverageId(), content.payerId(), event.patientControlNumber(),
                event.patientControlNumber(), ClaimStatus.DRAFTED.name(), date(content.serviceFrom()),
                date(content.serviceTo()), content.billingProvider() == null ? null : content.billingProvider().npi(),
                content.renderingProvider() == null ? null : content.renderingProvider().npi(), content.lines().size(),
                content.totalCharge() == null ? null : content.totalCharge().amount(), write(content),
                date(event.timelyFilingDeadline()), Timestamp.from(event.draftedAt()),
                Timestamp.from(event.draftedAt()), sequence, ClaimQueries.duplicateKey(event.clinicId(), content));
        history(event.claimId(), event.clinicId(), sequence, "drafted", ClaimStatus.DRAFTED, event.draftedAt(),
                event.draftedBy(), "encounter confirmed (revision " + content.encounterRevision() + ")");
    }

    @EventHandler
    void on(ClaimRedraftedEvent event, @SequenceNumber long sequence) {
        ClaimContent content = event.content();
        if (update(event.claimId(), sequence, """
                encounter_revision = ?, coverage_id = ?::uuid, payer_id = ?::uuid, service_from = ?, service_to = ?,
                billing_npi = ?, rendering_npi = ?, line_count = ?, total_charge = ?, content = ?::jsonb,
                edits = '[]', status = 'DRAFTED', status_changed_at = ?, duplicate_key = ?""",
                content.encounterRevision(), content.coverageId(), content.payerId(), date(content.serviceFrom()),
                date(content.serviceTo()), content.billingProvider() == null ? null : content.billingProvider().npi(),
                content.renderingProvider() == null ? null : content.renderingProvider().npi(),
                content.lines().size(), content.totalCharge() == null ? null : content.totalCharge().amount(),
                write(content), Timestamp.from(event.redraftedAt()), duplicateKey(event.claimId(), content))) {
            history(event.claimId(), sequence, "redrafted", ClaimStatus.DRAFTED, event.redraftedAt(),
                    event.redraftedBy(), event.reason());
        }
    }

    @EventHandler
    void on(ClaimFieldsEditedEvent event, @SequenceNumber long sequence) {
        if (update(event.claimId(), sequence, "fields = ?::jsonb, status = 'DRAFTED', status_changed_at = ?",
                write(event.fields()), Timestamp.from(event.editedAt()))) {
            history(event.claimId(), sequence, "fields edited", ClaimStatus.DRAFTED, event.editedAt(),
                    event.editedBy(), event.reason());
        }
    }

    @EventHandler
    void on(ClaimScrubRequestedEvent event, @SequenceNumber long sequence) {
        if (update(event.claimId(), sequence, "status = 'DRAFTED', status_changed_at = ?",
                Timestamp.from(event.requestedAt()))) {
            history(event.claimId(), sequence, "scrub requested", ClaimStatus.DRAFTED, event.requestedAt(),
                    event.requestedBy(), event.reason());
        }
    }

    @EventHandler
    void on(ClaimScrubbedEvent event, @SequenceNumber long sequence) {
        if (update(event.claimId(), sequence, "status = ?, edits = ?::jsonb, status_changed_at = ?",
                event.outcome().name(), write(event.edits()), Timestamp.from(event.scrubbedAt()))) {
            history(event.claimId(), sequence, "scrubbed", event.outcome(), event.scrubbedAt(), event.scrubbedBy(),
                    event.edits().isEmpty() ? "no edits" : event.edits().size() + " edit(s)");
        }
    }

    @EventHandler
    void on(ClaimWithdrawnEvent event, @SequenceNumber long sequence) {
        if (update(event.claimId(), sequence, "status = 'WITHDRAWN', status_changed_at = ?",
                Timestamp.from(event.withdrawnAt()))) {
            history(event.claimId(), sequence, "withdrawn", ClaimStatus.WITHDRAWN, event.withdrawnAt(),
                    event.withdrawnBy(), event.reason());
        }
    }

    @EventHandler
    void on(ClaimSubmittedEvent event, @SequenceNumber long sequence) {
        if (update(event.claimId(), sequence, """
                status = 'SUBMITTED', submission = ?, patient_control_number = ?, batch_id = ?::uuid,
                submitted_at = ?, acknowledgement_overdue = false, acknowledged_at = NULL, rejection = NULL,
                status_changed_at = ?""",
                event.submission().number(), event.submission().patientControlNumber(), event.submission().batchId(),
                Timestamp.from(event.submittedAt()), Timestamp.from(event.submittedAt()))) {
            history(event.claimId(), sequence, event.resubmission() ? "resubmitted" : "submitted",
                    ClaimStatus.SUBMITTED, event.submittedAt(), event.submittedBy(),
                    "batch " + event.submission().batchId() + ", interchange "
                            + event.submission().interchangeControlNumber());
        }
    }

    @EventHandler
    void on(ClaimAcceptedEvent event, @SequenceNumber long sequence) {
        if (update(event.claimId(), sequence, """
                status = 'ACCEPTED', acknowledged_at = ?, payer_claim_control_number = ?, status_changed_at = ?""",
                Timestamp.from(event.acceptedAt()), event.payerClaimControlNumber(),
                Timestamp.from(event.acceptedAt()))) {
            history(event.claimId(), sequence, "accepted", ClaimStatus.ACCEPTED, event.acceptedAt(),
                    event.acceptedBy(), event.level().code() + " accepted");
        }
    }

    @EventHandler
    void on(ClaimRejectedEvent event, @SequenceNumber long sequence) {
        Map<String, Object> rejection = Map.of("acknowledgement", event.level().code(), "statuses",
                event.statuses(), "errors", event.errors(), "reason", event.reason(), "submission",
                event.submission());
        if (update(event.claimId(), sequence, """
                status = 'REJECTED', acknowledged_at = ?, rejection = ?::jsonb, status_changed_at = ?""",
                Timestamp.from(event.rejectedAt()), write(rejection), Timestamp.from(event.rejectedAt()))) {
            history(event.claimId(), sequence, "rejected", ClaimStatus.REJECTED, event.rejectedAt(),
                    event.rejectedBy(), event.level().code() + ": " + event.reason());
        }
    }

    @EventHandler
    void on(ClaimTimelyFilingApproachingEvent event, @SequenceNumber long sequence) {
        update(event.claimId(), sequence, "timely_filing_warned = true");
    }

    @EventHandler
    void on(ClaimAcknowledgementOverdueEvent event, @SequenceNumber long sequence) {
        update(event.claimId(), sequence, "acknowledgement_overdue = true");
    }

    private String duplicateKey(String claimId, ClaimContent content) {
        String clinicId = jdbc.queryForObject("SELECT clinic_id FROM rm_claim WHERE claim_id = ?::uuid",
                String.class, claimId);
        return ClaimQueries.duplicateKey(clinicId, content);
    }

    /** Applies the change when the event is newer than the row; answers whether it did. */
    private boolean update(String claimId, long sequence, String set, Object... args) {
        Object[] all = new Object[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = sequence;
        all[args.length + 1] = claimId;
        all[args.length + 2] = sequence;
        boolean applied = jdbc.update("UPDATE rm_claim SET " + set + ", last_sequence = ? WHERE claim_id = ?::uuid "
                + "AND last_sequence < ?", all) == 1;
        readYourWrites.reached(claimId, sequence);
        return applied;
    }

    private void history(String claimId, long sequence, String what, ClaimStatus status, Instant at, String by,
            String reason) {
        String clinicId = jdbc.queryForObject("SELECT clinic_id FROM rm_claim WHERE claim_id = ?::uuid",
                String.class, claimId);
        history(claimId, clinicId, sequence, what, status, at, by, reason);
    }

    private void history(String claimId, String clinicId, long sequence, String what, ClaimStatus status,
            Instant at, String by, String reason) {
        jdbc.update("""
                INSERT INTO rm_claim_history (claim_id, sequence, clinic_id, event, status, at, by_user, reason)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                claimId, sequence, clinicId, what, status.name(), Timestamp.from(at), by == null ? "unknown" : by,
                reason);
        readYourWrites.reached(claimId, sequence);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim's " + value.getClass().getSimpleName() + " is not JSON", e);
        }
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
