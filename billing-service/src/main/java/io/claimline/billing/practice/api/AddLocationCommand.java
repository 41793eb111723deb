package io.claimline.billing.practice.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a service location from {@code effectiveFrom} to {@code effectiveTo} (inclusive; null: open-ended). */
public record AddLocationCommand(
        @TargetAggregateIdentifier PracticeId practiceId,
        @TargetAggregateVersion Long expectedVersion,
        LocationId locationId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocationDetails details) {
}
