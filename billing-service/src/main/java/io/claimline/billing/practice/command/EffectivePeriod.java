package io.claimline.billing.practice.command;

import io.claimline.billing.practice.api.PracticeConflictException;
import io.claimline.platform.kernel.InvalidFieldsException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The dates of one thing of the practice (the clinic profile, a provider, a location): the days its versions take
 * effect, and whether it was deactivated. (The last day itself matters to reads only, so only the projections keep
 * it.) The rules every effective-dated
 * write keeps live here, apart from Axon, so they are tested on their own:
 * <ul>
 *   <li>one version per effective date: a second one would make "as of that day" ambiguous;</li>
 *   <li>a period never ends before it begins (a request fault, 400);</li>
 *   <li>the last day is never before the latest version's first day, which would hide that version for good.</li>
 * </ul>
 */
final class EffectivePeriod {

    private final NavigableSet<LocalDate> versions = new TreeSet<>();
    /** Deactivated explicitly (a later version with its own period opens it again). */
    private boolean deactivated;

    /** A request's own period: {@code effectiveTo}, when given, is not before {@code effectiveFrom}. */
    static void requireOrdered(LocalDate effectiveFrom, LocalDate effectiveTo) {
        if (effectiveFrom == null) {
            throw InvalidFieldsException.of("effectiveFrom", "is required");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw InvalidFieldsException.of("effectiveTo", "must not be before effectiveFrom");
        }
    }

    /** Whether a version may take effect on {@code effectiveFrom}, with the thing then ending on {@code to}. */
    void requireNewVersion(LocalDate effectiveFrom, LocalDate to, String what) {
        requireOrdered(effectiveFrom, to);
        if (versions.contains(effectiveFrom)) {
            throw new PracticeConflictException("effectiveFrom",
                    "the " + what + " already has a version effective from this date");
        }
        LocalDate latest = versions.isEmpty() || versions.last().isBefore(effectiveFrom) ? effectiveFrom
                : versions.last();
        if (to != null && to.isBefore(latest)) {
            throw new PracticeConflictException("effectiveTo",
                    "must not be before the first day of the " + what + "'s latest version");
        }
    }

    /** Whether the thing may be deactivated after {@code to}: not before its latest version, and not twice. */
    void requireEnd(LocalDate to, String what) {
        if (to == null) {
            throw InvalidFieldsException.of("effectiveTo", "is required");
        }
        if (deactivated) {
            throw new PracticeConflictException("effectiveTo", "the " + what + " is already deactivated");
        }
        if (to.isBefore(versions.last())) {
            throw new PracticeConflictException("effectiveTo",
                    "must not be before the first day of the " + what + "'s latest version");
        }
    }

    void recordVersion(LocalDate effectiveFrom) {
        versions.add(effectiveFrom);
        deactivated = false;
    }

    void deactivate() {
        deactivated = true;
    }

    NavigableSet<LocalDate> versions() {
        return Collections.unmodifiableNavigableSet(versions);
    }

    /** State equality, so that sourcing the events again is seen to give the same aggregate (Axon's fixtures). */
    @Override
    public boolean equals(Object other) {
        return other instanceof EffectivePeriod period && period.versions.equals(versions)
                && period.deactivated == deactivated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(versions, deactivated);
    }
}
