package io.claimline.claims.claim.integration;

import io.claimline.claims.claim.api.AcknowledgementError;
import io.claimline.claims.claim.api.AcknowledgementStatus;
import io.claimline.claims.claim.api.ClaimAcceptedEvent;
import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimDraftedEvent;
import io.claimline.claims.claim.api.ClaimRejectedEvent;
import io.claimline.claims.claim.api.ClaimSubmittedEvent;
import io.claimline.claims.claim.api.Submission;
import io.claimline.contracts.Topics;
import io.claimline.contracts.claims.v1.ClaimAccepted;
import io.claimline.contracts.claims.v1.ClaimCreated;
import io.claimline.contracts.claims.v1.ClaimRejected;
import io.claimline.contracts.claims.v1.ClaimResubmitted;
import io.claimline.contracts.claims.v1.ClaimSubmitted;
import io.claimline.platform.integration.IntegrationEventPublisher;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Publishes claims on {@code claims.claim-events.v1} (key = claim id, so each claim's events in order): created,
 * submitted, resubmitted (a rejected claim sent again as a new original), accepted and rejected. Drafting details
 * (redrafts, scrubs, edits) stay inside claims. PHI: none; ids, codes, dates of service and amounts. A side effect,
 * so never replayed.
 */
@Component
@ProcessingGroup(ClaimEventsPublisher.PROCESSING_GROUP)
@DisallowReplay
class ClaimEventsPublisher {

    static final String PROCESSING_GROUP = "claim-events-publisher";
    /** Every sending of this issue is an original (CLM05-3 = 1); replacements and voids come with remittances. */
    private static final String ORIGINAL = "1";

    private final IntegrationEventPublisher publisher;

    ClaimEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ClaimDraftedEvent event, DomainEventMessage<ClaimDraftedEvent> message) {
        ClaimContent content = event.content();
        String billingNpi = content.billingProvider().npi();
        publisher.publish(Topics.CLAIM_EVENTS_V1, message, ClaimCreated.TYPE, ClaimCreated.VERSION,
                new ClaimCreated(event.claimId(), content.encounterId(), content.encounterRevision(),
                        content.patientId(), content.coverageId(), content.payerId(), event.patientControlNumber(),
                        billingNpi, content.renderingProvider() == null ? billingNpi
                                : content.renderingProvider().npi(),
                        content.serviceFrom(), content.serviceTo(), content.placeOfService(), content.diagnoses(),
                        content.lines().stream().map(line -> new ClaimCreated.Line(line.lineId(),
                                line.lineNumber(), line.serviceDate(), line.procedureCode(), line.modifiers(),
                                line.units(), line.diagnosisPointers(), line.charge().amount())).toList(),
                        content.totalCharge().amount(), event.draftedAt(), event.draftedBy()));
    }

    @EventHandler
    void on(ClaimSubmittedEvent event, DomainEventMessage<ClaimSubmittedEvent> message) {
        Submission submission = event.submission();
        if (!event.resubmission()) {
            publisher.publish(Topics.CLAIM_EVENTS_V1, message, ClaimSubmitted.TYPE, ClaimSubmitted.VERSION,
                    new ClaimSubmitted(event.claimId(), submission.patientControlNumber(), submission.number(),
                            ORIGINAL, event.payerId(), submission.batchId(), submission.interchangeControlNumber(),
                            submission.groupControlNumber(), submission.transactionSetControlNumber(),
                            submission.fileSha256(), event.totalCharge().amount(), event.submittedAt(),
                            event.submittedBy(), event.timelyFilingDeadline()));
            return;
        }
        String base = submission.patientControlNumber().replaceFirst("R\\d+$", "");
        publisher.publish(Topics.CLAIM_EVENTS_V1, message, ClaimResubmitted.TYPE, ClaimResubmitted.VERSION,
                new ClaimResubmitted(event.claimId(),
                        Submission.patientControlNumberFor(base, submission.number() - 1),
                        submission.patientControlNumber(), submission.number(), ORIGINAL, event.payerId(),
                        submission.batchId(), submission.interchangeControlNumber(),
                        submission.groupControlNumber(), submission.transactionSetControlNumber(),
                        submission.fileSha256(), event.totalCharge().amount(), event.submittedAt(),
                        event.submittedBy(), event.reason() == null ? "corrected after the rejection"
                                : event.reason(), event.timelyFilingDeadline()));
    }

    @EventHandler
    void on(ClaimAcceptedEvent event, DomainEventMessage<ClaimAcceptedEvent> message) {
        publisher.publish(Topics.CLAIM_EVENTS_V1, message, ClaimAccepted.TYPE, ClaimAccepted.VERSION,
                new ClaimAccepted(event.claimId(), event.patientControlNumber(), event.submission(),
                        event.level().code(), event.payerClaimControlNumber(), statuses(event.statuses()),
                        event.acceptedAt()));
    }

    @EventHandler
    void on(ClaimRejectedEvent event, DomainEventMessage<ClaimRejectedEvent> message) {
        publisher.publish(Topics.CLAIM_EVENTS_V1, message, ClaimRejected.TYPE, ClaimRejected.VERSION,
                new ClaimRejected(event.claimId(), event.patientControlNumber(), event.submission(),
                        event.level().code(), statuses(event.statuses()), errors(event.errors()), event.reason(),
                        event.rejectedAt(), event.timelyFilingDeadline()));
    }

    private static List<io.claimline.contracts.claims.v1.ClaimStatus> statuses(List<AcknowledgementStatus> list) {
        return list.stream().map(status -> new io.claimline.contracts.claims.v1.ClaimStatus(status.category(),
                status.code(), status.entity())).toList();
    }

    private static List<io.claimline.contracts.claims.v1.AcknowledgementError> errors(
            List<AcknowledgementError> list) {
        return list.stream().map(error -> new io.claimline.contracts.claims.v1.AcknowledgementError(
                error.segmentId(), error.segmentPosition(), error.elementPosition(), error.code(),
                error.description())).toList();
    }
}
