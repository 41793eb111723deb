package io.claimline.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.claim.api.AcceptClaimCommand;
import io.claimline.claims.claim.api.AcknowledgementLevel;
import io.claimline.claims.claim.api.AcknowledgementStatus;
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
import io.claimline.claims.claim.api.ClaimWithdrawnEvent;
import io.claimline.claims.claim.api.DraftClaimCommand;
import io.claimline.claims.claim.api.EditClaimFieldsCommand;
import io.claimline.claims.claim.api.RecordScrubResultCommand;
import io.claimline.claims.claim.api.RedraftClaimCommand;
import io.claimline.claims.claim.api.RejectClaimCommand;
import io.claimline.claims.claim.api.RequestScrubCommand;
import io.claimline.claims.claim.api.ScrubEdit;
import io.claimline.claims.claim.api.SubmitClaimCommand;
import io.claimline.claims.claim.api.Submission;
import io.claimline.claims.claim.api.WithdrawClaimCommand;
import io.claimline.claims.claim.command.Claim;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.StateConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim's lifecycle: every transition, who and when, and what it refuses. */
class ClaimTest {

    static final Instant NOW = Instant.parse("2026-03-09T10:15:00Z");
    static final String CLAIM = "5b0c7e1a-3d2f-4a6b-9c8d-1e2f3a4b5c6d";
    static final String PCN = "CL0000000105";
    static final LocalDate DEADLINE = LocalDate.parse("2026-06-30");
    static final MetaData BILLER = MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-a").and(MetaDataKeys.USER_ID,
            "biller-1");
    static final Submission FIRST = new Submission(1, PCN, "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f", 105, 105, 105,
            "a".repeat(64));

    private AggregateTestFixture<Claim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Claim.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ClaimContent content(int revision) {
        return new ClaimContent("3c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21", revision,
                "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3", "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d",
                "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"),
                "11", new ClaimContent.BillingProvider("1999999984", "931234567", "BIRCHWOOD FAMILY CLINIC", null),
                new ClaimContent.RenderingProvider("1234567893", "ADA", "ROWE", "207Q00000X"), List.of("M545"),
                List.of(new ClaimContent.Line("l-1", 1, LocalDate.parse("2026-03-02"), "99214", List.of(), 1,
                        List.of(1), Money.usd("165.00"), null)), Money.usd("165.00"));
    }

    static ClaimDraftedEvent drafted() {
        return new ClaimDraftedEvent(CLAIM, "clinic-a", PCN, content(1), DEADLINE, NOW, "service:claims-service");
    }

    static ClaimScrubbedEvent ready(int version) {
        return new ClaimScrubbedEvent(CLAIM, version, List.of(), ClaimStatus.READY, NOW, "service:claims-service");
    }

    static ClaimSubmittedEvent submitted(Submission submission) {
        return new ClaimSubmittedEvent(CLAIM, submission, content(1).payerId(), Money.usd("165.00"), DEADLINE, null,
                NOW, "biller-1");
    }

    @Test
    void aDraftedClaimSchedulesItsTimelyFilingWarningAndIsReadyOnceTheScrubberFindsNothing() {
        Instant warning = NOW.plus(Duration.ofDays(80));
        fixture.givenNoPriorActivity()
                .when(new DraftClaimCommand(CLAIM, PCN, content(1), DEADLINE, warning), BILLER)
                .expectEvents(new ClaimDraftedEvent(CLAIM, "clinic-a", PCN, content(1), DEADLINE, NOW, "biller-1"))
                .expectScheduledDeadlineWithName(warning, "claim-timely-filing-warning");

        fixture.given(drafted())
                .when(new RecordScrubResultCommand(CLAIM, 1, List.of()), BILLER)
                .expectEvents(new ClaimScrubbedEvent(CLAIM, 1, List.of(), ClaimStatus.READY, NOW, "biller-1"));
    }

    @Test
    void aDraftPastItsWarningDateIsFlaggedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new DraftClaimCommand(CLAIM, PCN, content(1), DEADLINE, NOW.minusSeconds(1)), BILLER)
                .expectEvents(new ClaimDraftedEvent(CLAIM, "clinic-a", PCN, content(1), DEADLINE, NOW, "biller-1"),
                        new ClaimTimelyFilingApproachingEvent(CLAIM, DEADLINE, NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void editsSendTheClaimToCorrectionAndAStaleScrubResultIsIgnored() {
        ScrubEdit edit = new ScrubEdit("required-data", "subscriber.memberId", "missing", "add it in patients");
        fixture.given(drafted())
                .when(new RecordScrubResultCommand(CLAIM, 1, List.of(edit)), BILLER)
                .expectEvents(new ClaimScrubbedEvent(CLAIM, 1, List.of(edit), ClaimStatus.NEEDS_CORRECTION, NOW,
                        "biller-1"));
        // Redrafted since: the result for version 1 is stale, version 2 waits for its own scrub.
        fixture.given(drafted(), new ClaimRedraftedEvent(CLAIM, content(2), "encounter amended", NOW, "svc"))
                .when(new RecordScrubResultCommand(CLAIM, 1, List.of()), BILLER)
                .expectNoEvents();
    }

    @Test
    void claimOnlyFieldsAreEditedWithAReasonAndChecked() {
        ClaimOnlyFields fields = new ClaimOnlyFields("AUTH-55120", null, "1");
        fixture.given(drafted(), ready(1))
                .when(new EditClaimFieldsCommand(CLAIM, fields, "authorisation received"), BILLER)
                .expectEvents(new ClaimFieldsEditedEvent(CLAIM, fields, "authorisation received", NOW, "biller-1"));
        fixture.given(drafted())
                .when(new EditClaimFieldsCommand(CLAIM, fields, " "), BILLER)
                .expectException(InvalidFieldsException.class);
        fixture.given(drafted())
                .when(new EditClaimFieldsCommand(CLAIM, new ClaimOnlyFields(null, null, "99"), "late"), BILLER)
                .expectException(InvalidFieldsException.class);
    }

    @Test
    void onlyAReadyClaimIsSubmittedAndItsAcknowledgementClockStarts() {
        Instant due = NOW.plus(Duration.ofDays(3));
        fixture.given(drafted())
                .when(new SubmitClaimCommand(CLAIM, FIRST, due), BILLER)
                .expectException(StateConflictException.class);
        fixture.given(drafted(), ready(1))
                .when(new SubmitClaimCommand(CLAIM, FIRST, due), BILLER)
                .expectEvents(submitted(FIRST))
                .expectScheduledDeadlineWithName(due, "claim-acknowledgement-due");
    }

    @Test
    void theAcknowledgementDeadlineFlagsASubmissionWithoutAnswer() {
        Instant due = NOW.plus(Duration.ofDays(3));
        fixture.given(drafted(), ready(1))
                .andGivenCommands(new SubmitClaimCommand(CLAIM, FIRST, due))
                .whenTimeAdvancesTo(due.plusSeconds(1))
                .expectDeadlinesMet(1)
                .expectEvents(new ClaimAcknowledgementOverdueEvent(CLAIM, 1, NOW)); // the injected clock's time
        setUp();
        fixture.given(drafted(), ready(1))
                .andGivenCommands(new SubmitClaimCommand(CLAIM, FIRST, due), new AcceptClaimCommand(CLAIM, 1,
                        AcknowledgementLevel.CA_277, null, List.of(new AcknowledgementStatus("A1", "20", null)), "f"))
                .whenTimeAdvancesTo(due.plusSeconds(1))
                .expectDeadlinesMet(1)
                .expectNoEvents();
    }

    @Test
    void aRejectedClaimIsCorrectedScrubbedAndResubmittedAsANewOriginalWithTheDeadlineStillRunning() {
        AcknowledgementStatus a7 = new AcknowledgementStatus("A7", "562", "IL");
        ClaimRejectedEvent rejected = new ClaimRejectedEvent(CLAIM, 1, PCN, AcknowledgementLevel.CA_277, List.of(a7),
                List.of(), "The payer rejected the claim", "file-1", DEADLINE, NOW, "biller-1");
        fixture.given(drafted(), ready(1), submitted(FIRST))
                .when(new RejectClaimCommand(CLAIM, 1, AcknowledgementLevel.CA_277, List.of(a7), List.of(),
                        "The payer rejected the claim", "file-1"), BILLER)
                .expectEvents(rejected)
                .expectResultMessagePayload(true);
        // The same file again, and an acknowledgement for another sending, change nothing.
        fixture.given(drafted(), ready(1), submitted(FIRST), rejected)
                .when(new RejectClaimCommand(CLAIM, 1, AcknowledgementLevel.CA_277, List.of(a7), List.of(), "again",
                        "file-1"), BILLER)
                .expectNoEvents().expectResultMessagePayload(false);

        Submission second = new Submission(2, Submission.patientControlNumberFor(PCN, 2),
                "7a1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f", 106, 106, 106, "b".repeat(64));
        assertThat(second.patientControlNumber()).isEqualTo("CL0000000105R1");
        fixture.given(drafted(), ready(1), submitted(FIRST), rejected,
                        new ClaimFieldsEditedEvent(CLAIM, ClaimOnlyFields.NONE, "member id corrected", NOW, "b"),
                        ready(2))
                .when(new SubmitClaimCommand(CLAIM, second, NOW.plus(Duration.ofDays(3))), BILLER)
                .expectEvents(new ClaimSubmittedEvent(CLAIM, second, content(1).payerId(), Money.usd("165.00"),
                        DEADLINE, "member id corrected", NOW, "biller-1"));
        // A sending must carry the claim's next patient control number.
        fixture.given(drafted(), ready(1), submitted(FIRST), rejected, ready(2))
                .when(new SubmitClaimCommand(CLAIM, new Submission(2, PCN, second.batchId(), 106, 106, 106,
                        "b".repeat(64)), NOW), BILLER)
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anAcceptedClaimIsFiledAndNoLongerFollowsItsEncounter() {
        AcknowledgementStatus a1 = new AcknowledgementStatus("A1", "20", null);
        ClaimAcceptedEvent accepted = new ClaimAcceptedEvent(CLAIM, 1, PCN, AcknowledgementLevel.CA_277, "PAYER-77",
                List.of(a1), "file-2", NOW, "biller-1");
        fixture.given(drafted(), ready(1), submitted(FIRST))
                .when(new AcceptClaimCommand(CLAIM, 1, AcknowledgementLevel.CA_277, "PAYER-77", List.of(a1),
                        "file-2"), BILLER)
                .expectEvents(accepted);
        fixture.given(drafted(), ready(1), submitted(FIRST), accepted)
                .when(new RedraftClaimCommand(CLAIM, content(2), "amended after filing"), BILLER)
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(drafted(), ready(1), submitted(FIRST), accepted)
                .when(new WithdrawClaimCommand(CLAIM, "encounter voided"), BILLER)
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(drafted(), ready(1), submitted(FIRST), accepted)
                .when(new RequestScrubCommand(CLAIM, "coverage corrected"), BILLER)
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(drafted(), ready(1))
                .when(new RequestScrubCommand(CLAIM, "coverage corrected"), BILLER)
                .expectEvents(new ClaimScrubRequestedEvent(CLAIM, "coverage corrected", NOW, "biller-1"))
                .expectResultMessagePayload(true);
    }

    @Test
    void anUnfiledClaimFollowsItsAmendedEncounterOnceAndIsWithdrawnWhenItIsVoided() {
        fixture.given(drafted(), ready(1))
                .when(new RedraftClaimCommand(CLAIM, content(2), "encounter amended to revision 2"), BILLER)
                .expectEvents(new ClaimRedraftedEvent(CLAIM, content(2), "encounter amended to revision 2", NOW,
                        "biller-1"));
        fixture.given(drafted(), new ClaimRedraftedEvent(CLAIM, content(2), "r2", NOW, "svc"))
                .when(new RedraftClaimCommand(CLAIM, content(2), "again"), BILLER)
                .expectNoEvents();
        fixture.given(drafted())
                .when(new WithdrawClaimCommand(CLAIM, "encounter voided"), BILLER)
                .expectEvents(new ClaimWithdrawnEvent(CLAIM, "encounter voided", NOW, "biller-1"));
    }
}
