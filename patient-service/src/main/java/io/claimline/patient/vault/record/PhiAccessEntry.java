package io.claimline.patient.vault.record;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the PHI access record: who ({@code service}, on behalf of {@code actingUser}), for which clinic
 * and purpose, did what ({@code operation}: open, seal or erase) to which patients' fields, with what outcome,
 * and when. Ids and field names only, never PHI.
 */
public record PhiAccessEntry(
        long sequence,
        Instant recordedAt,
        String operation,
        String service,
        String actingUser,
        String clinicId,
        String purpose,
        String outcome,
        String detail,
        List<Item> items,
        String previousHash,
        String hash) {

    public static final String OPEN = "open";
    public static final String SEAL = "seal";
    public static final String ERASE = "erase";
    public static final String COMPLETED = "completed";
    public static final String REFUSED = "refused";

    /** One patient's field and what happened to it ({@code opened}, {@code sealed}, {@code erased}…). */
    public record Item(String patientId, String field, String outcome) {
    }

    /** What is about to be recorded; sequence, time and hashes are the record's to assign. */
    public record Draft(String operation, String service, String actingUser, String clinicId, String purpose,
            String outcome, String detail, List<Item> items) {
    }
}
