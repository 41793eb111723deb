package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.query.PricingProjection.ChargemasterPrice;
import java.time.LocalDate;
import java.util.List;

/** A clinic's chargemaster as in effect on {@code asOf}: the codes priced that day; {@code version} for If-Match. */
public record ChargemasterView(String clinicId, LocalDate asOf, List<ChargemasterPrice> prices, long version) {
}
