package io.claimline.billing.statement.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** One patient's services on one date, and their sums (checked: totals that are not the sums are refused). */
@Schema(description = "The services of one date of service")
public record ServiceDate(
        @Schema(example = "2026-11-03") LocalDate dateOfService,
        List<ServiceLine> lines,
        DateTotals totals) {

    public ServiceDate {
        if (dateOfService == null) {
            throw new IllegalArgumentException("dateOfService is required");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a date of service needs at least one line");
        }
        lines = List.copyOf(lines);
        if (totals == null) {
            throw new IllegalArgumentException("totals are required");
        }
        totals.requireSumOf(lines);
    }

    /** The date with its totals summed from the lines. */
    public static ServiceDate of(LocalDate dateOfService, List<ServiceLine> lines) {
        return new ServiceDate(dateOfService, lines, DateTotals.of(lines));
    }

    /** The date of service is PHI (a date about a person): never in a log line. */
    @Override
    public String toString() {
        return "ServiceDate[dateOfService=hidden, lines=" + lines.size() + ", totals=" + totals + "]";
    }
}
