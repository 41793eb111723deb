package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.api.ContractTerms;
import java.time.LocalDate;

/** A payer contract's terms in force on {@code asOf}, from {@code effectiveFrom}; {@code version} for If-Match. */
public record ContractView(String payerId, LocalDate asOf, LocalDate effectiveFrom, ContractTerms terms,
        long version) {
}
