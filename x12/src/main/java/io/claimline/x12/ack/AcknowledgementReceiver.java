package io.claimline.x12.ack;

import io.claimline.x12.X12Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The information receiver's level of a 277CA (2000B, 2100B, 2200B): us, as submitter of the batch. A status here
 * is about the whole batch (e.g. A3:24:41, the submitter unknown, rejects every claim in it).
 *
 * @param name        NM103, cleaned by the character rule
 * @param identifier  NM109 (NM108 46, the electronic transmitter id)
 * @param batchTrace  TRN02 of TRN*2: the claim transaction batch number, our 837's BHT03
 * @param statuses    every STC's composites, in order; at least one
 * @param statusDate  the first STC's STC02
 * @param totalCharge the first STC's STC04
 * @param totals      QTY*90/AA, AMT*YU/YY
 */
public record AcknowledgementReceiver(String name, String identifier, String batchTrace, List<StatusCode> statuses,
        LocalDate statusDate, BigDecimal totalCharge, StatusTotals totals) {

    public AcknowledgementReceiver {
        name = X12Text.requireText("receiver.name", name, 60);
        X12Text.requireIdentifier("receiver.identifier", identifier, 2, 80);
        X12Text.requireIdentifier("receiver.batchTrace", batchTrace, 1, 50);
        statuses = ReportChecks.list("receiver.statuses", statuses, 1, 297);
        ReportChecks.firstEntity("receiver.statuses", statuses, ReportChecks.RECEIVER_ENTITIES, "2200B");
        ReportChecks.required("receiver.statusDate", statusDate);
        totalCharge = ReportChecks.amount("receiver.totalCharge", totalCharge);
        ReportChecks.required("receiver.totals", totals);
    }

    /** The batch level's outcome, from its first status's category. */
    public StatusCode.Outcome outcome() {
        return statuses.get(0).outcome();
    }
}
