package io.claimline.x12.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a 271 says about the patient we asked about.
 *
 * @param traceNumber our 270 trace number as the payer echoes it (TRN*2), or null when not echoed
 * @param status      REJECTED when any AAA is present (the payer could not answer); else ACTIVE when the patient
 *                    has an active-coverage EB (EB01 1-5), else INACTIVE
 * @param rejections  every AAA, in order
 * @param payerName   2100A NM103
 * @param memberId    2100C NM109 (the subscriber's member id), or null
 * @param planName    EB05 of the coverage EB, else REF03 of a plan or group number REF; null when neither
 * @param planBegin   DTP*346, else the start of DTP*291; null when not given
 * @param planEnd     DTP*347, else the end of a DTP*291 range; null when not given
 * @param benefits    cost-sharing at the patient's level
 */
public record EligibilityResponse(
        String traceNumber,
        Status status,
        List<Rejection> rejections,
        String payerName,
        String memberId,
        String planName,
        LocalDate planBegin,
        LocalDate planEnd,
        Benefits benefits) {

    public enum Status {
        ACTIVE, INACTIVE, REJECTED
    }

    public EligibilityResponse {
        Objects.requireNonNull(status, "status");
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(benefits, "benefits");
    }

    /** Without the member id (PHI). */
    @Override
    public String toString() {
        return "EligibilityResponse[traceNumber=" + traceNumber + ", status=" + status + ", rejections=" + rejections
                + ", payerName=" + payerName + ", planName=" + planName + ", planBegin=" + planBegin + ", planEnd="
                + planEnd + ", benefits=" + benefits + "]";
    }
}
