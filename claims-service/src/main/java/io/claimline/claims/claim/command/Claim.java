package io.claimline.claims.claim.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.claims.claim.api.AcceptClaimCommand;
import io.claimline.claims.claim.api.ClaimAcceptedEvent;
import io.claimline.claims.claim.api.ClaimAcknowledgementOverdueEvent;
import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimDraftedEvent;
import io.claimline.claims.claim.api.ClaimFieldsEditedEvent;
import io.claimline.claims.claim.api.ClaimOnlyFields;
import io.claimline.claims.claim.api.ClaimRedraftedEvent;
import io.claimline.claims.claim.api.ClaimRejectedEvent;
import io.claimline.claims.claim.api.ClaimScrubRequestedEvent;
import io.claimline.claims.claim.api.ClaimScrubbedEvent;
import io.claimline.claims.claim.api.ClaimStatus;
import io.claimline.claims.claim.api.ClaimSubmittedEvent;
import io.claimline.claims.claim.api.ClaimTimelyFilingApproachingEvent;
import io.claimline.claims.claim.api.ClaimToCheck;
import io.claimline.claims.claim.api.ClaimWithdrawnEvent;
import io.claimline.claims.claim.api.DescribeClaimForScrubbingCommand;
import io.claimline.claims.claim.api.DraftClaimCommand;
import io.claimline.claims.claim.api.EditClaimFieldsCommand;
import io.claimline.claims.claim.api.RecordScrubResultCommand;
import io.claimline.claims.claim.api.RedraftClaimCommand;
import io.claimline.claims.claim.api.RejectClaimCommand;
import io.claimline.claims.claim.api.RequestScrubCommand;
import io.claimline.claims.claim.api.SubmitClaimCommand;
import io.claimline.claims.claim.api.Submission;
import io.claimline.claims.claim.api.WithdrawClaimCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.StateConflictException;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One claim to a patient's primary payer for one encounter, through its lifecycle (domain.md): drafted, scrubbed
 * (ready or needing correction), submitted, accepted or rejected — a rejected claim is corrected and sent again as a
 * new original. Every transition is an event that says who, when and why. Two clocks are persistent deadlines
 * (ADR 0009): the timely-filing warning and the acknowledgement that should have come; each handler decides from the
 * state, so a deadline revived after a crash changes nothing twice.
 */
@Aggregate
public class Claim {

    static final String TIMELY_FILING_WARNING = "claim-timely-filing-warning";
    static final String ACKNOWLEDGEMENT_DUE = "claim-acknowledgement-due";

    @AggregateIdentifier
    private String claimId;
    private String clinicId;
    private String basePatientControlNumber;
    private String patientControlNumber;
    private ClaimContent content;
    private ClaimOnlyFields fields = ClaimOnlyFields.NONE;
    private ClaimStatus status;
    private LocalDate timelyFilingDeadline;
    private boolean timelyFilingWarned;
    /** Counts the changes the scrubber must see; a scrub result for an older count is stale. */
    private int checkVersion;
    /** Sendings so far; the current one is {@code submissions}. */
    private int submissions;
    private boolean acknowledgementOverdue;
    /** Why the claim last changed (redraft, edit, scrub asked for): a resubmission states it. */
    private String lastCorrection;

    protected Claim() {
        // for Axon
    }

    @CommandHandler
    public Claim(DraftClaimCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId, Clock clock, DeadlineManager deadlines) {
        apply(new ClaimDraftedEvent(command.claimId(), clinicId, command.patientControlNumber(), command.content(),
                command.timelyFilingDeadline(), clock.instant(), userId));
        if (command.timelyFilingWarningAt() != null) {
            if (command.timelyFilingWarningAt().isAfter(clock.instant())) {
                deadlines.schedule(command.timelyFilingWarningAt(), TIMELY_FILING_WARNING);
            } else {
                apply(new ClaimTimelyFilingApproachingEvent(command.claimId(), command.timelyFilingDeadline(),
                        clock.instant()));
            }
        }
    }

    /**
     * Answers whether the claim follows the new revision: false when it is filed (a correction after filing is a
     * replacement claim, which comes with remittances) or holds this revision or a newer one already.
     */
    @CommandHandler
    public boolean handle(RedraftClaimCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        if (!status.unfiled() || command.content().encounterRevision() <= content.encounterRevision()) {
            return false;
        }
        apply(new ClaimRedraftedEvent(claimId, command.content(), requireReason(command.reason()), clock.instant(),
                userId));
        return true;
    }

    /** Answers whether the claim is withdrawn now (or was already); false when it is filed. */
    @CommandHandler
    public boolean handle(WithdrawClaimCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        if (status == ClaimStatus.WITHDRAWN) {
            return true;
        }
        if (!status.unfiled()) {
            return false;
        }
        apply(new ClaimWithdrawnEvent(claimId, requireReason(command.reason()), clock.instant(), userId));
        return true;
    }

    @CommandHandler
    public ClaimToCheck handle(DescribeClaimForScrubbingCommand command) {
        return new ClaimToCheck(claimId, clinicId, patientControlNumber, content, fields, checkVersion,
                status == ClaimStatus.DRAFTED);
    }

    @CommandHandler
    public void handle(RecordScrubResultCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        if (status != ClaimStatus.DRAFTED || command.checkVersion() != checkVersion) {
            return; // stale: the claim changed since (and waits for its own scrub) or it was scrubbed already
        }
        ClaimStatus outcome = command.edits().isEmpty() ? ClaimStatus.READY : ClaimStatus.NEEDS_CORRECTION;
        apply(new ClaimScrubbedEvent(claimId, checkVersion, command.edits(), outcome, clock.instant(), userId));
    }

    /** Answers whether the claim will be scrubbed again: false when it is filed (or withdrawn). */
    @CommandHandler
    public boolean handle(RequestScrubCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        if (!status.unfiled()) {
            return false;
        }
        apply(new ClaimScrubRequestedEvent(claimId, requireReason(command.reason()), clock.instant(), userId));
        return true;
    }

    @CommandHandler
    public void handle(EditClaimFieldsCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        requireUnfiled("edited");
        ClaimOnlyFields edited = ClaimFieldRules.check(command.fields());
        apply(new ClaimFieldsEditedEvent(claimId, edited, requireReason(command.reason()), clock.instant(),
                userId));
    }

    @CommandHandler
    public void handle(SubmitClaimCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock, DeadlineManager deadlines) {
        if (status != ClaimStatus.READY) {
            throw new StateConflictException("only a ready claim is submitted; this one is "
                    + status.name().toLowerCase());
        }
        if (command.submission().number() != submissions + 1) {
            throw new IllegalArgumentException("submission " + command.submission().number()
                    + " is not the claim's next (" + (submissions + 1) + ")");
        }
        String expected = Submission.patientControlNumberFor(basePatientControlNumber, submissions + 1);
        if (!expected.equals(command.submission().patientControlNumber())) {
            throw new IllegalArgumentException("submission " + command.submission().number()
                    + " must carry patient control number " + expected);
        }
        apply(new ClaimSubmittedEvent(claimId, command.submission(), content.payerId(), content.totalCharge(),
                timelyFilingDeadline, submissions == 0 ? null : lastCorrection, clock.instant(), userId));
        deadlines.schedule(command.acknowledgementDueAt(), ACKNOWLEDGEMENT_DUE, command.submission().number());
    }

    /**
     * Answers whether the acknowledgement applies: false when it is for a sending that is not the claim's current
     * one, or the current one was acknowledged already (the same file twice, a late one after a resubmission).
     */
    @CommandHandler
    public boolean handle(AcceptClaimCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        if (!awaitingAcknowledgement(command.submission())) {
            return false;
        }
        apply(new ClaimAcceptedEvent(claimId, command.submission(), patientControlNumber, command.level(),
                command.payerClaimControlNumber(), command.statuses(), command.acknowledgementFileId(),
                clock.instant(), userId));
        return true;
    }

    /** Answers whether the rejection applies, as for acceptances. */
    @CommandHandler
    public boolean handle(RejectClaimCommand command, @MetaDataValue(MetaDataKeys.USER_ID) String userId,
            Clock clock) {
        if (!awaitingAcknowledgement(command.submission())) {
            return false;
        }
        apply(new ClaimRejectedEvent(claimId, command.submission(), patientControlNumber, command.level(),
                command.statuses(), command.errors(), command.reason(), command.acknowledgementFileId(),
                timelyFilingDeadline, clock.instant(), userId));
        return true;
    }

    @DeadlineHandler(deadlineName = TIMELY_FILING_WARNING)
    void timelyFilingWarning(Clock clock) {
        if (!timelyFilingWarned && (status.unfiled() || status == ClaimStatus.SUBMITTED)) {
            apply(new ClaimTimelyFilingApproachingEvent(claimId, timelyFilingDeadline, clock.instant()));
        }
    }

    @DeadlineHandler(deadlineName = ACKNOWLEDGEMENT_DUE)
    void acknowledgementDue(Integer submission, Clock clock) {
        if (status == ClaimStatus.SUBMITTED && submission == submissions && !acknowledgementOverdue) {
            apply(new ClaimAcknowledgementOverdueEvent(claimId, submission, clock.instant()));
        }
    }

    private boolean awaitingAcknowledgement(int submission) {
        return submission == submissions && status == ClaimStatus.SUBMITTED;
    }

    private void requireUnfiled(String what) {
        if (!status.unfiled()) {
            throw new StateConflictException("the claim is " + status.name().toLowerCase()
                    + "; only a claim not filed is " + what);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("reason", "a reason is required");
        }
        if (reason.length() > 500) {
            throw InvalidFieldsException.of("reason", "at most 500 characters");
        }
        return reason.strip();
    }

    @EventSourcingHandler
    void on(ClaimDraftedEvent event) {
        claimId = event.claimId();
        clinicId = event.clinicId();
        basePatientControlNumber = event.patientControlNumber();
        patientControlNumber = event.patientControlNumber();
        content = event.content();
        timelyFilingDeadline = event.timelyFilingDeadline();
        status = ClaimStatus.DRAFTED;
        checkVersion = 1;
    }

    @EventSourcingHandler
    void on(ClaimRedraftedEvent event) {
        content = event.content();
        lastCorrection = event.reason();
        awaitScrub();
    }

    @EventSourcingHandler
    void on(ClaimFieldsEditedEvent event) {
        fields = event.fields();
        lastCorrection = event.reason();
        awaitScrub();
    }

    @EventSourcingHandler
    void on(ClaimScrubRequestedEvent event) {
        lastCorrection = event.reason();
        awaitScrub();
    }

    @EventSourcingHandler
    void on(ClaimScrubbedEvent event) {
        status = event.outcome();
    }

    @EventSourcingHandler
    void on(ClaimWithdrawnEvent event) {
        status = ClaimStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ClaimSubmittedEvent event) {
        status = ClaimStatus.SUBMITTED;
        submissions = event.submission().number();
        patientControlNumber = event.submission().patientControlNumber();
        acknowledgementOverdue = false;
    }

    @EventSourcingHandler
    void on(ClaimAcceptedEvent event) {
        status = ClaimStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ClaimRejectedEvent event) {
        status = ClaimStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ClaimTimelyFilingApproachingEvent event) {
        timelyFilingWarned = true;
    }

    @EventSourcingHandler
    void on(ClaimAcknowledgementOverdueEvent event) {
        acknowledgementOverdue = true;
    }

    private void awaitScrub() {
        status = ClaimStatus.DRAFTED;
        checkVersion++;
    }

}
