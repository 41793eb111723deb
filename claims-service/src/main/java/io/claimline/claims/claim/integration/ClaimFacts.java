package io.claimline.claims.claim.integration;

import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimToCheck;
import io.claimline.claims.claim.query.ClaimScrubInput;
import io.claimline.claims.patientcopy.query.ClaimCoverage;
import io.claimline.claims.patientcopy.query.ClaimPeople;
import io.claimline.claims.patientcopy.query.CoverageCopies;
import io.claimline.claims.payer.query.PayerCopies;
import io.claimline.claims.practice.query.PracticeCopy;
import io.claimline.claims.scrubber.ClaimToScrub;
import io.claimline.contracts.practice.v1.Address;
import io.claimline.platform.copies.ClinicProfile;
import io.claimline.platform.copies.PayerCopy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gathers what the scrubber checks beyond the claim's own content, from claims-service's copies: the practice's
 * billing address on the date of service, the payer (its EDI id and timely-filing limit), the coverage's dates, and
 * the subscriber's member id and date of birth opened through the vault (purpose claim submission, on behalf of this
 * service). What is missing stays null, and the scrubber names it.
 */
@Component
class ClaimFacts {

    private final PracticeCopy practice;
    private final PayerCopies payers;
    private final CoverageCopies coverages;
    private final ClaimPeople people;

    ClaimFacts(PracticeCopy practice, PayerCopies payers, CoverageCopies coverages, ClaimPeople people) {
        this.practice = practice;
        this.payers = payers;
        this.coverages = coverages;
        this.people = people;
    }

    ClaimToScrub toScrub(ClaimToCheck check) {
        ClaimContent content = check.content();
        String clinicId = check.clinicId();
        LocalDate asOf = content.serviceFrom();
        ClaimToScrub.Address billingAddress = asOf == null ? null : practice.clinicAsOf(clinicId, asOf)
                .map(ClinicProfile::billingAddress).map(ClaimFacts::address).orElse(null);
        Optional<PayerCopy> payer = payers.find(clinicId, UUID.fromString(content.payerId()));
        ClaimToScrub.Payer payerFacts = new ClaimToScrub.Payer(payer.map(PayerCopy::ediPayerId).orElse(null),
                payer.map(PayerCopy::initialClaimDays).orElse(0));
        UUID patientId = UUID.fromString(content.patientId());
        ClaimToScrub.Coverage coverage = coverages.ofPatient(patientId, clinicId).orElse(java.util.List.of())
                .stream().filter(c -> c.coverageId().equals(content.coverageId())).findFirst()
                .map(ClaimFacts::coverage).orElse(null);
        ClaimToScrub.Subscriber subscriber = people.open(clinicId, "service:" + ClaimDrafting.SERVICE, patientId,
                        UUID.fromString(content.coverageId()))
                .map(opened -> new ClaimToScrub.Subscriber(opened.memberId(),
                        opened.subscriber().dateOfBirth())).orElse(null);
        return ClaimScrubInput.of(clinicId, check.claimId(), check.patientControlNumber(), content, billingAddress,
                subscriber, payerFacts, coverage);
    }

    private static ClaimToScrub.Coverage coverage(ClaimCoverage coverage) {
        return new ClaimToScrub.Coverage(coverage.coverageId(), coverage.effectiveDate(),
                coverage.terminationDate());
    }

    private static ClaimToScrub.Address address(Address address) {
        return new ClaimToScrub.Address(address.line1(), address.line2(), address.city(), address.state(),
                address.postalCode());
    }
}
