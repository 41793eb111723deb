package io.claimline.x12.claim;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Refusals on construction: IllegalArgumentException naming the field and the rule, never the value. */
class ProfessionalClaimModelTest {

    private final ProfessionalClaim valid = DemoClaims.fourLines();

    private ProfessionalClaim withLines(ClaimInformation information, List<ServiceLine> lines) {
        return new ProfessionalClaim(valid.subscriber(), valid.payer(), valid.patient(), information,
                valid.renderingProvider(), lines);
    }

    private ClaimInformation information(String controlNumber, String total, List<Diagnosis> diagnoses,
            ClaimFrequency frequency, Optional<String> original) {
        return new ClaimInformation(controlNumber, new BigDecimal(total), "11", frequency, diagnoses,
                Optional.empty(), Optional.empty(), original, Optional.empty());
    }

    private ServiceLine line(List<String> modifiers, List<Integer> pointers) {
        return new ServiceLine("99213", modifiers, new BigDecimal("100"), BigDecimal.ONE, Optional.empty(), pointers,
                DemoClaims.SERVICE_DATE, Optional.empty(), "L-1", Optional.empty());
    }

    @Test
    void refusesATotalThatIsNotTheSumOfTheLines() {
        ClaimInformation wrongTotal = information("CL-1", "370.74", valid.claim().diagnoses(), ClaimFrequency.ORIGINAL,
                Optional.empty());
        assertThatThrownBy(() -> withLines(wrongTotal, valid.lines()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim.totalCharge must equal the sum of the lines' charges");
    }

    @Test
    void refusesThirteenDiagnoses() {
        List<Diagnosis> thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> Diagnosis.icd10("R" + (10 + i))).toList();
        assertThatThrownBy(() -> information("CL-1", "100", thirteen, ClaimFrequency.ORIGINAL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim.diagnoses must hold 1 to 12 entries");
        assertThatCode(() -> information("CL-1", "100", thirteen.subList(0, 12), ClaimFrequency.ORIGINAL,
                Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void refusesFiveModifiers() {
        assertThatThrownBy(() -> line(List.of("25", "59", "GP", "KX", "XU"), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line.modifiers must hold 0 to 4 entries");
        assertThatThrownBy(() -> line(List.of("2*"), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line.modifiers").hasMessageNotContaining("2*");
    }

    @Test
    void refusesPointersOutOfRange() {
        ClaimInformation oneDiagnosis = information("CL-1", "100", List.of(Diagnosis.icd10("J069")),
                ClaimFrequency.ORIGINAL, Optional.empty());
        assertThatThrownBy(() -> withLines(oneDiagnosis, List.of(line(List.of(), List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line.diagnosisPointers must point at one of the claim's diagnoses");
        assertThatThrownBy(() -> line(List.of(), List.of(13)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line.diagnosisPointers");
        assertThatThrownBy(() -> line(List.of(), List.of(1, 2, 3, 4, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("line.diagnosisPointers must hold 1 to 4 entries");
        assertThatThrownBy(() -> line(List.of(), List.of(1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line.diagnosisPointers");
        assertThatThrownBy(() -> line(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line.diagnosisPointers");
    }

    @Test
    void refusesAControlNumberLongerThanTwentyCharacters() {
        assertThatThrownBy(() -> information("CL-0000000000000000001", "100", List.of(Diagnosis.icd10("J069")),
                ClaimFrequency.ORIGINAL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claim.patientControlNumber").hasMessageNotContaining("CL-000");
        assertThatCode(() -> information("CL-00000000000000001", "100", List.of(Diagnosis.icd10("J069")),
                ClaimFrequency.ORIGINAL, Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void replacementsAndVoidsNeedThePayersClaimNumberAndOriginalsMustNotHaveIt() {
        List<Diagnosis> diagnoses = List.of(Diagnosis.icd10("J069"));
        assertThatThrownBy(() -> information("CL-1", "100", diagnoses, ClaimFrequency.REPLACEMENT, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim.payerClaimControlNumber");
        assertThatThrownBy(() -> information("CL-1", "100", diagnoses, ClaimFrequency.VOID, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim.payerClaimControlNumber");
        assertThatThrownBy(() -> information("CL-1", "100", diagnoses, ClaimFrequency.ORIGINAL, Optional.of("X1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim.payerClaimControlNumber");
    }

    @Test
    void refusesAnNpiWithAWrongCheckDigit() {
        assertThatThrownBy(() -> new RenderingProvider("Lindqvist", "Ada", "1666666669", "208000000X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("renderingProvider.npi must be a 10-digit NPI with a valid check digit");
    }

    @Test
    void refusesAnIcd10CodeForServicesBeforeOctober2015AndADecimalPoint() {
        ServiceLine old = new ServiceLine("99213", List.of(), new BigDecimal("100"), BigDecimal.ONE, Optional.empty(),
                List.of(1), LocalDate.of(2015, 9, 30), Optional.empty(), "L-1", Optional.empty());
        ClaimInformation icd10 = information("CL-1", "100", List.of(Diagnosis.icd10("J069")), ClaimFrequency.ORIGINAL,
                Optional.empty());
        assertThatThrownBy(() -> withLines(icd10, List.of(old)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim.diagnoses");
        assertThatThrownBy(() -> Diagnosis.icd10("J06.9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal point");
    }

    @Test
    void refusesARenderingProviderWhoIsTheBillingProvider() {
        ProfessionalClaim sameNpi = new ProfessionalClaim(valid.subscriber(), valid.payer(), valid.patient(),
                valid.claim(), Optional.of(new RenderingProvider("Birch", "Wood", "1999999984", "207Q00000X")),
                valid.lines());
        assertThatThrownBy(() -> new BillingProviderClaims(DemoClaims.billingProvider(), Optional.empty(),
                List.of(sameNpi)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renderingProvider");
    }

    @Test
    void refusesAControlNumberUsedTwiceInABatch() {
        assertThatThrownBy(() -> new ProfessionalClaimBatch(DemoClaims.envelope(1), "B-1", DemoClaims.submitter(),
                DemoClaims.receiver(), List.of(new BillingProviderClaims(DemoClaims.billingProvider(), Optional.empty(),
                        List.of(valid, valid)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim.patientControlNumber must be unique within the batch");
    }

    @Test
    void refusesMoreThanFiftyLinesAndAmountsWithFractionsOfCents() {
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            lines.add(new ServiceLine("99213", List.of(), BigDecimal.ONE, BigDecimal.ONE, Optional.empty(),
                    List.of(1), DemoClaims.SERVICE_DATE, Optional.empty(), "L-" + i, Optional.empty()));
        }
        ClaimInformation information = information("CL-1", "51", List.of(Diagnosis.icd10("J069")),
                ClaimFrequency.ORIGINAL, Optional.empty());
        assertThatThrownBy(() -> withLines(information, lines))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lines must hold 1 to 50 entries");
        assertThatThrownBy(() -> information("CL-1", "10.005", List.of(Diagnosis.icd10("J069")),
                ClaimFrequency.ORIGINAL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim.totalCharge");
    }

    @Test
    void refusesABillingProviderWithoutTheFullZipCodeOrWithABadTaxId() {
        Address fiveDigits = new Address("1200 Larch Street", "Portland", "OR", "97205");
        assertThatThrownBy(() -> new BillingProvider("Birchwood", "1999999984", Optional.empty(), "931234567",
                fiveDigits)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postalCode");
        assertThatThrownBy(() -> new BillingProvider("Birchwood", "1999999984", Optional.empty(), "93-1234567",
                DemoClaims.billingProvider().address()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("billingProvider.ein")
                .hasMessageNotContaining("93-1234567");
    }
}
