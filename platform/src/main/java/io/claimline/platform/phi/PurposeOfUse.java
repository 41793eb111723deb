package io.claimline.platform.phi;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a service needs a patient's PHI in the clear: the fixed list the vault accepts, each one a moment where PHI
 * must be printed or taken in (HIPAA's minimum necessary: a purpose is stated, recorded and checked).
 */
public enum PurposeOfUse {
    CLAIM_SUBMISSION("claim_submission"),
    ELIGIBILITY("eligibility"),
    PATIENT_STATEMENT("patient_statement"),
    COLLECTION_NOTICE("collection_notice"),
    AGENCY_PLACEMENT("agency_placement"),
    /** A good-faith estimate's PDF prints the uninsured or self-pay patient's name and date of birth. */
    GOOD_FAITH_ESTIMATE("good_faith_estimate"),
    /**
     * Charge capture: an encounter's free-text line notes (a note to the payer, 837P NTE) are sealed when recorded
     * and opened for the people who review and bill it.
     */
    CHARGE_CAPTURE("charge_capture");

    private final String code;

    PurposeOfUse(String code) {
        this.code = code;
    }

    /** The code on the wire and in the PHI access record. */
    public String code() {
        return code;
    }

    public static Optional<PurposeOfUse> fromCode(String code) {
        return Arrays.stream(values()).filter(purpose -> purpose.code.equals(code)).findFirst();
    }
}
