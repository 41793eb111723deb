package io.claimline.claims.scrubber;

import java.util.Objects;

/**
 * One failed edit: which rule, which field ({@code lines[2].modifiers}, 0-based like the API's field paths), what is
 * wrong and how to fix it, in words a biller understands. The words name codes and positions (line 3, diagnosis 2),
 * never a patient's values (name, member id, date of birth, dates of service).
 */
public record ClaimEdit(String rule, String field, String problem, String fix) {

    public ClaimEdit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }
}
