package io.claimline.platform.phi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The one place where sealed PHI is opened and where PHI that arrives elsewhere is sealed (ADR 0007). Services
 * keep the sealed values they receive and ask the vault only at the moment of use, as their own identity, for one
 * clinic, on behalf of one user, for a stated purpose. Plaintext lives only in the returned objects: never store,
 * log or publish it. Each item answers for itself: a patient whose key was destroyed is {@code ERASED} for that
 * item, not a failure of the batch. A port, so that a KMS-backed vault can replace patient-service's.
 */
public interface PhiVault {

    List<OpenedField> open(PhiAccess access, List<SealedField> fields);

    List<SealedField.Result> seal(PhiAccess access, List<PlainField> fields);

    /** For which clinic, on whose behalf and why. */
    record PhiAccess(String clinicId, String onBehalfOf, PurposeOfUse purpose) {
    }

    /** A sealed value of one patient, labelled with the field it holds ({@code givenName}, {@code dateOfBirth}…). */
    record SealedField(@Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId, @Schema(example = "givenName") String field, SealedValue value) {

        /** What sealing one {@link PlainField} gave: the sealed value when {@code outcome} is SEALED. */
        public record Result(String patientId, String field, Outcome outcome, SealedValue value) {
        }
    }

    /** A value to seal under a patient's key. */
    record PlainField(@Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId, @Schema(example = "givenName") String field,
            @Schema(example = "Ada King") String value) {

        @Override
        public String toString() {
            return "PlainField[patientId=" + patientId + ", field=" + field + "]"; // never the value
        }
    }

    /** An opened value: {@code value} is the plaintext when {@code outcome} is OPENED, otherwise null. */
    record OpenedField(String patientId, String field, Outcome outcome, String value) {

        @Override
        public String toString() {
            return "OpenedField[patientId=" + patientId + ", field=" + field + ", outcome=" + outcome + "]";
        }
    }

    /** How the vault answered one item. */
    enum Outcome {
        /** Opened; the value is in the answer. */
        OPENED,
        /** Sealed; the sealed value is in the answer. */
        SEALED,
        /** The patient's data key was destroyed: this PHI is gone for good. */
        ERASED,
        /** No such patient in this clinic, or the value is not sealed under this patient's key. */
        NOT_FOUND
    }
}
