package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import io.claimline.x12.eligibility.Sex;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Loops 2000B/2010BA: the insured member and their coverage with the payer billed (SBR).
 *
 * @param lastName             NM103
 * @param firstName            NM104
 * @param memberId             NM109 (MI), the payer's member id
 * @param dateOfBirth          DMG02
 * @param sex                  DMG03 (F, M or U)
 * @param address              N3/N4
 * @param responsibility       SBR01: primary, secondary or tertiary
 * @param groupNumber          SBR03, the group or policy number when the plan has one
 * @param claimFilingIndicator SBR09, the kind of plan (e.g. CI commercial, MB Medicare Part B, MC Medicaid,
 *                             BL Blue Cross/Blue Shield, HM HMO, 12 PPO)
 */
public record Subscriber(String lastName, String firstName, String memberId, LocalDate dateOfBirth, Sex sex,
        Address address, PayerResponsibility responsibility, Optional<String> groupNumber,
        String claimFilingIndicator) {

    /** SBR09 codes the 005010X222A1 guide allows. */
    public static final Set<String> CLAIM_FILING_INDICATORS = Set.of("11", "12", "13", "14", "15", "16", "17", "AM",
            "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");

    public Subscriber {
        lastName = X12Text.requireText("subscriber.lastName", lastName, 60);
        firstName = X12Text.requireText("subscriber.firstName", firstName, 35);
        X12Text.requireIdentifier("subscriber.memberId", memberId, 2, 80);
        Checks.required("subscriber.dateOfBirth", dateOfBirth);
        Checks.required("subscriber.sex", sex);
        Checks.required("subscriber.address", address);
        Checks.required("subscriber.responsibility", responsibility);
        Checks.optional("subscriber.groupNumber", groupNumber)
                .ifPresent(number -> X12Text.requireIdentifier("subscriber.groupNumber", number, 1, 50));
        if (!CLAIM_FILING_INDICATORS.contains(claimFilingIndicator)) {
            throw new IllegalArgumentException("subscriber.claimFilingIndicator is not a code the guide allows");
        }
    }

    /** No names, ids, dates or address: they are PHI. */
    @Override
    public String toString() {
        return "Subscriber[responsibility=" + responsibility + ", claimFilingIndicator=" + claimFilingIndicator + "]";
    }
}
