package io.claimline.patient.registry.api;

import java.util.List;

/**
 * Why a patient's PHI was erased: codes rather than free text, so the record states a reason an auditor can
 * count and no one can type a patient's name into it.
 */
public final class ErasureReasons {

    public static final List<String> ALL = List.of("patient_request", "registered_in_error", "duplicate_record",
            "legal_order");

    private ErasureReasons() {
    }
}
