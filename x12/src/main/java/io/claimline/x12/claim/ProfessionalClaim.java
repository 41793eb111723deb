package io.claimline.x12.claim;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One professional claim with the parties it names: the subscriber and their coverage (2000B/2010BA), the payer
 * (2010BB), the patient when a dependent (2000C/2010CA), the claim (2300), the rendering provider (2310B) and the
 * service lines (2400).
 *
 * <p>Checked across the parts: the total equals the sum of the lines; every diagnosis pointer points at one of the
 * claim's diagnoses; the diagnoses' code system is the one for the dates of service (ICD-10-CM from 1 October
 * 2015), so one claim cannot span that date; line control numbers are unique within the claim.
 */
public record ProfessionalClaim(Subscriber subscriber, Payer payer, Optional<Patient> patient,
        ClaimInformation claim, Optional<RenderingProvider> renderingProvider, List<ServiceLine> lines) {

    public ProfessionalClaim {
        Checks.required("subscriber", subscriber);
        Checks.required("payer", payer);
        Checks.optional("patient", patient);
        Checks.required("claim", claim);
        Checks.optional("renderingProvider", renderingProvider);
        lines = Checks.list("lines", lines, 1, 50);

        BigDecimal sum = lines.stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(claim.totalCharge()) != 0) {
            throw new IllegalArgumentException("claim.totalCharge must equal the sum of the lines' charges");
        }
        int diagnoses = claim.diagnoses().size();
        if (lines.stream().flatMap(line -> line.diagnosisPointers().stream()).anyMatch(pointer -> pointer > diagnoses)) {
            throw new IllegalArgumentException("line.diagnosisPointers must point at one of the claim's diagnoses");
        }
        for (ServiceLine line : lines) {
            if (DiagnosisCodeSystem.forDateOfService(line.serviceDate()) != claim.diagnosisCodeSystem()
                    || DiagnosisCodeSystem.forDateOfService(line.lastServiceDate()) != claim.diagnosisCodeSystem()) {
                throw new IllegalArgumentException("claim.diagnoses must be coded in ICD-10-CM for services from "
                        + DiagnosisCodeSystem.ICD10_FROM + " and in ICD-9-CM before");
            }
        }
        if (new HashSet<>(lines.stream().map(ServiceLine::lineControlNumber).toList()).size() != lines.size()) {
            throw new IllegalArgumentException("line.lineControlNumber must be unique within the claim");
        }
    }

    /** SBR02 18 (self) when there is no separate patient. */
    public boolean patientIsSubscriber() {
        return patient.isEmpty();
    }
}
