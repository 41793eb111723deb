package io.claimline.patient.guarantor;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.patient.guarantor.api.ChangeGuarantorCommand;
import io.claimline.patient.guarantor.api.GuarantorChangedEvent;
import io.claimline.patient.guarantor.api.GuarantorId;
import io.claimline.patient.guarantor.api.GuarantorRegisteredEvent;
import io.claimline.patient.guarantor.api.RegisterGuarantorCommand;
import io.claimline.patient.guarantor.command.Guarantor;
import io.claimline.patient.registry.InMemoryDataKeys;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.vault.keys.AesGcm;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.UsAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuarantorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final MetaData CLINIC_A = MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-a");
    private static final GuarantorId GRACE = new GuarantorId(UUID.fromString("4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7a9b1d"));
    private static final UsAddress HOME = new UsAddress("12 Analytical Way", null, "Springfield", "IL", "62704");

    private AggregateTestFixture<Guarantor> fixture;
    private PhiCipher phi;
    private InMemoryDataKeys keys;

    @BeforeEach
    void setUp() {
        AesGcm aes = new AesGcm(Base64.getEncoder().encodeToString(new byte[32]));
        keys = new InMemoryDataKeys(aes);
        phi = new PhiCipher(keys, aes);
        fixture = new AggregateTestFixture<>(Guarantor.class);
        fixture.registerInjectableResource(phi);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static PersonDetails grace(UsAddress address, LocalDate born) {
        return new PersonDetails("Grace", null, "Lovelace", null, born, null, address, null, null, null, null);
    }

    @Test
    void sealsTheNameAndAddressUnderTheGuarantorsOwnKey() {
        fixture.givenNoPriorActivity()
                .when(new RegisterGuarantorCommand(GRACE, grace(HOME, null)), CLINIC_A)
                .expectSuccessfulHandlerExecution();
        GuarantorRegisteredEvent event = (GuarantorRegisteredEvent) fixture.getEventStore()
                .readEvents(GRACE.toString()).asStream().toList().get(0).getPayload();

        assertThat(phi.open(event.contact().familyName())).contains("Lovelace");
        assertThat(event.dateOfBirth()).isNull();
        assertThat(keys.ownerOf(event.contact().givenName().keyId()).orElseThrow().subjectId())
                .isEqualTo(GRACE.toString());
    }

    @Test
    void statementsNeedAnAddressAndTheDateOfBirthMayNotBeInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RegisterGuarantorCommand(GRACE, grace(null, LocalDate.of(2030, 1, 1))), CLINIC_A)
                .expectException(InvalidFieldsException.class)
                .expectExceptionMessage("dateOfBirth: must not be in the future")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterGuarantorCommand(GRACE, grace(null, null)), CLINIC_A)
                .expectException(InvalidFieldsException.class)
                .expectExceptionMessage("address: is required (statements are mailed to it)")
                .expectNoEvents();
    }

    @Test
    void aCorrectionIsSealedAgainAndAnotherClinicCannotFindTheGuarantor() {
        GuarantorRegisteredEvent registered = new GuarantorRegisteredEvent(GRACE, "clinic-a",
                new io.claimline.patient.registry.api.SealedContact(phi.seal(GRACE.toString(), "Grace"),
                        phi.seal(GRACE.toString(), "Lovelace"), null, null, null), null, NOW);
        fixture.given(registered)
                .when(new ChangeGuarantorCommand(GRACE, null, grace(HOME, null), "moved"), CLINIC_A)
                .expectSuccessfulHandlerExecution();
        var events = fixture.getEventStore().readEvents(GRACE.toString()).asStream().toList();
        GuarantorChangedEvent changed = (GuarantorChangedEvent) events.get(events.size() - 1).getPayload();
        assertThat(changed.reason()).isEqualTo("moved");
        assertThat(phi.open(changed.contact().address())).hasValueSatisfying(json -> assertThat(json)
                .contains("Analytical"));
        fixture.given(registered)
                .when(new ChangeGuarantorCommand(GRACE, null, grace(HOME, null), null),
                        MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
