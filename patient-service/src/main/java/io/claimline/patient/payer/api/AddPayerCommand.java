package io.claimline.patient.payer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a payer to the caller's clinic (the clinic comes from the command's metadata). */
public record AddPayerCommand(@TargetAggregateIdentifier PayerId payerId, PayerDetails details) {
}
