package io.claimline.billing.practice.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The provider renders no services for the clinic after {@code effectiveTo} (inclusive), for the reason given. */
public record DeactivateProviderCommand(
        @TargetAggregateIdentifier PracticeId practiceId,
        @TargetAggregateVersion Long expectedVersion,
        ProviderId providerId,
        LocalDate effectiveTo,
        String reason) {
}
