package io.claimline.billing.practice.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a rendering provider from {@code effectiveFrom} to {@code effectiveTo} (inclusive; null: open-ended). */
public record AddProviderCommand(
        @TargetAggregateIdentifier PracticeId practiceId,
        @TargetAggregateVersion Long expectedVersion,
        ProviderId providerId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        ProviderDetails details) {
}
