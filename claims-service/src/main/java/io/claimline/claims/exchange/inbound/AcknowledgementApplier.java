package io.claimline.claims.exchange.inbound;

import io.claimline.claims.claim.api.AcknowledgementError;
import io.claimline.claims.claim.api.AcceptClaimCommand;
import io.claimline.claims.claim.api.AcknowledgementLevel;
import io.claimline.claims.claim.api.AcknowledgementStatus;
import io.claimline.claims.claim.api.RejectClaimCommand;
import io.claimline.platform.command.Commands;
import io.claimline.x12.ack.ClaimAcknowledgementReport;
import io.claimline.x12.ack.ClaimStatus;
import io.claimline.x12.ack.FunctionalGroupAcknowledgement;
import io.claimline.x12.ack.InterchangeAcknowledgement;
import io.claimline.x12.ack.SegmentError;
import io.claimline.x12.ack.StatusCode;
import io.claimline.x12.ack.TransactionSetAcknowledgement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Applies the interchange (TA1), functional (999) and claim (277CA) acknowledgements to the batches and claims they
 * name. A
 * rejected interchange or transaction set rejects every claim it carried, with the reason in words; an accepted one
 * is recorded on the batch (the claims wait for their 277CA). What names nothing this service sent is refused whole.
 * An acknowledgement of a sending that is not the claim's current one any more (the claim was rejected and sent
 * again) is counted stale and changes nothing.
 */
@Component
class AcknowledgementApplier {

    static final String ACTOR = "service:claims-service:clearinghouse";

    private final SentBatches batches;
    private final Commands commands;
    private final Clock clock;

    AcknowledgementApplier(SentBatches batches, Commands commands, Clock clock) {
        this.batches = batches;
        this.commands = commands;
        this.clock = clock;
    }

    AppliedFile interchange(InterchangeAcknowledgement ta1, String fileId) {
        SentBatch batch = batches.byInterchange(Integer.parseInt(ta1.interchangeControlNumber()))
                .orElseThrow(() -> new UnmatchedAcknowledgementException(
                        "TA1 names interchange " + ta1.interchangeControlNumber() + ", which this service never sent"));
        batches.recordInterchangeAcknowledgement(batch.batchId(), ta1.status().code(), clock.instant());
        if (ta1.status() != InterchangeAcknowledgement.Status.REJECTED) {
            return new AppliedFile(batch.clinicId(), batch.interchangeControlNumber(), 0, 0);
        }
        String reason = "The clearinghouse rejected the whole interchange (TA1 note " + ta1.noteCode() + ": "
                + ta1.noteDescription() + ").";
        return rejectAll(batch, AcknowledgementLevel.TA1, List.of(), reason, fileId);
    }

    AppliedFile functionalGroup(FunctionalGroupAcknowledgement ack, String fileId) {
        SentBatch batch = batches.byGroup(Integer.parseInt(ack.groupControlNumber()))
                .orElseThrow(() -> new UnmatchedAcknowledgementException(
                        "999 names functional group " + ack.groupControlNumber() + ", which this service never sent"));
        for (TransactionSetAcknowledgement set : ack.transactionSets()) {
            if (Integer.parseInt(set.transactionSetControlNumber()) != batch.transactionSetControlNumber()) {
                throw new UnmatchedAcknowledgementException("999 names transaction set "
                        + set.transactionSetControlNumber() + ", which group " + ack.groupControlNumber()
                        + " never held");
            }
        }
        batches.recordGroupAcknowledgement(batch.batchId(), ack.status().code(), clock.instant());
        AppliedFile applied = new AppliedFile(batch.clinicId(), batch.interchangeControlNumber(), 0, 0);
        for (TransactionSetAcknowledgement set : ack.transactionSets()) {
            if (!set.status().accepted()) {
                List<AcknowledgementError> errors = errors(set.segmentErrors());
                String reason = "The clearinghouse rejected the transaction set (999 " + set.status().description()
                        + ")" + (errors.isEmpty() ? "." : ": " + errors.stream().map(AcknowledgementApplier::words)
                        .collect(Collectors.joining("; ")) + ".");
                applied = rejectAll(batch, AcknowledgementLevel.ACK_999, errors, reason, fileId);
            }
        }
        return applied;
    }

    /**
     * A 277CA: each claim it names by patient control number is accepted (A1, A2, A5) or rejected (A3, A6, A7, A8)
     * with its statuses in words; other categories (pending, finalized…) change nothing here. Every patient control
     * number must be one this service sent, or the file is refused whole before anything is applied.
     */
    AppliedFile claims(ClaimAcknowledgementReport report, String fileId) {
        if (report.receiver().outcome() == StatusCode.Outcome.REJECTED && report.claims().isEmpty()) {
            // The whole batch was rejected at the receiver level (2200B), naming it by our BHT03.
            SentBatch batch = batches.byReference(report.receiver().batchTrace())
                    .orElseThrow(() -> new UnmatchedAcknowledgementException("277CA rejects batch "
                            + report.receiver().batchTrace() + ", which this service never sent"));
            String reason = "The payer rejected the whole batch (277CA): " + report.receiver().statuses().stream()
                    .map(AcknowledgementApplier::words).collect(Collectors.joining("; ")) + ".";
            return rejectAll(batch, AcknowledgementLevel.CA_277, report.receiver().statuses().stream()
                    .map(code -> new AcknowledgementStatus(code.category(), code.status(), code.entity().orElse(null)))
                    .toList(), List.of(), reason, fileId);
        }
        List<ClaimStatus> statuses = report.providers().stream().flatMap(provider -> provider.claims().stream())
                .toList();
        Map<String, SentBatches.Sending> sendings = new LinkedHashMap<>();
        for (ClaimStatus status : statuses) {
            sendings.put(status.patientControlNumber(), batches.byPatientControlNumber(status.patientControlNumber())
                    .orElseThrow(() -> new UnmatchedAcknowledgementException("277CA names patient control number "
                            + status.patientControlNumber() + ", which this service never sent")));
        }
        Set<String> clinics = sendings.values().stream().map(SentBatches.Sending::clinicId)
                .collect(Collectors.toSet());
        if (clinics.size() > 1) {
            throw new UnmatchedAcknowledgementException("277CA names claims of more than one clinic");
        }
        int applied = 0;
        int stale = 0;
        String clinicId = clinics.stream().findFirst().orElse(null);
        for (ClaimStatus status : statuses) {
            SentBatches.Sending sending = sendings.get(status.patientControlNumber());
            List<AcknowledgementStatus> codes = status.statuses().stream()
                    .map(code -> new AcknowledgementStatus(code.category(), code.status(), code.entity().orElse(null)))
                    .toList();
            Boolean decided;
            if (status.accepted()) {
                decided = commands.sendForRun(new AcceptClaimCommand(sending.claim().claimId(),
                        sending.claim().submission(), AcknowledgementLevel.CA_277,
                        status.payerClaimControlNumber().orElse(null), codes, fileId), clinicId, ACTOR,
                        "acknowledgement:" + fileId);
            } else if (status.rejected()) {
                String reason = "The payer rejected the claim (277CA): " + status.statuses().stream()
                        .map(AcknowledgementApplier::words).collect(Collectors.joining("; ")) + ".";
                decided = commands.sendForRun(new RejectClaimCommand(sending.claim().claimId(),
                        sending.claim().submission(), AcknowledgementLevel.CA_277, codes, List.of(), limit(reason),
                        fileId), clinicId, ACTOR, "acknowledgement:" + fileId);
            } else {
                decided = null; // pending or informational: the claim keeps waiting
            }
            if (Boolean.TRUE.equals(decided)) {
                applied++;
            } else if (Boolean.FALSE.equals(decided)) {
                stale++;
            }
        }
        int interchange = Integer.parseInt(report.interchangeControlNumber());
        return new AppliedFile(clinicId, interchange, applied, stale);
    }

    private AppliedFile rejectAll(SentBatch batch, AcknowledgementLevel level, List<AcknowledgementError> errors,
            String reason, String fileId) {
        return rejectAll(batch, level, List.of(), errors, reason, fileId);
    }

    private AppliedFile rejectAll(SentBatch batch, AcknowledgementLevel level, List<AcknowledgementStatus> statuses,
            List<AcknowledgementError> errors, String reason, String fileId) {
        int applied = 0;
        int stale = 0;
        for (SentBatch.SentClaim claim : batch.claims()) {
            boolean decided = commands.sendForRun(new RejectClaimCommand(claim.claimId(), claim.submission(), level,
                    statuses, errors, limit(reason), fileId), batch.clinicId(), ACTOR, "acknowledgement:" + fileId);
            if (decided) {
                applied++;
            } else {
                stale++;
            }
        }
        return new AppliedFile(batch.clinicId(), batch.interchangeControlNumber(), applied, stale);
    }

    static String limit(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    private static List<AcknowledgementError> errors(List<SegmentError> segments) {
        List<AcknowledgementError> errors = new ArrayList<>();
        for (SegmentError segment : segments) {
            if (segment.elementErrors().isEmpty()) {
                errors.add(new AcknowledgementError(segment.segmentId(), segment.position(), segment.loopId(), null,
                        segment.code(), segment.description()));
            }
            segment.elementErrors().forEach(element -> errors.add(new AcknowledgementError(segment.segmentId(),
                    segment.position(), segment.loopId(), element.position(), element.code(),
                    element.description())));
        }
        return errors;
    }

    /** A status code as a biller reads it: the codes, then their meaning. */
    private static String words(StatusCode code) {
        return code.category() + ":" + code.status() + code.entity().map(entity -> ":" + entity).orElse("") + " "
                + code.describe();
    }

    private static String words(AcknowledgementError error) {
        return "segment " + error.segmentId() + " at position " + error.segmentPosition()
                + (error.loopId() == null ? "" : " (loop " + error.loopId() + ")")
                + (error.elementPosition() == null ? "" : ", element " + error.elementPosition())
                + ": " + error.description();
    }
}
