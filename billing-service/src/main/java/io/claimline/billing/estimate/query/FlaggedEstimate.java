package io.claimline.billing.estimate.query;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A good-faith estimate whose final bill is $400 or more over it: the patient may dispute the bill. */
public record FlaggedEstimate(String estimateId, String patientId, LocalDate scheduledDate, String encounterId,
        Money estimatedTotal, Money billedTotal, Money excess, Instant comparedAt) {
}
