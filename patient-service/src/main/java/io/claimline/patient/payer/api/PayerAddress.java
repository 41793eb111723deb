package io.claimline.patient.payer.api;

/**
 * A payer's claims address as events store it: plain values, already checked as a {@code UsAddress} when the
 * command was decided (events must stay readable even if the address rules tighten later).
 */
public record PayerAddress(String line1, String line2, String city, String state, String postalCode) {
}
