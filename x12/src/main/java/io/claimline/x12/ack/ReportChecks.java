package io.claimline.x12.ack;

import io.claimline.x12.X12Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Construction checks of the 277CA model. Messages name the field and the rule, never the value (values may be PHI
 * or identifiers a log must not carry).
 */
final class ReportChecks {

    private ReportChecks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static <T> Optional<T> optional(String field, Optional<T> value) {
        return Objects.requireNonNull(value, field + " must be an Optional, not null");
    }

    static <T> List<T> list(String field, List<T> values, int min, int max) {
        if (values == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must not contain empty entries");
        }
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(field + " must hold " + min + " to " + max + " entries");
        }
        return List.copyOf(values);
    }

    /** STC01-3 entity codes the guide allows at 2200B. */
    static final Set<String> RECEIVER_ENTITIES = Set.of("36", "40", "41", "AY", "PR");
    /** At 2200C. */
    static final Set<String> PROVIDER_ENTITIES = Set.of("36", "40", "41", "77", "82", "85", "87", "AY", "PR");
    /** At 2200D and 2220D. */
    static final Set<String> CLAIM_ENTITIES = Set.of("03", "1P", "1Z", "40", "41", "71", "72", "73", "77", "82",
            "85", "87", "DK", "DN", "DQ", "FA", "GB", "HK", "IL", "LI", "MSC", "PR", "PRP", "QB", "QC", "QD", "SEP",
            "TL", "TTP", "TU");

    /**
     * The first status is written as STC01, whose entity code the guide limits per loop (STC10 and STC11 take any):
     * refused here so a report that cannot be written says why, by field.
     */
    static void firstEntity(String field, List<StatusCode> statuses, Set<String> allowed, String loop) {
        statuses.get(0).entity().ifPresent(entity -> {
            if (!allowed.contains(entity)) {
                throw new IllegalArgumentException(field + ": the first status's entity must be one the guide allows "
                        + "in " + loop);
            }
        });
    }

    static Optional<String> identifier(String field, Optional<String> value, int maxLength) {
        optional(field, value).ifPresent(v -> X12Text.requireIdentifier(field, v, 1, maxLength));
        return value;
    }

    /** Money as the model keeps it: not negative, at most two decimals, scale 2 (so equal amounts are equal). */
    static BigDecimal amount(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " must have at most two decimal places");
        }
        if (value.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new IllegalArgumentException(field + " must be at most 9999999999.99");
        }
        return value.setScale(2);
    }

    static Optional<BigDecimal> amount(String field, Optional<BigDecimal> value) {
        return optional(field, value).map(v -> amount(field, v));
    }
}
