package io.claimline.claims.exchange.inbound;

import java.util.List;

/** A batch this service sent, as an acknowledgement names it, with the claims (and their sendings) it held. */
record SentBatch(String batchId, String clinicId, int interchangeControlNumber, int transactionSetControlNumber,
        List<SentClaim> claims) {

    /** One claim's sending in the batch. */
    record SentClaim(String claimId, int submission, String patientControlNumber) {
    }
}
