package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code GuarantorAssigned}, version 1: who is financially responsible for
 * the patient from now on (kind SELF, PATIENT or PERSON), with their name and contact sealed under the guarantor's
 * own key — what billing needs for statements.
 */
public record GuarantorAssigned(
        String patientId,
        String guarantorId,
        String kind,
        SealedPerson guarantor,
        Instant assignedAt) implements KeyedPayload {

    public GuarantorAssigned {
        Require.uuid(patientId, "patientId");
        Require.uuid(guarantorId, "guarantorId");
        Require.present(kind, "kind");
        Require.present(guarantor, "guarantor");
        Require.present(assignedAt, "assignedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "GuarantorAssigned";
    public static final int VERSION = 1;
}
