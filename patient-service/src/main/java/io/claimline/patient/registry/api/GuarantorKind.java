package io.claimline.patient.registry.api;

/** Who is financially responsible: the patient, another patient of the clinic, or a person who is not a patient. */
public enum GuarantorKind {
    SELF, PATIENT, PERSON
}
