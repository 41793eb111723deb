package io.claimline.billing.practice.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A new version of a location's details from {@code effectiveFrom} on; {@code effectiveTo} (inclusive, null:
 * open-ended) replaces the location's last day in use.
 */
public record ChangeLocationCommand(
        @TargetAggregateIdentifier PracticeId practiceId,
        @TargetAggregateVersion Long expectedVersion,
        LocationId locationId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocationDetails details) {
}
