package io.claimline.patient.registry.command;

import io.claimline.platform.kernel.StateConflictException;

/** A merged (losing) patient takes no more changes: they are made on the surviving patient. */
public class PatientMergedException extends StateConflictException {

    public PatientMergedException() {
        super("the patient was merged into another; change the surviving patient");
    }
}
