package io.claimline.claims.claim.query;

import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.scrubber.ClaimToScrub;
import java.util.List;

/**
 * A claim's content as the scrubber reads it. The parts claims-service keeps elsewhere (the subscriber opened
 * through the vault, the payer's limit, the coverage's dates, the practice's billing address) are added by the
 * caller; left null they are simply not checked by the rules that need them (the duplicate key needs none of them).
 */
public final class ClaimScrubInput {

    private ClaimScrubInput() {
    }

    public static ClaimToScrub of(String clinicId, String claimId, String patientControlNumber,
            ClaimContent content, ClaimToScrub.Address billingAddress, ClaimToScrub.Subscriber subscriber,
            ClaimToScrub.Payer payer, ClaimToScrub.Coverage coverage) {
        ClaimContent.BillingProvider billing = content.billingProvider();
        return new ClaimToScrub(clinicId, claimId, patientControlNumber, content.patientId(),
                billing == null ? null : new ClaimToScrub.BillingProvider(billing.npi(), billing.taxId(),
                        billingAddress),
                content.renderingProvider() == null ? null : content.renderingProvider().npi(), subscriber, payer,
                coverage, content.diagnoses(), content.serviceFrom(), content.serviceTo(), content.placeOfService(),
                lines(content), content.totalCharge());
    }

    private static List<ClaimToScrub.Line> lines(ClaimContent content) {
        return content.lines().stream().map(line -> new ClaimToScrub.Line(line.serviceDate(), line.procedureCode(),
                line.modifiers(), line.units(), line.diagnosisPointers(), line.charge())).toList();
    }
}
