package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code patients.patient-events.v1} type {@code EligibilityChecked}, version 1: a payer's 271 answer for a
 * coverage and date of service: ACTIVE (benefits as the payer gave them), INACTIVE or REJECTED (reasons).
 */
public record EligibilityChecked(
        String patientId,
        String coverageId,
        String checkId,
        LocalDate dateOfService,
        String status,
        LocalDate planBegin,
        LocalDate planEnd,
        Benefits benefits,
        List<String> reasons,
        Instant checkedAt) implements KeyedPayload {

    public EligibilityChecked {
        Require.uuid(patientId, "patientId");
        Require.uuid(coverageId, "coverageId");
        Require.uuid(checkId, "checkId");
        Require.present(dateOfService, "dateOfService");
        Require.present(status, "status");
        Require.present(checkedAt, "checkedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "EligibilityChecked";
    public static final int VERSION = 1;
}
