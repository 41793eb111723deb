package io.claimline.claims.scrubber;

import io.claimline.codesets.CodeSets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the rules need beyond the claim: today's date, the code sets as the claim's clinic sees them ({@code
 * LoadedCodeSets.forClinic}), and the lookup of possible duplicates.
 *
 * @param today the date the claim is scrubbed on, in the clinic's zone (the clock's)
 */
public record ScrubContext(LocalDate today, CodeSets codeSets, DuplicateClaims duplicates) {

    public ScrubContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(codeSets, "codeSets");
        Objects.requireNonNull(duplicates, "duplicates");
    }

    /** Today from the injected clock, whose zone must be the clinic's (a deadline is a calendar day there). */
    public static ScrubContext of(Clock clock, CodeSets codeSets, DuplicateClaims duplicates) {
        return new ScrubContext(LocalDate.now(clock), codeSets, duplicates);
    }
}
