package io.claimline.billing.pricing.command;

import io.claimline.billing.pricing.api.PricingConflictException;
import io.claimline.platform.kernel.InvalidFieldsException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective-dated versions of priced things (a chargemaster code, a contract's terms), kept apart from Axon so
 * the rules are tested on their own. Versions only ever follow each other: a new version starts after the latest
 * one (the previous version then ends the day before), and an end closes the version in force. Rewriting the past
 * would change what earlier encounters were priced at, so it is refused (409) rather than merged: the history stays
 * readable "as of" any date.
 *
 * @param <K> what is versioned (a procedure code, or one contract)
 */
final class EffectiveVersions<K> {

    /** {@code latest}: the first day of the latest version, or the day after the end when not {@code inForce}. */
    private record State(LocalDate latest, boolean inForce) {
    }

    private final Map<K, State> states = new HashMap<>();

    /** Why a version from {@code effectiveFrom} may not be recorded, if it may not. */
    Optional<String> refusalOfVersion(K key, LocalDate effectiveFrom) {
        State state = states.get(key);
        if (state == null) {
            return Optional.empty();
        }
        if (state.inForce() && state.latest().equals(effectiveFrom)) {
            return Optional.of("already has a version effective from this date");
        }
        if (state.inForce() ? !effectiveFrom.isAfter(state.latest()) : effectiveFrom.isBefore(state.latest())) {
            return Optional.of("must be after the first day of the latest version (or the day after its end)");
        }
        return Optional.empty();
    }

    /** Why the version in force may not end on {@code effectiveTo}, if it may not. */
    Optional<String> refusalOfEnd(K key, LocalDate effectiveTo) {
        State state = states.get(key);
        if (state == null || !state.inForce()) {
            return Optional.of("has nothing in force to end");
        }
        if (effectiveTo.isBefore(state.latest())) {
            return Optional.of("must not be before the first day of the latest version");
        }
        return Optional.empty();
    }

    void recordVersion(K key, LocalDate effectiveFrom) {
        states.put(key, new State(effectiveFrom, true));
    }

    void recordEnd(K key, LocalDate effectiveTo) {
        states.put(key, new State(effectiveTo.plusDays(1), false));
    }

    boolean isEmpty() {
        return states.isEmpty();
    }

    /** A request's own dates are there before any rule of the history is asked. */
    static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw InvalidFieldsException.of(field, "is required");
        }
    }

    static void refuse(String field, String subject, Optional<String> refusal) {
        refusal.ifPresent(rule -> {
            throw new PricingConflictException(field, subject + " " + rule);
        });
    }

    /** State equality, so that sourcing the events again is seen to give the same aggregate (Axon's fixtures). */
    @Override
    public boolean equals(Object other) {
        return other instanceof EffectiveVersions<?> versions && versions.states.equals(states);
    }

    @Override
    public int hashCode() {
        return Objects.hash(states);
    }
}
