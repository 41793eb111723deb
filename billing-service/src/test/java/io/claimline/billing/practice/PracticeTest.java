package io.claimline.billing.practice;

import io.claimline.billing.practice.api.AddLocationCommand;
import io.claimline.billing.practice.api.AddProviderCommand;
import io.claimline.billing.practice.api.Address;
import io.claimline.billing.practice.api.ChangeLocationCommand;
import io.claimline.billing.practice.api.ChangeProviderCommand;
import io.claimline.billing.practice.api.ClinicProfile;
import io.claimline.billing.practice.api.ClinicProfileChangedEvent;
import io.claimline.billing.practice.api.DeactivateProviderCommand;
import io.claimline.billing.practice.api.LocationAddedEvent;
import io.claimline.billing.practice.api.LocationChangedEvent;
import io.claimline.billing.practice.api.LocationDetails;
import io.claimline.billing.practice.api.LocationId;
import io.claimline.billing.practice.api.PracticeConflictException;
import io.claimline.billing.practice.api.PracticeId;
import io.claimline.billing.practice.api.ProviderAddedEvent;
import io.claimline.billing.practice.api.ProviderChangedEvent;
import io.claimline.billing.practice.api.ProviderDeactivatedEvent;
import io.claimline.billing.practice.api.ProviderDetails;
import io.claimline.billing.practice.api.ProviderId;
import io.claimline.billing.practice.api.SetClinicProfileCommand;
import io.claimline.billing.practice.command.Practice;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.web.PreconditionRequiredException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of a clinic's practice setup, given its history, as a business sentence. */
class PracticeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final PracticeId PRACTICE = new PracticeId(CLINIC);
    private static final MetaData AS_CLINIC = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);
    private static final Address STREET = new Address("100 Main Street", null, "Springfield", "IL", "627011234");
    private static final ClinicProfile PROFILE = new ClinicProfile("Riverside Family Medicine LLC", "1234567893",
            "123456789", "207Q00000X", STREET, null);
    private static final ProviderId HOPPER = new ProviderId(UUID.fromString("4c2e8f10-9b3d-4a6e-8f7c-1d2b3a4c5e6f"));
    private static final ProviderId LOVELACE = new ProviderId(UUID.fromString("5d3f9a21-0c4e-4b7f-9a8d-2e3c4b5d6f7a"));
    private static final ProviderDetails GRACE = new ProviderDetails("1112223338", "Grace", "Hopper", "207Q00000X",
            "MD");
    private static final ProviderDetails ADA = new ProviderDetails("1222333449", "Ada", "Lovelace", "363LF0000X",
            "NP");
    private static final LocationId MAIN = new LocationId(UUID.fromString("6e4a0b21-3c5d-4e7f-9a8b-2c3d4e5f6a7b"));
    private static final LocationDetails OFFICE = new LocationDetails("Main Office", STREET, "11", null);

    private AggregateTestFixture<Practice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Practice.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ClinicProfileChangedEvent profileFrom(LocalDate date) {
        return new ClinicProfileChangedEvent(PRACTICE, date, PROFILE, NOW);
    }

    private static ProviderAddedEvent hopperAdded() {
        return new ProviderAddedEvent(PRACTICE, HOPPER, JAN, null, GRACE, NOW);
    }

    @Nested
    class ClinicProfiles {

        @Test
        void theFirstProfileSetsThePracticeUpWithoutIfMatchAndAnswersVersionZero() {
            fixture.givenNoPriorActivity()
                    .when(new SetClinicProfileCommand(PRACTICE, null, JAN, PROFILE), AS_CLINIC)
                    .expectEvents(profileFrom(JAN))
                    .expectResultMessagePayload(0L);
        }

        @Test
        void aLaterVersionTakesEffectFromItsOwnDate() {
            fixture.given(profileFrom(JAN))
                    .when(new SetClinicProfileCommand(PRACTICE, 0L, JUN, PROFILE), AS_CLINIC)
                    .expectEvents(profileFrom(JUN))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void refusesASecondVersionWithTheSameEffectiveDate() {
            fixture.given(profileFrom(JAN))
                    .when(new SetClinicProfileCommand(PRACTICE, 0L, JAN, PROFILE), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectExceptionMessage("the clinic profile already has a version effective from this date")
                    .expectNoEvents();
        }

        @Test
        void changingAnExistingPracticeNeedsTheVersionTheCallerRead() {
            fixture.given(profileFrom(JAN))
                    .when(new SetClinicProfileCommand(PRACTICE, null, JUN, PROFILE), AS_CLINIC)
                    .expectException(PreconditionRequiredException.class)
                    .expectNoEvents();
        }

        @Test
        void aChangeBasedOnAStaleVersionConflicts() {
            fixture.given(profileFrom(JAN), hopperAdded())
                    .when(new SetClinicProfileCommand(PRACTICE, 0L, JUN, PROFILE), AS_CLINIC)
                    .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void anotherClinicsPracticeDoesNotExistForTheCaller() {
            fixture.given(profileFrom(JAN))
                    .when(new SetClinicProfileCommand(PRACTICE, 0L, JUN, PROFILE),
                            MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAProfileWithoutEffectiveDate() {
            fixture.givenNoPriorActivity()
                    .when(new SetClinicProfileCommand(PRACTICE, null, null, PROFILE), AS_CLINIC)
                    .expectException(InvalidFieldsException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Providers {

        @Test
        void addsAProviderWithTheirPeriod() {
            fixture.given(profileFrom(JAN))
                    .when(new AddProviderCommand(PRACTICE, null, HOPPER, JAN, DEC, GRACE), AS_CLINIC)
                    .expectEvents(new ProviderAddedEvent(PRACTICE, HOPPER, JAN, DEC, GRACE, NOW))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void refusesAPeriodThatEndsBeforeItBegins() {
            fixture.given(profileFrom(JAN))
                    .when(new AddProviderCommand(PRACTICE, null, HOPPER, JUN, JAN, GRACE), AS_CLINIC)
                    .expectException(InvalidFieldsException.class)
                    .expectExceptionMessage("effectiveTo: must not be before effectiveFrom")
                    .expectNoEvents();
        }

        @Test
        void refusesAnNpiAnotherProviderOfTheClinicHolds() {
            fixture.given(profileFrom(JAN), hopperAdded())
                    .when(new AddProviderCommand(PRACTICE, null, LOVELACE, JAN, null,
                            new ProviderDetails(GRACE.npi(), "Ada", "Lovelace", "363LF0000X", "NP")), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectExceptionMessage("another provider of the clinic has this NPI")
                    .expectNoEvents();
        }

        @Test
        void refusesChangingAProviderToAnotherProvidersNpi() {
            fixture.given(profileFrom(JAN), hopperAdded(),
                            new ProviderAddedEvent(PRACTICE, LOVELACE, JAN, null, ADA, NOW))
                    .when(new ChangeProviderCommand(PRACTICE, 2L, LOVELACE, JUN, null,
                            new ProviderDetails(GRACE.npi(), "Ada", "Lovelace", "363LF0000X", "NP")), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void aDeactivatedProvidersNpiStaysTheirs() {
            fixture.given(profileFrom(JAN), hopperAdded(),
                            new ProviderDeactivatedEvent(PRACTICE, HOPPER, DEC, "left the practice", NOW))
                    .when(new AddProviderCommand(PRACTICE, null, LOVELACE, JAN, null,
                            new ProviderDetails(GRACE.npi(), "Ada", "Lovelace", "363LF0000X", "NP")), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void aNewVersionOfAProviderKeepsTheirNpiAndTakesEffectFromItsDate() {
            ProviderDetails renamed = new ProviderDetails(GRACE.npi(), "Grace", "Hopper-Murray", "207R00000X", "DO");
            fixture.given(profileFrom(JAN), hopperAdded())
                    .when(new ChangeProviderCommand(PRACTICE, 1L, HOPPER, JUN, null, renamed), AS_CLINIC)
                    .expectEvents(new ProviderChangedEvent(PRACTICE, HOPPER, JUN, null, renamed, NOW))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void refusesTwoVersionsOfAProviderForOneDate() {
            fixture.given(profileFrom(JAN), hopperAdded())
                    .when(new ChangeProviderCommand(PRACTICE, 1L, HOPPER, JAN, null, GRACE), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesALastDayThatWouldHideTheLatestVersion() {
            fixture.given(profileFrom(JAN), hopperAdded(),
                            new ProviderChangedEvent(PRACTICE, HOPPER, DEC, null, GRACE, NOW))
                    .when(new DeactivateProviderCommand(PRACTICE, null, HOPPER, JUN, "left"), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectExceptionMessage("must not be before the first day of the provider's latest version")
                    .expectNoEvents();
        }

        @Test
        void deactivatesAProviderAfterTheirLastDay() {
            fixture.given(profileFrom(JAN), hopperAdded())
                    .when(new DeactivateProviderCommand(PRACTICE, null, HOPPER, DEC, "left the practice"), AS_CLINIC)
                    .expectEvents(new ProviderDeactivatedEvent(PRACTICE, HOPPER, DEC, "left the practice", NOW));
        }

        @Test
        void refusesDeactivatingTwice() {
            fixture.given(profileFrom(JAN), hopperAdded(),
                            new ProviderDeactivatedEvent(PRACTICE, HOPPER, DEC, "left the practice", NOW))
                    .when(new DeactivateProviderCommand(PRACTICE, null, HOPPER, DEC, "again"), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void aProviderOfNoOneIsNotFound() {
            fixture.given(profileFrom(JAN))
                    .when(new ChangeProviderCommand(PRACTICE, 0L, HOPPER, JUN, null, GRACE), AS_CLINIC)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }

        @Test
        void addingTheSameProviderIdTwiceIsRefused() {
            fixture.given(profileFrom(JAN), hopperAdded())
                    .when(new AddProviderCommand(PRACTICE, null, HOPPER, JAN, null, ADA), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Locations {

        @Test
        void addsAndChangesALocationFromDates() {
            LocationDetails moved = new LocationDetails("Main Office",
                    new Address("250 Oak Avenue", null, "Springfield", "IL", "627021234"), "22", "1987654328");
            fixture.given(profileFrom(JAN), new LocationAddedEvent(PRACTICE, MAIN, JAN, null, OFFICE, NOW))
                    .when(new ChangeLocationCommand(PRACTICE, 1L, MAIN, JUN, null, moved), AS_CLINIC)
                    .expectEvents(new LocationChangedEvent(PRACTICE, MAIN, JUN, null, moved, NOW))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void addsALocation() {
            fixture.given(profileFrom(JAN))
                    .when(new AddLocationCommand(PRACTICE, null, MAIN, JAN, DEC, OFFICE), AS_CLINIC)
                    .expectEvents(new LocationAddedEvent(PRACTICE, MAIN, JAN, DEC, OFFICE, NOW));
        }

        @Test
        void refusesALocationPeriodThatEndsBeforeItBegins() {
            fixture.given(profileFrom(JAN))
                    .when(new AddLocationCommand(PRACTICE, null, MAIN, DEC, JAN, OFFICE), AS_CLINIC)
                    .expectException(InvalidFieldsException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTwoVersionsOfALocationForOneDate() {
            fixture.given(profileFrom(JAN), new LocationAddedEvent(PRACTICE, MAIN, JAN, null, OFFICE, NOW))
                    .when(new ChangeLocationCommand(PRACTICE, 1L, MAIN, JAN, null, OFFICE), AS_CLINIC)
                    .expectException(PracticeConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void aLocationOfNoOneIsNotFound() {
            fixture.given(profileFrom(JAN))
                    .when(new ChangeLocationCommand(PRACTICE, 0L, MAIN, JUN, null, OFFICE), AS_CLINIC)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }
    }
}
