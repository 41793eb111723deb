package io.claimline.billing.pricing.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends the prices of codes: {@code effectiveTo} is the last day each is priced. */
public record EndPricesCommand(
        @TargetAggregateIdentifier ChargemasterId chargemasterId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate effectiveTo,
        List<String> codes) {

    public EndPricesCommand {
        codes = List.copyOf(codes);
    }
}
