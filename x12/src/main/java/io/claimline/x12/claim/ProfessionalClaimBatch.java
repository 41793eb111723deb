package io.claimline.x12.claim;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12Text;
import java.util.List;

/**
 * One 837P file: one interchange with one functional group and one transaction set holding the claims of one or
 * more billing providers. Patient control numbers are unique within the batch, because acknowledgements (277CA)
 * name claims by them.
 *
 * @param envelope       interchange settings; its {@code createdAt} is also BHT04/05 (written to the minute)
 * @param batchReference BHT03, our id for this batch (1 to 50 characters); the 999 and 277CA refer to it
 * @param submitter      loop 1000A
 * @param receiver       loop 1000B
 * @param billingProviders the 2000A loops, in order
 */
public record ProfessionalClaimBatch(Envelope envelope, String batchReference, Submitter submitter,
        Receiver receiver, List<BillingProviderClaims> billingProviders) {

    public ProfessionalClaimBatch {
        Checks.required("envelope", envelope);
        X12Text.requireIdentifier("batchReference", batchReference, 1, 50);
        Checks.required("submitter", submitter);
        Checks.required("receiver", receiver);
        billingProviders = Checks.list("billingProviders", billingProviders, 1, 1000);
        List<String> controlNumbers = billingProviders.stream().flatMap(provider -> provider.claims().stream())
                .map(claim -> claim.claim().patientControlNumber()).toList();
        if (controlNumbers.stream().distinct().count() != controlNumbers.size()) {
            throw new IllegalArgumentException("claim.patientControlNumber must be unique within the batch");
        }
    }

    /** Every claim of the batch, in file order. */
    public List<ProfessionalClaim> claims() {
        return billingProviders.stream().flatMap(provider -> provider.claims().stream()).toList();
    }
}
