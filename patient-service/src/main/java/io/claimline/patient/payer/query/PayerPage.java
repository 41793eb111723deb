package io.claimline.patient.payer.query;

import java.util.List;

/** One page of a clinic's payers, by name; {@code total} counts every match. */
public record PayerPage(List<PayerView> items, int page, int size, long total) {
}
