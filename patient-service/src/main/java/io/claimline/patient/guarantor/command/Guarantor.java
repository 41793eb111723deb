package io.claimline.patient.guarantor.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.patient.guarantor.api.ChangeGuarantorCommand;
import io.claimline.patient.guarantor.api.GuarantorChangedEvent;
import io.claimline.patient.guarantor.api.GuarantorId;
import io.claimline.patient.guarantor.api.GuarantorRegisteredEvent;
import io.claimline.patient.guarantor.api.RegisterGuarantorCommand;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.command.Demographics;
import io.claimline.patient.registry.command.PersonSeal;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person financially responsible for one or more patients without being a patient. Their statements need a name
 * and a postal address, so both are required; everything is sealed under the guarantor's own data key.
 */
@Aggregate
public class Guarantor {

    @AggregateIdentifier
    private GuarantorId guarantorId;
    private String clinicId;

    protected Guarantor() {
        // for Axon
    }

    @CommandHandler
    public Guarantor(RegisterGuarantorCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            PhiCipher phi, Clock clock) {
        PersonDetails person = check(command.person(), clock);
        PersonSeal seal = new PersonSeal(phi.sealerFor(command.guarantorId().toString()));
        apply(new GuarantorRegisteredEvent(command.guarantorId(), clinicId, seal.contact(person),
                seal.value(person.dateOfBirth(), Object::toString), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeGuarantorCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            PhiCipher phi, Clock clock) {
        if (!this.clinicId.equals(clinicId)) {
            throw new NotFoundException("guarantor");
        }
        PersonDetails person = check(command.person(), clock);
        PersonSeal seal = new PersonSeal(phi.sealerFor(guarantorId.toString()));
        apply(new GuarantorChangedEvent(guarantorId, seal.contact(person),
                seal.value(person.dateOfBirth(), Object::toString), command.reason(), clock.instant()));
    }

    /** A guarantor's rules: a person's, with the date of birth optional and the address required. */
    public static PersonDetails check(PersonDetails person, Clock clock) {
        Fields fields = new Fields();
        LocalDate today = LocalDate.now(clock);
        PersonDetails undated = new PersonDetails(person.givenName(), person.middleName(), person.familyName(),
                person.preferredName(), person.dateOfBirth() == null ? today : person.dateOfBirth(), person.sex(),
                person.address(), person.phone(), person.email(), person.preferredContactMethod(), person.language());
        PersonDetails checked = Demographics.check(undated, today, fields);
        fields.check("address", person.address() != null, "is required (statements are mailed to it)");
        fields.throwIfInvalid();
        return new PersonDetails(checked.givenName(), checked.middleName(), checked.familyName(),
                checked.preferredName(), person.dateOfBirth(), checked.sex(), checked.address(), checked.phone(),
                checked.email(), checked.preferredContactMethod(), checked.language());
    }

    @EventSourcingHandler
    void on(GuarantorRegisteredEvent event) {
        this.guarantorId = event.guarantorId();
        this.clinicId = event.clinicId();
    }
}
