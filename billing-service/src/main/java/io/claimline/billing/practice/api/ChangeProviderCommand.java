package io.claimline.billing.practice.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A new version of a provider's details from {@code effectiveFrom} on; {@code effectiveTo} (inclusive, null:
 * open-ended) replaces the provider's last day.
 */
public record ChangeProviderCommand(
        @TargetAggregateIdentifier PracticeId practiceId,
        @TargetAggregateVersion Long expectedVersion,
        ProviderId providerId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        ProviderDetails details) {
}
