package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.Edits.blank;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.claims.scrubber.DuplicateClaims.Service;
import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.FormatCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * No other claim of the clinic is for the same patient, rendering provider, date of service and codes: payers deny
 * an exact duplicate (CARC 18), and it costs a clean claim's place in the queue. Codes are compared normalised and
 * with their modifiers, so a repeat marked 76 or 91 is not a duplicate. Skipped while the key is incomplete.
 */
public final class DuplicateClaim implements ScrubRule {

    public static final String NAME = "duplicate-claim";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        return key(claim)
                .flatMap(key -> context.duplicates().otherClaimWith(key, claim.claimId()))
                .map(other -> List.of(new ClaimEdit(NAME, "lines",
                        "Claim " + other + " is already for the same patient, rendering provider, date of service and"
                                + " procedure codes.",
                        "If the service was really given again, add the repeat modifier (76, 77 or 91) to the line;"
                                + " otherwise do not send this claim.")))
                .orElse(List.of());
    }

    /** The key the duplicate lookup is asked with; empty while a part of it is missing. */
    public static Optional<DuplicateClaims.Key> key(ClaimToScrub claim) {
        String provider = blank(claim.renderingProviderNpi()) ? claim.billingProvider().npi()
                : claim.renderingProviderNpi();
        if (blank(claim.clinicId()) || blank(claim.patientId()) || blank(provider) || claim.serviceFrom() == null
                || claim.lines().isEmpty()) {
            return Optional.empty();
        }
        List<Service> services = new ArrayList<>();
        for (Line line : claim.lines()) {
            FormatCheck code = CodeFormats.procedure(line.procedureCode());
            if (!code.isAccepted()) {
                return Optional.empty();
            }
            List<String> modifiers = line.modifiers().stream()
                    .map(modifier -> modifier == null ? "" : modifier.strip().toUpperCase(Locale.ROOT))
                    .sorted()
                    .toList();
            services.add(new Service(code.normalised(), modifiers));
        }
        services.sort(Comparator.comparing(Service::procedureCode)
                .thenComparing(service -> String.join(",", service.modifiers())));
        return Optional.of(new DuplicateClaims.Key(claim.clinicId(), claim.patientId(), provider.strip(),
                claim.serviceFrom(), services));
    }
}
