package io.claimline.x12.ack;

import io.claimline.x12.X12Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A billing provider's level of a 277CA (2000C, 2100C, 2200C) and the claims reported under it. A status here
 * (e.g. A3:562:85, the NPI unknown) is about every claim of that provider in the batch.
 *
 * @param name                NM103, cleaned by the character rule
 * @param identifierQualifier NM108: XX (NPI), FI (tax id) or SV (service provider number)
 * @param identifier          NM109
 * @param traceNumber         TRN02 of TRN*1, the provider of service trace identifier
 * @param statuses            every STC's composites, in order; at least one
 * @param totalCharge         the first STC's STC04
 * @param totals              QTY*QA/QC, AMT*YU/YY
 * @param claims              the 2200D claims under this provider's patients, in file order
 */
public record ProviderAcknowledgement(String name, String identifierQualifier, String identifier,
        String traceNumber, List<StatusCode> statuses, BigDecimal totalCharge, StatusTotals totals,
        List<ClaimStatus> claims) {

    private static final Set<String> QUALIFIERS = Set.of("XX", "FI", "SV");

    public ProviderAcknowledgement {
        name = X12Text.requireText("provider.name", name, 60);
        if (!QUALIFIERS.contains(identifierQualifier)) {
            throw new IllegalArgumentException("provider.identifierQualifier must be XX, FI or SV");
        }
        X12Text.requireIdentifier("provider.identifier", identifier, 2, 80);
        X12Text.requireIdentifier("provider.traceNumber", traceNumber, 1, 50);
        statuses = ReportChecks.list("provider.statuses", statuses, 1, 297);
        ReportChecks.firstEntity("provider.statuses", statuses, ReportChecks.PROVIDER_ENTITIES, "2200C");
        totalCharge = ReportChecks.amount("provider.totalCharge", totalCharge);
        ReportChecks.required("provider.totals", totals);
        claims = ReportChecks.list("provider.claims", claims, 0, 999_999);
    }

    /** The provider level's outcome, from its first status's category. */
    public StatusCode.Outcome outcome() {
        return statuses.get(0).outcome();
    }
}
