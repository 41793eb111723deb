package io.claimline.patient.registry.web;

import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.CoverageTerms;
import io.claimline.patient.registry.api.Priority;
import io.claimline.patient.registry.api.Relationship;
import io.claimline.platform.kernel.Fields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A coverage's terms in a request body. {@code subscriber} is the insured person when the patient is not
 * ({@code relationship} other than SELF), with their own demographics.
 */
public record CoverageRequest(
        @Schema(example = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") UUID payerId,
        @Schema(example = "Gold PPO") String planName,
        @Schema(example = "XGP123456789") String memberId,
        @Schema(example = "GRP-55012") String groupNumber,
        @Schema(example = "CHILD", allowableValues = {"SELF", "SPOUSE", "CHILD", "OTHER"}) String relationship,
        PersonRequest subscriber,
        @Schema(example = "PRIMARY", allowableValues = {"PRIMARY", "SECONDARY", "TERTIARY"}) String priority,
        @Schema(example = "2026-01-01") LocalDate effectiveDate,
        @Schema(example = "2026-12-31") LocalDate terminationDate,
        BenefitsRequest benefits) {

    /** Benefits on file, in dollars (coinsurance as a fraction: 0.20 = 20 %). */
    public record BenefitsRequest(
            @Schema(example = "25.00") BigDecimal copay,
            @Schema(example = "0.20") BigDecimal coinsurance,
            @Schema(example = "1500.00") BigDecimal deductible,
            @Schema(example = "400.00") BigDecimal deductibleRemaining,
            @Schema(example = "5000.00") BigDecimal outOfPocketMax,
            @Schema(example = "3000.00") BigDecimal outOfPocketRemaining) {
    }

    /** The terms, with enumerations parsed into {@code fields}; the aggregate checks the rest. */
    CoverageTerms toTerms(Fields fields) {
        Relationship rel = fields.optional("relationship", relationship, raw -> parse(Relationship.class, raw,
                "must be SELF, SPOUSE, CHILD or OTHER"));
        Priority prio = fields.optional("priority", priority, raw -> parse(Priority.class, raw,
                "must be PRIMARY, SECONDARY or TERTIARY"));
        var person = subscriber == null ? null : subscriber.toDetails(fields.nested("subscriber"));
        Benefits b = benefits == null ? null : new Benefits(benefits.copay(), benefits.coinsurance(),
                benefits.deductible(), benefits.deductibleRemaining(), benefits.outOfPocketMax(),
                benefits.outOfPocketRemaining());
        return new CoverageTerms(payerId == null ? null : payerId.toString(), planName, memberId, groupNumber, rel,
                person, prio, effectiveDate, terminationDate, b);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String rule) {
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(rule);
        }
    }

    @Override
    public String toString() {
        return "CoverageRequest[payerId=" + payerId + "]";
    }
}
