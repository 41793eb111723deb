package io.claimline.codesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One code of a code set: when it is valid, its description, and whether it may be billed (ICD-10-CM category
 * headers such as E11 are in the order file but are never billable).
 */
public record CodeEntry(String code, List<EffectiveRange> ranges, String description, boolean billable) {

    public CodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        if (ranges == null || ranges.isEmpty()) {
            throw new IllegalArgumentException("a code needs at least one effective range");
        }
        ranges = ranges.stream().sorted(Comparator.comparing(EffectiveRange::from)).toList();
    }

    public boolean isEffectiveOn(LocalDate dateOfService) {
        return ranges.stream().anyMatch(range -> range.contains(dateOfService));
    }

    /**
     * The same code from another file (another fiscal year, say): both files' ranges count, and the later file's
     * description wins. Billability is per file: a code billable in one year and a header in another (a category
     * that gained subcodes) keeps only the billable file's ranges, so a service in the header year answers "not
     * valid on that date", which still refuses it.
     */
    CodeEntry mergedWith(CodeEntry other) {
        if (billable != other.billable) {
            return billable ? this : other;
        }
        List<EffectiveRange> all = new ArrayList<>(ranges);
        other.ranges.stream().filter(range -> !all.contains(range)).forEach(all::add);
        boolean otherIsLater = other.latestFrom().isAfter(latestFrom());
        return new CodeEntry(code, all, otherIsLater ? other.description : description, billable);
    }

    private LocalDate latestFrom() {
        return ranges.get(ranges.size() - 1).from();
    }
}
