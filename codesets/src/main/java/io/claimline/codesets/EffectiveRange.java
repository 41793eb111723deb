package io.claimline.codesets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The dates a code is valid for services on, both ends inclusive; an open end ({@code through} null) runs on. */
public record EffectiveRange(LocalDate from, LocalDate through) {

    public EffectiveRange {
        Objects.requireNonNull(from, "from");
        if (through != null && through.isBefore(from)) {
            throw new IllegalArgumentException("through must not be before from");
        }
    }

    public static EffectiveRange from(LocalDate from) {
        return new EffectiveRange(from, null);
    }

    /**
     * The ICD-10-CM fiscal year: FY 2026 runs from 1 October 2025 to 30 September 2026. The order file does not say
     * which year it is for, so the caller tells the loader.
     */
    public static EffectiveRange icd10CmFiscalYear(int fiscalYear) {
        return new EffectiveRange(LocalDate.of(fiscalYear - 1, 10, 1), LocalDate.of(fiscalYear, 9, 30));
    }

    public Optional<LocalDate> throughDate() {
        return Optional.ofNullable(through);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (through == null || !date.isAfter(through));
    }
}
