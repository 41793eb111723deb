package io.claimline.billing.pricing.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Prices many codes at once, each from {@code effectiveFrom} on (a new version of each code's price). */
public record SetPricesCommand(
        @TargetAggregateIdentifier ChargemasterId chargemasterId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate effectiveFrom,
        List<PriceEntry> prices) {

    public SetPricesCommand {
        prices = List.copyOf(prices);
    }
}
