package io.claimline.billing.practice.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the clinic's profile as it is from {@code effectiveFrom} on; the first one sets the practice up.
 * {@code expectedVersion} (from If-Match) is required once the practice exists.
 */
public record SetClinicProfileCommand(
        @TargetAggregateIdentifier PracticeId practiceId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate effectiveFrom,
        ClinicProfile profile) {
}
