package io.claimline.claims.submission.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Cut now: every payer's ready claims, or only {@code payerId}'s. */
@Schema(name = "ClaimBatchRequest")
record BatchRequest(@Schema(example = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") UUID payerId) {
}
