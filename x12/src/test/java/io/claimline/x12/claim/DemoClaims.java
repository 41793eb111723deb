package io.claimline.x12.claim;

import io.claimline.x12.Envelope;
import io.claimline.x12.eligibility.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The demo claim set (fake people, fake but valid NPIs and tax ids, a fixed clock): the golden files under
 * docs/examples/837P are generated from these.
 */
final class DemoClaims {

    static final LocalDateTime CREATED_AT = LocalDateTime.of(2026, 3, 9, 10, 15);
    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 3, 2);

    private DemoClaims() {
    }

    static Envelope envelope(int controlNumber) {
        return new Envelope("ZZ", "CLAIMLINE", "ZZ", "CLEARHOUSE01", 100 + controlNumber, 200 + controlNumber,
                controlNumber, Envelope.Usage.TEST, "CLAIMLINE", "CLEARHOUSE01", CREATED_AT);
    }

    static Submitter submitter() {
        return new Submitter("Claimline Birchwood", "CLAIMLINE01", "Billing Office", "5035550142");
    }

    static Receiver receiver() {
        return new Receiver("Harbor Clearinghouse", "CLEARHOUSE01");
    }

    static BillingProvider billingProvider() {
        return new BillingProvider("Birchwood Family Clinic", "1999999984", Optional.of("207Q00000X"), "931234567",
                new Address("1200 Larch Street", Optional.of("Suite 4"), "Portland", "OR", "972051234"));
    }

    static Payer payer() {
        return new Payer("Lakeside Health Plan", "LHP01",
                Optional.of(new Address("PO Box 4410", "Salem", "OR", "97301")));
    }

    static Address home() {
        return new Address("77 Quarry Lane", "Portland", "OR", "97214");
    }

    static Subscriber marta() {
        return new Subscriber("Quill", "Marta", "W900112233", LocalDate.of(1984, 7, 19), Sex.FEMALE, home(),
                PayerResponsibility.PRIMARY, Optional.of("GRP-7720"), "CI");
    }

    static Patient teo() {
        return new Patient("Quill", "Teo", LocalDate.of(2015, 11, 3), Sex.MALE, home(), "19");
    }

    static RenderingProvider renderingProvider() {
        return new RenderingProvider("Lindqvist", "Ada", "1666666668", "208000000X");
    }

    static ServiceLine line(String code, List<String> modifiers, String charge, int units, List<Integer> pointers,
            String lineControlNumber) {
        return new ServiceLine(code, modifiers, new BigDecimal(charge), BigDecimal.valueOf(units), Optional.empty(),
                pointers, SERVICE_DATE, Optional.empty(), lineControlNumber, Optional.empty());
    }

    static ClaimInformation information(String controlNumber, String total, List<Diagnosis> diagnoses) {
        return new ClaimInformation(controlNumber, new BigDecimal(total), "11", ClaimFrequency.ORIGINAL, diagnoses,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ProfessionalClaimBatch batch(int controlNumber, ProfessionalClaim claim) {
        return new ProfessionalClaimBatch(envelope(controlNumber), "BATCH-" + (1000 + controlNumber), submitter(),
                receiver(), List.of(new BillingProviderClaims(billingProvider(), Optional.empty(), List.of(claim))));
    }

    /** (a) Marta is the patient and the subscriber: no 2000C, SBR02 18. */
    static ProfessionalClaimBatch selfSubscriber() {
        return batch(1, new ProfessionalClaim(marta(), payer(), Optional.empty(),
                information("CL-000101", "125.00", List.of(Diagnosis.icd10("J069"))), Optional.empty(),
                List.of(line("99213", List.of(), "125.00", 1, List.of(1), "CL-000101-1"))));
    }

    /** (b) Teo, Marta's son, is the patient: 2000C with PAT*19. */
    static ProfessionalClaimBatch dependent() {
        return batch(2, new ProfessionalClaim(marta(), payer(), Optional.of(teo()),
                information("CL-000102", "180.00", List.of(Diagnosis.icd10("Z00129"))), Optional.empty(),
                List.of(line("99393", List.of(), "180.00", 1, List.of(1), "CL-000102-1"))));
    }

    /**
     * (c) Teo again, after a fall: four lines, a visit with modifier 25 and a wrist X-ray read by the clinician
     * with two modifiers (26 professional component, RT right side), a rendering provider, prior authorisation,
     * onset date and notes.
     */
    static ProfessionalClaim fourLines() {
        ServiceLine visit = line("99214", List.of("25"), "165.00", 1, List.of(1, 2), "CL-000103-1");
        ServiceLine xray = line("73110", List.of("26", "RT"), "62.50", 1, List.of(1), "CL-000103-2");
        ServiceLine splint = new ServiceLine("29125", List.of("RT"), new BigDecimal("95.00"), BigDecimal.ONE,
                Optional.empty(), List.of(1), SERVICE_DATE, Optional.empty(), "CL-000103-3",
                Optional.of("Short arm splint, static"));
        ServiceLine tdap = new ServiceLine("90715", List.of(), new BigDecimal("48.25"), BigDecimal.ONE,
                Optional.empty(), List.of(3), SERVICE_DATE, Optional.empty(), "CL-000103-4", Optional.empty());
        ClaimInformation information = new ClaimInformation("CL-000103", new BigDecimal("370.75"), "11",
                ClaimFrequency.ORIGINAL,
                List.of(Diagnosis.icd10("S52501A"), Diagnosis.icd10("W1830XA"), Diagnosis.icd10("Z23")),
                Optional.of(LocalDate.of(2026, 3, 1)), Optional.of("AUTH-55871"), Optional.empty(),
                Optional.of("Fall from playground equipment"));
        return new ProfessionalClaim(marta(), payer(), Optional.of(teo()), information,
                Optional.of(renderingProvider()), List.of(visit, xray, splint, tdap));
    }

    static ProfessionalClaimBatch fourLinesWithModifiers() {
        return batch(3, fourLines());
    }

    /** (d1) Sent with a mistyped member id; the payer's 277CA rejects it (A3, subscriber not found). */
    static ProfessionalClaimBatch rejected() {
        Subscriber mistyped = new Subscriber("Quill", "Marta", "W900112283", LocalDate.of(1984, 7, 19), Sex.FEMALE,
                home(), PayerResponsibility.PRIMARY, Optional.of("GRP-7720"), "CI");
        return batch(4, new ProfessionalClaim(mistyped, payer(), Optional.empty(),
                information("CL-000104", "210.00", List.of(Diagnosis.icd10("M545"))), Optional.empty(),
                List.of(line("99214", List.of(), "165.00", 1, List.of(1), "CL-000104-1"),
                        line("97110", List.of("GP"), "45.00", 1, List.of(1), "CL-000104-2"))));
    }

    /**
     * (d2) The same visit, corrected at the source (patient-service) and sent again: a rejected claim was never
     * filed, so it goes as a new original (frequency 1) with a new patient control number, not as a replacement.
     */
    static ProfessionalClaimBatch resubmitted() {
        return batch(5, new ProfessionalClaim(marta(), payer(), Optional.empty(),
                information("CL-000105", "210.00", List.of(Diagnosis.icd10("M545"))), Optional.empty(),
                List.of(line("99214", List.of(), "165.00", 1, List.of(1), "CL-000105-1"),
                        line("97110", List.of("GP"), "45.00", 1, List.of(1), "CL-000105-2"))));
    }
}
