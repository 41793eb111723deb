package io.claimline.patient.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.patient.registry.api.ChangePatientDemographicsCommand;
import io.claimline.patient.registry.api.ErasePatientDataCommand;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.RegisterPatientCommand;
import io.claimline.patient.registry.command.Patient;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.patient.vault.keys.AesGcm;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.PersonalDataErasedException;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final MetaData CLINIC_A = MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-a");
    private static final PatientId PATIENT = PatientId.parse("0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3");

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

    @Nested
    class Registering {

        @Test
        void sealsNameAndDateOfBirthAndRecordsTheClinicAndTheTime() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, " Ada ", "Lovelace", LocalDate.of(1980, 12, 10)),
                            CLINIC_A)
                    .expectSuccessfulHandlerExecution();
            assertThat(storedEvents()).hasSize(1);
            PatientRegisteredEvent event = lastEvent(PatientRegisteredEvent.class);

            assertThat(event.clinicId()).isEqualTo("clinic-a");
            assertThat(event.registeredAt()).isEqualTo(NOW);
            assertThat(open(event.givenName())).isEqualTo("Ada");
            assertThat(open(event.familyName())).isEqualTo("Lovelace");
            assertThat(open(event.dateOfBirth())).isEqualTo("1980-12-10");
            assertThat(event.givenName().ciphertext()).doesNotContain("Ada");
        }

        @Test
        void refusesADateOfBirthAfterToday() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, "Ada", "Lovelace", LocalDate.of(2026, 11, 28)), CLINIC_A)
                    .expectException(IllegalArgumentException.class)
                    .expectExceptionMessage("dateOfBirth must not be in the future")
                    .expectNoEvents();
        }

        @Test
        void refusesABlankName() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, "  ", "Lovelace", LocalDate.of(1980, 1, 1)), CLINIC_A)
                    .expectException(IllegalArgumentException.class)
                    .expectExceptionMessage("givenName is required")
                    .expectNoEvents();
        }

        @Test
        void refusesAPatientWithoutAClinic() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterPatientCommand(PATIENT, "Ada", "Lovelace", LocalDate.of(1980, 1, 1)))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingDemographics {

        @Test
        void sealsTheCorrectedValues() {
            fixture.given(registered())
                    .when(new ChangePatientDemographicsCommand(PATIENT, null, "Ada", "King", LocalDate.of(1980, 12, 10)),
                            CLINIC_A)
                    .expectSuccessfulHandlerExecution();
            PatientDemographicsChangedEvent event = lastEvent(PatientDemographicsChangedEvent.class);

            assertThat(open(event.familyName())).isEqualTo("King");
            assertThat(event.changedAt()).isEqualTo(NOW);
        }

        @Test
        void anotherClinicCannotFindThePatient() {
            fixture.given(registered())
                    .when(new ChangePatientDemographicsCommand(PATIENT, null, "Ada", "King", LocalDate.of(1980, 12, 10)),
                            MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
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
        void refusesToEraseTwice() {
            fixture.given(registered(), new PatientDataErasedEvent(PATIENT, "patient_request", NOW))
                    .when(new ErasePatientDataCommand(PATIENT, "patient_request"), CLINIC_A)
                    .expectException(PersonalDataErasedException.class)
                    .expectNoEvents();
        }

        @Test
        void anotherClinicCannotErase() {
            fixture.given(registered())
                    .when(new ErasePatientDataCommand(PATIENT, "patient_request"),
                            MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
            assertThat(keys.ownerOf(keys.liveKeyFor(PATIENT.toString()).id()).orElseThrow().destroyed()).isFalse();
        }
    }

    private PatientRegisteredEvent registered() {
        String subject = PATIENT.toString();
        return new PatientRegisteredEvent(PATIENT, "clinic-a", phi.seal(subject, "Ada"),
                phi.seal(subject, "Lovelace"), phi.seal(subject, "1980-12-10"), NOW.minusSeconds(60));
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
