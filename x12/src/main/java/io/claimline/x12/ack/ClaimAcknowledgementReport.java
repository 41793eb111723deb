package io.claimline.x12.ack;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12Text;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A 277CA health care claim acknowledgement (005010X214): the payer's or clearinghouse's answer about the claims of
 * one batch of ours, at three levels: the batch ({@link #receiver()}), each billing provider
 * ({@link #providers()}), each claim ({@link #claims()}) and its lines.
 *
 * @param interchangeControlNumber    ISA13 of the 277CA itself (nine digits as written), to detect a file twice
 * @param groupControlNumber          GS06 of the 277CA
 * @param transactionSetControlNumber ST02 of the 277CA
 * @param reference                   BHT03, the source's reference for this acknowledgement
 * @param created                     BHT04/BHT05, to the minute
 * @param source                      2000A: who acknowledges
 * @param receiver                    2000B: the batch level, with its statuses
 * @param providers                   2000C: each billing provider with its statuses and its claims
 */
public record ClaimAcknowledgementReport(String interchangeControlNumber, String groupControlNumber,
        String transactionSetControlNumber, String reference, LocalDateTime created, AcknowledgementSource source,
        AcknowledgementReceiver receiver, List<ProviderAcknowledgement> providers) {

    public ClaimAcknowledgementReport {
        X12Text.requireIdentifier("interchangeControlNumber", interchangeControlNumber, 9, 9);
        X12Text.requireIdentifier("groupControlNumber", groupControlNumber, 1, 9);
        X12Text.requireIdentifier("transactionSetControlNumber", transactionSetControlNumber, 4, 9);
        X12Text.requireIdentifier("reference", reference, 1, 50);
        // BHT05 is written as HHMM; a creation time kept to the minute reads back equal
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.MINUTES);
        ReportChecks.required("source", source);
        ReportChecks.required("receiver", receiver);
        providers = ReportChecks.list("providers", providers, 0, 99_999);
    }

    /** A report to write in the given envelope: its control numbers and creation time are the envelope's. */
    public static ClaimAcknowledgementReport of(Envelope envelope, String reference, AcknowledgementSource source,
            AcknowledgementReceiver receiver, List<ProviderAcknowledgement> providers) {
        return new ClaimAcknowledgementReport(String.format("%09d", envelope.interchangeControlNumber()),
                String.valueOf(envelope.groupControlNumber()),
                String.format("%04d", envelope.transactionControlNumber()), reference, envelope.createdAt(), source,
                receiver, providers);
    }

    /** Every claim of the report, provider by provider, in file order. */
    public List<ClaimStatus> claims() {
        return providers.stream().flatMap(provider -> provider.claims().stream()).toList();
    }
}
