package io.claimline.claims.scrubber;

import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What the scrubber reads of a claim: plain values, so every rule is a pure function of this record and the
 * {@link ScrubContext}. Any value may be missing (null or blank); {@link RequiredData} reports the missing ones and
 * the other rules skip what they cannot check, so one gap gives one edit rather than a cascade.
 *
 * <p>The Claim aggregate builds it from claims-service's copies: the {@code BillableEncounter} (patient, rendering
 * and billing provider NPI and TIN, diagnoses, service dates, place of service, lines, total), the practice copy's
 * {@code ClinicProfile.billingAddress()}, the coverage copy ({@code ClaimCoverage}: coverage id, payer id, effective
 * and termination dates), the subscriber opened through the vault ({@code CoverageSubscriber}: member id, date of
 * birth) and the payer copy ({@code PayerCopy.initialClaimDays()}).
 *
 * @param claimId              the claim being scrubbed; null before it exists (a duplicate is never the claim itself)
 * @param patientControlNumber CLM01, the claim's own number as the payer echoes it back
 * @param patientId            the patient the claim is for ({@code BillableEncounter.currentPatientId()})
 * @param renderingProviderNpi null when the billing provider rendered the service
 * @param diagnoses            in order: pointers are 1-based positions in this list
 * @param placeOfService       the CMS two-digit place of service code
 */
public record ClaimToScrub(
        String clinicId,
        String claimId,
        String patientControlNumber,
        String patientId,
        BillingProvider billingProvider,
        String renderingProviderNpi,
        Subscriber subscriber,
        Payer payer,
        Coverage coverage,
        List<String> diagnoses,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String placeOfService,
        List<Line> lines,
        Money totalCharge) {

    public ClaimToScrub {
        billingProvider = billingProvider == null ? new BillingProvider(null, null, null) : billingProvider;
        subscriber = subscriber == null ? new Subscriber(null, null) : subscriber;
        payer = payer == null ? new Payer(null, 0) : payer;
        coverage = coverage == null ? new Coverage(null, null, null) : coverage;
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The practice as the 837 bills it (loop 2010AA). */
    public record BillingProvider(String npi, String taxId, Address address) {

        public BillingProvider {
            address = address == null ? new Address(null, null, null, null, null) : address;
        }
    }

    /** A US postal address; the billing provider's must be a street address with a ZIP+4. */
    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    /** The subscriber of the coverage billed (loop 2010BA). PHI: never in an edit's words. */
    public record Subscriber(String memberId, LocalDate dateOfBirth) {

        @Override
        public String toString() {
            return "Subscriber[…]"; // never the PHI
        }
    }

    /**
     * The payer billed, with its timely-filing limit for a first claim as the payer registry has it ({@code
     * rm_payer_copy.initial_claim_days}); 0 when it is not known.
     */
    public record Payer(String payerId, int initialClaimDays) {
    }

    /** The coverage billed: in force from {@code effectiveDate} through {@code terminationDate} (null: open). */
    public record Coverage(String coverageId, LocalDate effectiveDate, LocalDate terminationDate) {
    }

    /**
     * A service line (loop 2400, SV1).
     *
     * @param serviceDate       null means the claim's {@code serviceFrom}
     * @param diagnosisPointers 1-based positions in the claim's diagnoses
     */
    public record Line(LocalDate serviceDate, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, Money charge) {

        public Line {
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
            diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
        }
    }

    /** The line's date of service: its own, else the claim's first. */
    public LocalDate dateOf(Line line) {
        return line.serviceDate() != null ? line.serviceDate() : serviceFrom;
    }

    /** The earliest date of service the claim carries (its own or a line's), or null when it has none. */
    public LocalDate firstDateOfService() {
        LocalDate first = serviceFrom;
        for (Line line : lines) {
            if (line.serviceDate() != null && (first == null || line.serviceDate().isBefore(first))) {
                first = line.serviceDate();
            }
        }
        return first;
    }

    @Override
    public String toString() {
        // The record's own toString would print the subscriber's and patient's values into any log line.
        return "ClaimToScrub[clinicId=" + clinicId + ", claimId=" + claimId + ", lines=" + lines.size() + "]";
    }
}
