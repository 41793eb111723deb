package io.claimline.patient.guarantor.query;

import io.claimline.platform.kernel.UsAddress;
import java.time.Instant;
import java.time.LocalDate;

/** A guarantor who is not a patient, opened for the caller ({@code phiAvailable} false once erased). */
public record GuarantorSummary(String guarantorId, String givenName, String familyName, LocalDate dateOfBirth,
        UsAddress address, String phone, String email, boolean phiAvailable, Instant registeredAt,
        Instant changedAt, long version) {

    @Override
    public String toString() {
        return "GuarantorSummary[guarantorId=" + guarantorId + "]";
    }
}
