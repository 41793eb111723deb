package io.claimline.patient.payer.web;

/** What adding a payer answers (and what a retry with the same Idempotency-Key answers again). */
public record PayerCreated(String payerId) {
}
