package io.claimline.billing.pricing.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The contract's terms from {@code effectiveFrom} on: a new version, replacing the previous from that day. */
public record SetContractTermsCommand(
        @TargetAggregateIdentifier ContractId contractId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate effectiveFrom,
        ContractTerms terms) {
}
