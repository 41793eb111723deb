package io.claimline.platform.phi;

/** A change needs a patient's PHI, but their data key was destroyed: answered 409, the data is gone for good. */
public class PersonalDataErasedException extends IllegalStateException {

    public PersonalDataErasedException() {
        super("the patient's personal data was erased");
    }
}
