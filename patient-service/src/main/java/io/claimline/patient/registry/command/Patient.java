package io.claimline.patient.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.patient.registry.api.ChangePatientDemographicsCommand;
import io.claimline.patient.registry.api.ErasePatientDataCommand;
import io.claimline.patient.registry.api.ErasureReasons;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.RegisterPatientCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.patient.vault.keys.DataKeys;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.PersonalDataErasedException;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient of one clinic. PHI is sealed in the command handlers, before anything is applied, so no event ever
 * holds it in the clear; the aggregate keeps only what its decisions need.
 */
@Aggregate
public class Patient {

    @AggregateIdentifier
    private PatientId patientId;
    private String clinicId;
    private boolean erased;

    protected Patient() {
        // for Axon
    }

    @CommandHandler
    public Patient(RegisterPatientCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            PhiCipher phi, Clock clock) {
        if (clinicId == null) {
            throw new IllegalArgumentException("a patient must belong to a clinic");
        }
        Demographics demographics = new Demographics(command.givenName(), command.familyName(),
                command.dateOfBirth()).notBornAfter(LocalDate.now(clock));
        PhiCipher.Sealer seal = phi.sealerFor(command.patientId().toString());
        apply(new PatientRegisteredEvent(command.patientId(), clinicId,
                seal.seal(demographics.givenName()),
                seal.seal(demographics.familyName()),
                seal.seal(demographics.dateOfBirth().toString()),
                clock.instant()));
    }

    @CommandHandler
    public void handle(ChangePatientDemographicsCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, PhiCipher phi, Clock clock) {
        requireOwnClinic(clinicId);
        Demographics demographics = new Demographics(command.givenName(), command.familyName(),
                command.dateOfBirth()).notBornAfter(LocalDate.now(clock));
        PhiCipher.Sealer seal = phi.sealerFor(patientId.toString());
        apply(new PatientDemographicsChangedEvent(patientId,
                seal.seal(demographics.givenName()),
                seal.seal(demographics.familyName()),
                seal.seal(demographics.dateOfBirth().toString()),
                clock.instant()));
    }

    /**
     * Crypto-shredding: the key is destroyed in the same transaction that stores the event, so the record of the
     * erasure and the erasure itself cannot part.
     */
    @CommandHandler
    public void handle(ErasePatientDataCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            DataKeys keys, Clock clock) {
        requireOwnClinic(clinicId);
        if (!ErasureReasons.ALL.contains(command.reason())) {
            throw new IllegalArgumentException("reason must be one of " + String.join(", ", ErasureReasons.ALL));
        }
        if (erased) {
            throw new PersonalDataErasedException();
        }
        keys.destroy(patientId.toString());
        apply(new PatientDataErasedEvent(patientId, command.reason(), clock.instant()));
    }

    private void requireOwnClinic(String clinicId) {
        if (!this.clinicId.equals(clinicId)) {
            throw new NotFoundException("patient"); // other clinics' patients do not exist for the caller
        }
    }

    @EventSourcingHandler
    void on(PatientRegisteredEvent event) {
        this.patientId = event.patientId();
        this.clinicId = event.clinicId();
    }

    @EventSourcingHandler
    void on(PatientDataErasedEvent event) {
        this.erased = true;
    }
}
