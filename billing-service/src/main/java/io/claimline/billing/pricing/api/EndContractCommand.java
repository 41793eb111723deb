package io.claimline.billing.pricing.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends the contract: {@code effectiveTo} is its last day in force. */
public record EndContractCommand(
        @TargetAggregateIdentifier ContractId contractId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate effectiveTo) {
}
