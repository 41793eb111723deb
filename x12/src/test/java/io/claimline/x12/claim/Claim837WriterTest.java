package io.claimline.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Reader;
import io.claimline.x12.eligibility.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Claim837WriterTest {

    private final Claim837Writer writer = new Claim837Writer();

    static List<String> segments(String interchange) {
        return Arrays.stream(interchange.split("~")).toList();
    }

    private static List<String> elements(String segment) {
        return Arrays.asList(segment.split("\\*", -1));
    }

    /**
     * The acceptance case: a dependent patient, four service lines, two modifiers on one line; every segment
     * checked in order against the 005010X222A1 layout.
     */
    @Nested
    class DependentPatientWithFourLinesAndModifiers {

        private final String interchange = writer.write(DemoClaims.fourLinesWithModifiers());

        @Test
        void followsThe837PLayoutSegmentBySegment() {
            assertThat(segments(interchange)).containsExactly(
                    // interchange and group envelope: GS01 HC, GS08 the guide
                    "ISA*00*          *00*          *ZZ*CLAIMLINE      *ZZ*CLEARHOUSE01   *260309*1015*^*00501*000000103*0*T*:",
                    "GS*HC*CLAIMLINE*CLEARHOUSE01*20260309*1015*203*X*005010X222A1",
                    // header: ST03 names the guide; BHT 0019 (billing provider/subscriber/patient/claim), 00 original, CH chargeable
                    "ST*837*0003*005010X222A1",
                    "BHT*0019*00*BATCH-1003*20260309*1015*CH",
                    // 1000A submitter (46 = electronic transmitter id) and its EDI contact
                    "NM1*41*2*CLAIMLINE BIRCHWOOD*****46*CLAIMLINE01",
                    "PER*IC*BILLING OFFICE*TE*5035550142",
                    // 1000B receiver
                    "NM1*40*2*HARBOR CLEARINGHOUSE*****46*CLEARHOUSE01",
                    // 2000A billing provider: top of the tree, has children
                    "HL*1**20*1",
                    "PRV*BI*PXC*207Q00000X",
                    // 2010AA billing provider: NPI, street address with ZIP+4, tax id
                    "NM1*85*2*BIRCHWOOD FAMILY CLINIC*****XX*1999999984",
                    "N3*1200 LARCH STREET*SUITE 4",
                    "N4*PORTLAND*OR*972051234",
                    "REF*EI*931234567",
                    // 2000B subscriber under HL 1, has a child (the patient); SBR02 empty: the patient is not the subscriber
                    "HL*2*1*22*1",
                    "SBR*P**GRP-7720******CI",
                    // 2010BA subscriber
                    "NM1*IL*1*QUILL*MARTA****MI*W900112233",
                    "N3*77 QUARRY LANE",
                    "N4*PORTLAND*OR*97214",
                    "DMG*D8*19840719*F",
                    // 2010BB payer
                    "NM1*PR*2*LAKESIDE HEALTH PLAN*****PI*LHP01",
                    "N3*PO BOX 4410",
                    "N4*SALEM*OR*97301",
                    // 2000C patient under HL 2, no children; PAT01 19 child
                    "HL*3*2*23*0",
                    "PAT*19",
                    // 2010CA patient: no id (the guide leaves NM108/09 unused)
                    "NM1*QC*1*QUILL*TEO",
                    "N3*77 QUARRY LANE",
                    "N4*PORTLAND*OR*97214",
                    "DMG*D8*20151103*M",
                    // 2300 claim: POS 11 office, B, frequency 1; signature Y, assignment A, benefits Y, release Y
                    "CLM*CL-000103*370.75***11:B:1*Y*A*Y*Y",
                    "DTP*431*D8*20260301",
                    "REF*G1*AUTH-55871",
                    "NTE*ADD*FALL FROM PLAYGROUND EQUIPMENT",
                    "HI*ABK:S52501A*ABF:W1830XA*ABF:Z23",
                    // 2310B rendering provider, other than the billing provider
                    "NM1*82*1*LINDQVIST*ADA****XX*1666666668",
                    "PRV*PE*PXC*208000000X",
                    // 2400 service lines: SV1 procedure:modifiers, charge, UN, units, (POS), pointers; DTP*472; REF*6R
                    "LX*1",
                    "SV1*HC:99214:25*165*UN*1***1:2",
                    "DTP*472*D8*20260302",
                    "REF*6R*CL-000103-1",
                    "LX*2",
                    "SV1*HC:73110:26:RT*62.5*UN*1***1",
                    "DTP*472*D8*20260302",
                    "REF*6R*CL-000103-2",
                    "LX*3",
                    "SV1*HC:29125:RT*95*UN*1***1",
                    "DTP*472*D8*20260302",
                    "REF*6R*CL-000103-3",
                    "NTE*ADD*SHORT ARM SPLINT, STATIC",
                    "LX*4",
                    "SV1*HC:90715*48.25*UN*1***3",
                    "DTP*472*D8*20260302",
                    "REF*6R*CL-000103-4",
                    // trailers: SE counts ST..SE (51), control numbers match their headers
                    "SE*51*0003",
                    "GE*1*203",
                    "IEA*1*000000103");
        }

        @Test
        void putsEverySegmentInItsGuideLoop() {
            List<Segment> read = X12Reader.read(interchange, ClaimGuides.PROFESSIONAL_837, ReadLimits.DEFAULT);
            assertThat(read).filteredOn(s -> s.id().equals("NM1")).extracting(Segment::loop)
                    .containsExactly("1000A", "1000B", "2010AA", "2010BA", "2010BB", "2010CA", "2310B");
            assertThat(read).filteredOn(s -> s.id().equals("CLM")).extracting(Segment::loop).containsExactly("2300");
            assertThat(read).filteredOn(s -> s.id().equals("SV1")).extracting(Segment::loop)
                    .containsExactly("2400", "2400", "2400", "2400");
        }

        @Test
        void seCountsTheSegmentsFromStToSe() {
            List<String> segments = segments(interchange);
            int st = segments.indexOf("ST*837*0003*005010X222A1");
            int se = segments.size() - 3;
            assertThat(elements(segments.get(se)).get(1)).isEqualTo(String.valueOf(se - st + 1));
        }
    }

    @Nested
    class SubscriberIsThePatient {

        private final List<String> segments = segments(writer.write(DemoClaims.selfSubscriber()));

        @Test
        void saysSelfInSbrAndHasNoPatientLevel() {
            assertThat(segments).filteredOn(s -> s.startsWith("HL*")).containsExactly("HL*1**20*1", "HL*2*1*22*0");
            assertThat(segments).contains("SBR*P*18*GRP-7720******CI").noneMatch(s -> s.startsWith("PAT"));
            int sbr = segments.indexOf("SBR*P*18*GRP-7720******CI");
            assertThat(segments.subList(sbr, segments.size())).containsSubsequence(
                    "NM1*IL*1*QUILL*MARTA****MI*W900112233", "DMG*D8*19840719*F",
                    "NM1*PR*2*LAKESIDE HEALTH PLAN*****PI*LHP01", "CLM*CL-000101*125***11:B:1*Y*A*Y*Y",
                    "HI*ABK:J069", "LX*1", "SV1*HC:99213*125*UN*1***1", "DTP*472*D8*20260302", "REF*6R*CL-000101-1");
        }
    }

    @Nested
    class Hierarchy {

        @Test
        void numbersLevelsAcrossBillingProvidersAndClaims() {
            BillingProvider second = new BillingProvider("Alder Street Pediatrics", "1777777776", Optional.empty(),
                    "937654321", new Address("15 Alder Street", "Eugene", "OR", "974011234"));
            ProfessionalClaimBatch batch = new ProfessionalClaimBatch(DemoClaims.envelope(9), "BATCH-9",
                    DemoClaims.submitter(), DemoClaims.receiver(), List.of(
                    new BillingProviderClaims(DemoClaims.billingProvider(), Optional.of(DemoClaims.home()),
                            List.of(DemoClaims.fourLines(), claim("CL-1", Optional.empty()))),
                    new BillingProviderClaims(second, Optional.empty(),
                            List.of(claim("CL-2", Optional.of(DemoClaims.teo())), claim("CL-3", Optional.empty())))));

            List<String> segments = segments(writer.write(batch));

            assertThat(segments).filteredOn(s -> s.startsWith("HL*")).containsExactly(
                    "HL*1**20*1", "HL*2*1*22*1", "HL*3*2*23*0", "HL*4*1*22*0",
                    "HL*5**20*1", "HL*6*5*22*1", "HL*7*6*23*0", "HL*8*5*22*0");
            assertThat(segments).containsSubsequence("REF*EI*931234567", "NM1*87*2", "N3*77 QUARRY LANE",
                    "N4*PORTLAND*OR*97214", "HL*2*1*22*1");
            assertThat(segments).filteredOn(s -> s.startsWith("CLM*")).extracting(s -> elements(s).get(1))
                    .containsExactly("CL-000103", "CL-1", "CL-2", "CL-3");
        }

        private ProfessionalClaim claim(String controlNumber, Optional<Patient> patient) {
            return new ProfessionalClaim(DemoClaims.marta(), new Payer("Lakeside Health Plan", "LHP01"), patient,
                    DemoClaims.information(controlNumber, "80", List.of(Diagnosis.icd10("J069"))), Optional.empty(),
                    List.of(DemoClaims.line("99212", List.of(), "80", 1, List.of(1), controlNumber + "-1")));
        }
    }

    @Nested
    class ClaimVariants {

        @Test
        void replacementNamesThePayersClaimAndRangesUseRd8() {
            ServiceLine therapy = new ServiceLine("97110", List.of("GP", "KX", "59", "XU"), new BigDecimal("180"),
                    new BigDecimal("4.00"), Optional.of("22"), List.of(2, 1), LocalDate.of(2026, 2, 2),
                    Optional.of(LocalDate.of(2026, 2, 6)), "CL-9-1", Optional.empty());
            ClaimInformation replacement = new ClaimInformation("CL-9", new BigDecimal("180.00"), "11",
                    ClaimFrequency.REPLACEMENT, List.of(Diagnosis.icd10("M545"), Diagnosis.icd10("M5416")),
                    Optional.empty(), Optional.empty(), Optional.of("LHP2026020400123"), Optional.empty());
            ProfessionalClaim claim = new ProfessionalClaim(DemoClaims.marta(), DemoClaims.payer(), Optional.empty(),
                    replacement, Optional.empty(), List.of(therapy));

            List<String> segments = segments(writer.write(DemoClaims.batch(7, claim)));

            assertThat(segments).containsSubsequence("CLM*CL-9*180***11:B:7*Y*A*Y*Y", "REF*F8*LHP2026020400123",
                    "HI*ABK:M545*ABF:M5416", "SV1*HC:97110:GP:KX:59:XU*180*UN*4*22**2:1",
                    "DTP*472*RD8*20260202-20260206");
        }

        @Test
        void aLateClaimStatesItsDelayReasonInClm20AndReadsBack() {
            ServiceLine visit = new ServiceLine("99213", List.of(), new BigDecimal("75"), BigDecimal.ONE,
                    Optional.empty(), List.of(1), LocalDate.of(2026, 2, 2), Optional.empty(), "LATE-1",
                    Optional.empty());
            ClaimInformation late = new ClaimInformation("LATE", new BigDecimal("75"), "11", ClaimFrequency.ORIGINAL,
                    List.of(Diagnosis.icd10("M545")), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("11"));
            ProfessionalClaim claim = new ProfessionalClaim(DemoClaims.marta(), DemoClaims.payer(), Optional.empty(),
                    late, Optional.empty(), List.of(visit));

            String written = writer.write(DemoClaims.batch(9, claim));

            assertThat(segments(written)).contains("CLM*LATE*75***11:B:1*Y*A*Y*Y***********11");
            assertThat(new Claim837Reader().read(written).billingProviders().get(0).claims().get(0).claim()
                    .delayReason()).contains("11");
            assertThatThrownBy(() -> new ClaimInformation("LATE", new BigDecimal("75"), "11", ClaimFrequency.ORIGINAL,
                    List.of(Diagnosis.icd10("M545")), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("12")))
                    .hasMessage("claim.delayReason is not a CLM20 code (1-11, 15)");
        }

        @Test
        void servicesBeforeIcd10AreCodedWithIcd9Qualifiers() {
            ServiceLine visit = new ServiceLine("99213", List.of(), new BigDecimal("75"), BigDecimal.ONE,
                    Optional.empty(), List.of(1, 2), LocalDate.of(2015, 9, 30), Optional.empty(), "OLD-1",
                    Optional.empty());
            ClaimInformation information = new ClaimInformation("OLD", new BigDecimal("75"), "11",
                    ClaimFrequency.ORIGINAL,
                    List.of(new Diagnosis(DiagnosisCodeSystem.ICD9, "4659"), new Diagnosis(DiagnosisCodeSystem.ICD9, "V7231")),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            ProfessionalClaim claim = new ProfessionalClaim(DemoClaims.marta(), DemoClaims.payer(), Optional.empty(),
                    information, Optional.empty(), List.of(visit));

            assertThat(segments(writer.write(DemoClaims.batch(8, claim)))).contains("HI*BK:4659*BF:V7231");
        }

        @Test
        void cleansNamesAndNotesByTheCharacterRule() {
            Subscriber subscriber = new Subscriber("Quíll*~", " Márta:^ ", "W900112233", LocalDate.of(1984, 7, 19),
                    Sex.UNKNOWN, new Address("77 Quarry Lane #2", "Portland", "OR", "97214"),
                    PayerResponsibility.SECONDARY, Optional.empty(), "MB");
            ProfessionalClaim base = DemoClaims.fourLines();
            ProfessionalClaim claim = new ProfessionalClaim(subscriber, base.payer(), Optional.empty(), base.claim(),
                    base.renderingProvider(), base.lines());

            List<String> segments = segments(writer.write(DemoClaims.batch(6, claim)));

            assertThat(segments).contains("SBR*S*18*******MB", "NM1*IL*1*QUILL*MARTA****MI*W900112233",
                    "N3*77 QUARRY LANE 2", "DMG*D8*19840719*U");
        }
    }
}
