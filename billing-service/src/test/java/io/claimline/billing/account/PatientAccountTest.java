package io.claimline.billing.account;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.OpenPatientAccountCommand;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.billing.account.command.PatientAccount;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String PATIENT = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3";

    private AggregateTestFixture<PatientAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PatientAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void opensWithNothingOwedForTheClinicOfTheCommand() {
        fixture.givenNoPriorActivity()
                .when(new OpenPatientAccountCommand(AccountId.ofPatient(PATIENT), PATIENT),
                        MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-a"))
                .expectEvents(new PatientAccountOpenedEvent(AccountId.ofPatient(PATIENT), "clinic-a", PATIENT,
                        Money.usd("0.00"), NOW));
    }

    @Test
    void refusesAnAccountWithoutAClinic() {
        fixture.givenNoPriorActivity()
                .when(new OpenPatientAccountCommand(AccountId.ofPatient(PATIENT), PATIENT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
