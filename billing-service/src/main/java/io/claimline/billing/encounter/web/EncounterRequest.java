package io.claimline.billing.encounter.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * An encounter as a clinic system or a biller records it (and, with a reason, as an amendment restates it in full).
 * Codes in any accepted spelling (ICD-10-CM with or without its dot); the billing provider is the clinic's profile
 * on the first date of service; the coverage (omitted for self-pay) must be the patient's and in force on every
 * date of service.
 */
public record EncounterRequest(
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(description = "the coverage to bill; omit for a self-pay encounter",
                example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") String coverageId,
        LocalDate serviceFrom,
        @Schema(description = "defaults to serviceFrom") LocalDate serviceTo,
        @Schema(description = "CMS place-of-service code; defaults to the location's", example = "11")
        String placeOfService,
        @Schema(example = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b") String locationId,
        @Schema(example = "4c2e8f10-9b3d-4a6e-8f7c-1d2b3a4c5e6f") String renderingProviderId,
        Referring referringProvider,
        @ArraySchema(arraySchema = @Schema(description = "ICD-10-CM codes in claim order, 1 to 12"),
                schema = @Schema(example = "E11.9"))
        List<String> diagnoses,
        List<Line> lines,
        @Schema(description = "amendments only: why the encounter is corrected") String reason) {

    /** A referring provider, usually outside the clinic. */
    @Schema(name = "EncounterReferringProvider")
    public record Referring(@Schema(example = "1245319599") String npi, String givenName, String familyName) {
    }

    /**
     * One service line. {@code charge} may be omitted: the chargemaster's price × units; given and different, it
     * needs {@code chargeOverrideReason}. {@code lineId}: a line's identity (837P REF*6R, the ledger's source):
     * omitted, a new one is drawn; an amendment gives a line's id to keep it. {@code note}: sealed through the
     * vault (purpose charge capture) before anything is stored; read back through the notes endpoint.
     */
    @Schema(name = "EncounterLineRequest")
    public record Line(
            @Schema(format = "uuid", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") String lineId,
            @Schema(description = "defaults to serviceFrom") LocalDate serviceDate,
            @Schema(example = "99213") String procedureCode,
            @ArraySchema(arraySchema = @Schema(description = "up to 4"), schema = @Schema(type = "string", example = "25"))
            List<String> modifiers,
            Integer units,
            @ArraySchema(arraySchema = @Schema(description = "1-based positions in diagnoses, 1 to 4"))
            List<Integer> diagnosisPointers,
            @Schema(example = "125.00") String charge,
            String chargeOverrideReason,
            @Schema(description = "a note to the payer (837P NTE), at most 80 characters; kept sealed",
                    example = "Left forearm laceration, 2 cm") String note) {
    }
}
