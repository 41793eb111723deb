package io.claimline.patient.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.patient.registry.api.AddCoverageCommand;
import io.claimline.platform.kernel.AddressText;
import io.claimline.patient.registry.api.AssignGuarantorCommand;
import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.ChangeCoverageCommand;
import io.claimline.patient.registry.api.ChangePatientDemographicsCommand;
import io.claimline.patient.registry.api.ContactMethod;
import io.claimline.patient.registry.api.CoverageAddedEvent;
import io.claimline.patient.registry.api.CoverageEndedEvent;
import io.claimline.patient.registry.api.CoverageOrder;
import io.claimline.patient.registry.api.CoverageTerms;
import io.claimline.patient.registry.api.CoveragesReorderedEvent;
import io.claimline.patient.registry.api.DeactivatePatientCommand;
import io.claimline.patient.registry.api.DismissPossibleDuplicateCommand;
import io.claimline.patient.registry.api.EligibilityFailedEvent;
import io.claimline.patient.registry.api.EligibilityOutcome;
import io.claimline.patient.registry.api.EligibilityVerifiedEvent;
import io.claimline.patient.registry.api.EndCoverageCommand;
import io.claimline.patient.registry.api.ErasePatientDataCommand;
import io.claimline.patient.registry.api.GuarantorAssignedEvent;
import io.claimline.patient.registry.api.GuarantorKind;
import io.claimline.patient.registry.api.MergePatientCommand;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDeactivatedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientMergedEvent;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.api.Priority;
import io.claimline.patient.registry.api.RecordEligibilityCommand;
import io.claimline.patient.registry.api.RegisterPatientCommand;
import io.claimline.patient.registry.api.Relationship;
import io.claimline.patient.registry.api.ReorderCoveragesCommand;
import io.claimline.patient.registry.api.SealedContact;
import io.claimline.patient.registry.api.Sex;
import io.claimline.patient.registry.command.Patient;
import io.claimline.patient.registry.command.PatientMergedException;
import io.claimline.patient.registry.command.PersonSeal;
import io.claimline.patient.vault.keys.AesGcm;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.EmailAddress;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.PhoneNumber;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.kernel.UsAddress;
import io.claimline.platform.phi.PersonalDataErasedException;
import io.claimline.platform.phi.SealedValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final MetaData CLINIC_A = MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-a");
    private static final MetaData CLINIC_B = MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b");
    private static final PatientId PATIENT = PatientId.parse("0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3");
    private static final PatientId OTHER = PatientId.parse("3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e2d");
    private static final String PAYER = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e";
    private static final String COVERAGE = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d";
    private static final String SECOND = "8e4f0c3b-2d5a-4f9b-87e6-0a1b2c3d4e5f";

    private AggregateTestFixture<Patient> fixture;
    private PhiCipher phi;
    private InMemoryDataKeys keys;

    @BeforeEach
    void setUp() {
        AesGcm aes = new AesGcm(Base64.getEncoder().encodeToString(new byte[32]));
        keys = new InMemoryDataKeys(aes);
        phi = new PhiCipher(keys, aes);
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(phi);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static PersonDetails ada() {
        return new PersonDetails(" Ada ", "King", "Lovelace", "Ada", LocalDate.of(1980, 12, 10), Sex.F,
                new UsAddress("12 Analytical Way", null, "Springfield", "il", "62704-1234"),
                PhoneNumber.of("(217) 555-0134"), EmailAddress.of("ada@Example.ORG"), ContactMethod.EMAIL, "EN");
    }

    static CoverageTerms terms(Priority priority, LocalDate effective, LocalDate termination) {
        return new CoverageTerms(PAYER, "Gold PPO", "xgp 1234 5678", "GRP-55012", Relationship.CHILD,
                PersonDetails.named("Grace", "Lovelace", LocalDate.of(1955, 3, 1)), priority, effective, termination,
                new Benefits(new BigDecimal("25.00"), new BigDecimal("0.20"), null, null, null, null));
    }

    @Nested
    class Registering {

        @Test
        void sealsEveryDemographicAndRecordsTheClinicAndTheTime() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, ada(), List.of()), CLINIC_A)
                    .expectSuccessfulHandlerExecution();
            assertThat(storedEvents()).hasSize(1);
            PatientRegisteredEvent event = lastEvent(PatientRegisteredEvent.class);

            assertThat(event.clinicId()).isEqualTo("clinic-a");
            assertThat(event.registeredAt()).isEqualTo(NOW);
            assertThat(open(event.givenName())).isEqualTo("Ada");
            assertThat(open(event.familyName())).isEqualTo("Lovelace");
            assertThat(open(event.dateOfBirth())).isEqualTo("1980-12-10");
            assertThat(open(event.details().middleName())).isEqualTo("King");
            assertThat(open(event.details().sex())).isEqualTo("F");
            assertThat(open(event.details().phone())).isEqualTo("+12175550134");
            assertThat(open(event.details().email())).isEqualTo("ada@example.org");
            assertThat(open(event.details().language())).isEqualTo("en");
            assertThat(AddressText.read(open(event.details().address())))
                    .isEqualTo(new UsAddress("12 Analytical Way", null, "Springfield", "IL", "627041234"));
            assertThat(event.givenName().ciphertext()).doesNotContain("Ada");
        }

        @Test
        void recordsThePossibleDuplicatesForReview() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, ada(), List.of(OTHER, OTHER, PATIENT)), CLINIC_A)
                    .expectSuccessfulHandlerExecution();

            assertThat(lastEvent(PatientRegisteredEvent.class).possibleDuplicates()).containsExactly(OTHER);
        }

        @Test
        void refusesADateOfBirthAfterTodayNamingTheField() {
            PersonDetails unborn = PersonDetails.named("Ada", "Lovelace", LocalDate.of(2026, 11, 28));
            refused(fixture.givenNoPriorActivity().when(new RegisterPatientCommand(PATIENT, unborn, List.of()),
                    CLINIC_A), "dateOfBirth", "must not be in the future");
        }

        @Test
        void refusesAnImplausibleDateOfBirth() {
            PersonDetails ancient = PersonDetails.named("Ada", "Lovelace", LocalDate.of(1890, 1, 1));
            refused(fixture.givenNoPriorActivity().when(new RegisterPatientCommand(PATIENT, ancient, List.of()),
                    CLINIC_A), "dateOfBirth", "must be within the last 130 years");
        }

        @Test
        void refusesABlankNameAndAnUnknownLanguageTogether() {
            PersonDetails person = new PersonDetails("  ", null, "Lovelace", null, LocalDate.of(1980, 1, 1), null,
                    null, null, null, null, "klingon");
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, person, List.of()), CLINIC_A)
                    .expectException(InvalidFieldsException.class)
                    .expectExceptionMessage("givenName: is required")
                    .expectNoEvents();
        }

        @Test
        void refusesAPatientWithoutAClinic() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, ada(), List.of()))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingDemographics {

        @Test
        void sealsTheWholeCorrectedSetAndSaysWhy() {
            PersonDetails married = PersonDetails.named("Ada", "King", LocalDate.of(1980, 12, 10));
            fixture.given(registered())
                    .when(new ChangePatientDemographicsCommand(PATIENT, null, married, "married"), CLINIC_A)
                    .expectSuccessfulHandlerExecution();
            PatientDemographicsChangedEvent event = lastEvent(PatientDemographicsChangedEvent.class);

            assertThat(open(event.familyName())).isEqualTo("King");
            assertThat(event.details().phone()).isNull();
            assertThat(event.reason()).isEqualTo("married");
            assertThat(event.changedAt()).isEqualTo(NOW);
        }

        @Test
        void anotherClinicCannotFindThePatient() {
            fixture.given(registered())
                    .when(new ChangePatientDemographicsCommand(PATIENT, null, ada(), null), CLINIC_B)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }

        @Test
        void aMergedPatientTakesNoMoreChanges() {
            fixture.given(registered(), new PatientMergedEvent(PATIENT, OTHER, "same person", NOW))
                    .when(new ChangePatientDemographicsCommand(PATIENT, null, ada(), null), CLINIC_A)
                    .expectException(PatientMergedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void deactivatesOnceWithAReason() {
            fixture.given(registered())
                    .when(new DeactivatePatientCommand(PATIENT, null, "moved away"), CLINIC_A)
                    .expectEvents(new PatientDeactivatedEvent(PATIENT, "moved away", NOW));
            fixture.given(registered(), new PatientDeactivatedEvent(PATIENT, "moved away", NOW))
                    .when(new DeactivatePatientCommand(PATIENT, null, "again"), CLINIC_A)
                    .expectException(StateConflictException.class);
        }

        @Test
        void deactivationNeedsAReason() {
            refused(fixture.given(registered()).when(new DeactivatePatientCommand(PATIENT, null, " "), CLINIC_A),
                    "reason", "is required");
        }

        @Test
        void dismissesOnlyACandidateThatWasFound() {
            PatientRegisteredEvent withCandidate = registered();
            withCandidate = new PatientRegisteredEvent(PATIENT, "clinic-a", withCandidate.givenName(),
                    withCandidate.familyName(), withCandidate.dateOfBirth(), NOW, null, List.of(OTHER));
            fixture.given(withCandidate)
                    .when(new DismissPossibleDuplicateCommand(PATIENT, null, OTHER, "twin sister"), CLINIC_A)
                    .expectSuccessfulHandlerExecution();
            fixture.given(registered())
                    .when(new DismissPossibleDuplicateCommand(PATIENT, null, OTHER, "twin sister"), CLINIC_A)
                    .expectException(NotFoundException.class);
        }

        @Test
        void mergesIntoAnotherPatientButNotIntoItself() {
            fixture.given(registered())
                    .when(new MergePatientCommand(PATIENT, null, OTHER, "registered twice"), CLINIC_A)
                    .expectEvents(new PatientMergedEvent(PATIENT, OTHER, "registered twice", NOW));
            refused(fixture.given(registered())
                    .when(new MergePatientCommand(PATIENT, null, PATIENT, "oops"), CLINIC_A),
                    "survivingPatientId", "must be another patient");
        }

        @Test
        void aGuarantorIdIsThePatientsOwnExactlyWhenTheKindIsSelf() {
            SealedContact contact = new SealedContact(null, null, null, null, null);
            fixture.given(registered())
                    .when(new AssignGuarantorCommand(PATIENT, null, OTHER.toString(), GuarantorKind.PATIENT, contact,
                            "mother"), CLINIC_A)
                    .expectEvents(new GuarantorAssignedEvent(PATIENT, OTHER.toString(), GuarantorKind.PATIENT,
                            contact, "mother", NOW));
            refused(fixture.given(registered())
                    .when(new AssignGuarantorCommand(PATIENT, null, OTHER.toString(), GuarantorKind.SELF, contact,
                            null), CLINIC_A), "guarantorId", "is the patient's own id exactly when the kind is SELF");
        }
    }

    @Nested
    class Coverages {

        private final LocalDate jan1 = LocalDate.of(2026, 1, 1);

        @Test
        void sealsTheMemberIdAndTheSubscriberAndNormalisesTheMemberId() {
            fixture.given(registered())
                    .when(new AddCoverageCommand(PATIENT, null, COVERAGE, terms(Priority.PRIMARY, jan1, null)),
                            CLINIC_A)
                    .expectSuccessfulHandlerExecution();
            CoverageAddedEvent event = lastEvent(CoverageAddedEvent.class);

            assertThat(open(event.coverage().memberId())).isEqualTo("XGP12345678");
            assertThat(open(event.coverage().subscriber().givenName())).isEqualTo("Grace");
            assertThat(event.coverage().priority()).isEqualTo(Priority.PRIMARY);
        }

        @Test
        void refusesTwoCoveragesOfTheSamePriorityInForceOnTheSameDay() {
            refused(fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, LocalDate.of(2026, 6, 30)))
                    .when(new AddCoverageCommand(PATIENT, null, SECOND,
                            terms(Priority.PRIMARY, LocalDate.of(2026, 6, 30), null)), CLINIC_A),
                    "priority", "another primary coverage is in force on some of these days");
        }

        @Test
        void allowsTheSamePriorityOnceTheFirstHasEnded() {
            fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, LocalDate.of(2026, 6, 30)))
                    .when(new AddCoverageCommand(PATIENT, null, SECOND,
                            terms(Priority.PRIMARY, LocalDate.of(2026, 7, 1), null)), CLINIC_A)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesATerminationBeforeTheEffectiveDate() {
            refused(fixture.given(registered()).when(new AddCoverageCommand(PATIENT, null, COVERAGE,
                    terms(Priority.PRIMARY, jan1, LocalDate.of(2025, 12, 31))), CLINIC_A),
                    "terminationDate", "must not be before the effective date");
            refused(fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null))
                    .when(new EndCoverageCommand(PATIENT, null, COVERAGE, LocalDate.of(2025, 12, 31), null),
                            CLINIC_A), "terminationDate", "must not be before the effective date");
        }

        @Test
        void aSubscriberIsRequiredExactlyWhenThePatientIsNotTheSubscriber() {
            CoverageTerms child = terms(Priority.PRIMARY, jan1, null);
            CoverageTerms noSubscriber = new CoverageTerms(PAYER, null, "XGP1", null, Relationship.CHILD, null,
                    Priority.PRIMARY, jan1, null, null);
            CoverageTerms selfWithSubscriber = new CoverageTerms(PAYER, null, "XGP1", null, Relationship.SELF,
                    child.subscriber(), Priority.PRIMARY, jan1, null, null);
            refused(fixture.given(registered()).when(new AddCoverageCommand(PATIENT, null, COVERAGE, noSubscriber),
                    CLINIC_A), "subscriber", "is required when the patient is not the subscriber");
            refused(fixture.given(registered()).when(new AddCoverageCommand(PATIENT, null, COVERAGE,
                    selfWithSubscriber), CLINIC_A), "subscriber", "must be empty when the patient is the subscriber");
        }

        @Test
        void aSubscribersProblemsAreNamedUnderSubscriber() {
            CoverageTerms unborn = new CoverageTerms(PAYER, null, "XGP1", null, Relationship.SPOUSE,
                    PersonDetails.named("Grace", "", LocalDate.of(2027, 1, 1)), Priority.PRIMARY, jan1, null, null);
            fixture.given(registered())
                    .when(new AddCoverageCommand(PATIENT, null, COVERAGE, unborn), CLINIC_A)
                    .expectException(InvalidFieldsException.class)
                    .expectExceptionMessage("subscriber.familyName: is required")
                    .expectNoEvents();
        }

        @Test
        void thePriorityChangesOnlyByReordering() {
            refused(fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null))
                    .when(new ChangeCoverageCommand(PATIENT, null, COVERAGE, terms(Priority.SECONDARY, jan1, null),
                            "typo"), CLINIC_A), "priority", "changes only by reordering the patient's coverages");
        }

        @Test
        void reorderingSwapsPrimaryAndSecondaryInOneEvent() {
            List<CoverageOrder> swap = List.of(new CoverageOrder(COVERAGE, Priority.SECONDARY),
                    new CoverageOrder(SECOND, Priority.PRIMARY));
            fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null),
                            added(SECOND, Priority.SECONDARY, jan1, null))
                    .when(new ReorderCoveragesCommand(PATIENT, null, swap, "new job's plan pays first"), CLINIC_A)
                    .expectEvents(new CoveragesReorderedEvent(PATIENT, swap, "new job's plan pays first", NOW));
        }

        @Test
        void reorderingRefusesAnOrderThatLeavesTwoPrimaries() {
            refused(fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null),
                            added(SECOND, Priority.SECONDARY, jan1, null))
                    .when(new ReorderCoveragesCommand(PATIENT, null,
                            List.of(new CoverageOrder(SECOND, Priority.PRIMARY)), null), CLINIC_A),
                    "order", "two coverages would have the same priority on the same days");
        }

        @Test
        void endsACoverage() {
            fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null))
                    .when(new EndCoverageCommand(PATIENT, null, COVERAGE, LocalDate.of(2026, 10, 31), "job ended"),
                            CLINIC_A)
                    .expectEvents(new CoverageEndedEvent(PATIENT, COVERAGE, LocalDate.of(2026, 10, 31), "job ended",
                            NOW));
        }

        @Test
        void recordsAnActiveAnswerWithItsBenefitsAndAnInactiveOneWithItsReasons() {
            Benefits fromPayer = new Benefits(new BigDecimal("30.00"), null, null, new BigDecimal("400.00"), null,
                    null);
            fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null))
                    .when(new RecordEligibilityCommand(PATIENT, null, COVERAGE, "c1", LocalDate.of(2026, 11, 27),
                            new EligibilityOutcome("ACTIVE", jan1, null, fromPayer, List.of())), CLINIC_A)
                    .expectEvents(new EligibilityVerifiedEvent(PATIENT, COVERAGE, "c1", LocalDate.of(2026, 11, 27),
                            jan1, null, fromPayer, NOW));
            fixture.given(registered(), added(COVERAGE, Priority.PRIMARY, jan1, null))
                    .when(new RecordEligibilityCommand(PATIENT, null, COVERAGE, "c2", LocalDate.of(2026, 11, 27),
                            new EligibilityOutcome("REJECTED", null, null, null, List.of("75 Subscriber not found"))),
                            CLINIC_A)
                    .expectEvents(new EligibilityFailedEvent(PATIENT, COVERAGE, "c2", LocalDate.of(2026, 11, 27),
                            "REJECTED", List.of("75 Subscriber not found"), null, NOW));
        }

        @Test
        void anUnknownCoverageIsNotFound() {
            fixture.given(registered())
                    .when(new EndCoverageCommand(PATIENT, null, COVERAGE, jan1, null), CLINIC_A)
                    .expectException(NotFoundException.class);
        }

        private CoverageAddedEvent added(String coverageId, Priority priority, LocalDate effective,
                LocalDate termination) {
            var terms = terms(priority, effective, termination);
            var seal = new PersonSeal(phi.sealerFor(PATIENT.toString()));
            return new CoverageAddedEvent(PATIENT, coverageId, new io.claimline.patient.registry.api.SealedCoverage(
                    PAYER, terms.planName(), seal.value("XGP12345678"), terms.groupNumber(), terms.relationship(),
                    seal.subscriber(terms.subscriber()), priority, effective, termination, terms.benefits()), NOW);
        }
    }

    @Nested
    class Erasing {

        @Test
        void destroysTheKeySoTheSealedValuesNoLongerOpenAndRecordsWhy() {
            PatientRegisteredEvent registered = registered();
            fixture.given(registered)
                    .when(new ErasePatientDataCommand(PATIENT, "patient_request"), CLINIC_A)
                    .expectEvents(new PatientDataErasedEvent(PATIENT, "patient_request", NOW));

            assertThat(phi.open(registered.familyName())).isEmpty();
        }

        @Test
        void refusesAReasonOffTheList() {
            fixture.given(registered())
                    .when(new ErasePatientDataCommand(PATIENT, "because"), CLINIC_A)
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToEraseTwiceAndToChangeAnErasedPatient() {
            fixture.given(registered(), new PatientDataErasedEvent(PATIENT, "patient_request", NOW))
                    .when(new ErasePatientDataCommand(PATIENT, "patient_request"), CLINIC_A)
                    .expectException(PersonalDataErasedException.class)
                    .expectNoEvents();
            fixture.given(registered(), new PatientDataErasedEvent(PATIENT, "patient_request", NOW))
                    .when(new AddCoverageCommand(PATIENT, null, COVERAGE,
                            terms(Priority.PRIMARY, LocalDate.of(2026, 1, 1), null)), CLINIC_A)
                    .expectException(PersonalDataErasedException.class)
                    .expectNoEvents();
        }

        @Test
        void anotherClinicCannotErase() {
            fixture.given(registered())
                    .when(new ErasePatientDataCommand(PATIENT, "patient_request"), CLINIC_B)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
            assertThat(keys.ownerOf(keys.liveKeyFor(PATIENT.toString()).id()).orElseThrow().destroyed()).isFalse();
        }
    }

    private static void refused(ResultValidator<Patient> result, String field, String message) {
        result.expectException(InvalidFieldsException.class)
                .expectExceptionMessage(field + ": " + message)
                .expectNoEvents();
    }

    private PatientRegisteredEvent registered() {
        String subject = PATIENT.toString();
        return new PatientRegisteredEvent(PATIENT, "clinic-a", phi.seal(subject, "Ada"),
                phi.seal(subject, "Lovelace"), phi.seal(subject, "1980-12-10"), NOW.minusSeconds(60), null, List.of());
    }

    private List<? extends EventMessage<?>> storedEvents() {
        return fixture.getEventStore().readEvents(PATIENT.toString()).asStream().toList();
    }

    private <E> E lastEvent(Class<E> type) {
        List<? extends EventMessage<?>> events = storedEvents();
        return type.cast(events.get(events.size() - 1).getPayload());
    }

    private String open(SealedValue value) {
        return phi.open(value).orElseThrow();
    }
}
