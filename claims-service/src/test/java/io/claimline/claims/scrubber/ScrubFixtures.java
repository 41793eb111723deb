package io.claimline.claims.scrubber;

import io.claimline.claims.scrubber.ClaimToScrub.Address;
import io.claimline.claims.scrubber.ClaimToScrub.BillingProvider;
import io.claimline.claims.scrubber.ClaimToScrub.Coverage;
import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.claims.scrubber.ClaimToScrub.Payer;
import io.claimline.claims.scrubber.ClaimToScrub.Subscriber;
import io.claimline.codesets.CodeEntry;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSet;
import io.claimline.codesets.CodeSets;
import io.claimline.codesets.EffectiveRange;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A clean claim to break one field at a time, and real code sets of a few codes. */
final class ScrubFixtures {

    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final String BILLING_NPI = "1234567893";
    static final String RENDERING_NPI = "1987654328";

    private ScrubFixtures() {
    }

    /**
     * ICD-10-CM FY2026 (E119 billable, E11 a header), CPT 99213 and 36415, HCPCS G2012 ended 2025-12-31, modifier GT
     * ended 2022-12-31, and place of service 11 and 02: the real {@link CodeSets}, built as the loaders build it.
     */
    static CodeSets codeSets() {
        EffectiveRange fy2026 = EffectiveRange.icd10CmFiscalYear(2026);
        EffectiveRange always = EffectiveRange.from(LocalDate.of(2000, 1, 1));
        return CodeSets.empty()
                .with(new CodeSet(CodeKind.ICD_10_CM, List.of(
                        new CodeEntry("E119", List.of(fy2026), "Type 2 diabetes mellitus without complications", true),
                        new CodeEntry("I10", List.of(fy2026), "Essential (primary) hypertension", true),
                        new CodeEntry("E11", List.of(fy2026), "Type 2 diabetes mellitus", false))))
                .with(new CodeSet(CodeKind.CPT, List.of(
                        new CodeEntry("99213", List.of(always), "Office visit, established patient", true),
                        new CodeEntry("36415", List.of(always), "Venipuncture", true))))
                .with(new CodeSet(CodeKind.HCPCS_LEVEL_II, List.of(
                        new CodeEntry("G2012", List.of(new EffectiveRange(LocalDate.of(2019, 1, 1),
                                LocalDate.of(2025, 12, 31))), "Brief communication technology-based service", true),
                        new CodeEntry("G0439", List.of(always), "Annual wellness visit, subsequent", true))))
                .with(new CodeSet(CodeKind.MODIFIER, List.of(
                        new CodeEntry("GT", List.of(new EffectiveRange(LocalDate.of(2000, 1, 1),
                                LocalDate.of(2022, 12, 31))), "Via interactive telecommunication", true),
                        new CodeEntry("GA", List.of(always), "Waiver of liability on file", true),
                        new CodeEntry("XU", List.of(always), "Unusual non-overlapping service", true))))
                .with(new CodeSet(CodeKind.PLACE_OF_SERVICE, List.of(
                        new CodeEntry("11", List.of(always), "Office", true),
                        new CodeEntry("02", List.of(always), "Telehealth other than in the patient's home", true))));
    }

    static ScrubContext context() {
        return new ScrubContext(TODAY, codeSets(), DuplicateClaims.none());
    }

    static ClaimBuilder aClaim() {
        return new ClaimBuilder();
    }

    static Line line(String code, String charge, Integer... pointers) {
        return new Line(SERVICE_DATE, code, List.of(), 1, List.of(pointers), Money.usd(charge));
    }

    /** A clean claim: every rule passes it on {@link #TODAY}. */
    static final class ClaimBuilder {

        String clinicId = "clinic-1";
        String claimId = "claim-1";
        String patientControlNumber = "PCN0001";
        String patientId = "patient-1";
        BillingProvider billingProvider = new BillingProvider(BILLING_NPI, "12-3456789",
                new Address("100 Main Street", "Suite 2", "Springfield", "IL", "627011234"));
        String renderingProviderNpi = RENDERING_NPI;
        Subscriber subscriber = new Subscriber("W123456789", LocalDate.of(1970, 5, 17));
        Payer payer = new Payer("payer-1", 90);
        Coverage coverage = new Coverage("coverage-1", LocalDate.of(2026, 1, 1), null);
        List<String> diagnoses = new ArrayList<>(List.of("E11.9", "I10"));
        LocalDate serviceFrom = SERVICE_DATE;
        LocalDate serviceTo = SERVICE_DATE;
        String placeOfService = "11";
        List<Line> lines = new ArrayList<>(List.of(line("99213", "125.00", 1, 2), line("36415", "20.00", 1)));
        Money totalCharge = Money.usd("145.00");

        ClaimBuilder with(UnaryOperator<ClaimBuilder> change) {
            return change.apply(this);
        }

        ClaimBuilder billingProvider(String npi, String taxId, Address address) {
            billingProvider = new BillingProvider(npi, taxId, address);
            return this;
        }

        ClaimBuilder billingAddress(Address address) {
            return billingProvider(billingProvider.npi(), billingProvider.taxId(), address);
        }

        ClaimBuilder diagnoses(String... codes) {
            diagnoses = new ArrayList<>(List.of(codes));
            return this;
        }

        /** Replaces the lines and sets the total to their sum, so only the rule under test sees a change. */
        ClaimBuilder lines(Line... replacement) {
            lines = new ArrayList<>(List.of(replacement));
            totalCharge = lines.stream().map(Line::charge).reduce(Money.usd("0"), Money::plus);
            return this;
        }

        /** Moves every date (claim, lines) to one day, the total untouched. */
        ClaimBuilder on(LocalDate date) {
            serviceFrom = date;
            serviceTo = date;
            lines = new ArrayList<>(lines.stream().map(l -> new Line(date, l.procedureCode(), l.modifiers(),
                    l.units(), l.diagnosisPointers(), l.charge())).toList());
            return this;
        }

        ClaimToScrub build() {
            return new ClaimToScrub(clinicId, claimId, patientControlNumber, patientId, billingProvider,
                    renderingProviderNpi, subscriber, payer, coverage, diagnoses, serviceFrom, serviceTo,
                    placeOfService, lines, totalCharge);
        }
    }
}
