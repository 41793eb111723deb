package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSetsTest {

    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 3, 2);

    private final HcpcsRecordFile.Loaded hcpcs = SamplesFixture.hcpcs();
    private final CodeSets loaded = CodeSets.empty()
            .with(SamplesFixture.icd10Cm2026())
            .with(hcpcs.procedures())
            .with(hcpcs.modifiers());

    @Test
    void aBillableCodeInForceOnTheDateOfServiceIsValid() {
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "E11.9", IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(DiagnosisCode.of("U07.1"), IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(ProcedureCode.of("G0438"), IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(CodeKind.MODIFIER, "LT", IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(Membership.VALID.isAcceptable()).isTrue();
    }

    @Test
    void cptModifiersAreCheckedByFormatOnlyForTheHcpcsFileHoldsLevelTwoModifiersOnly() {
        assertThat(loaded.isValid(CodeKind.MODIFIER, "25", IN_FY2026)).isEqualTo(Membership.NOT_LOADED);
        assertThat(loaded.isValid(CodeKind.MODIFIER, "1P", IN_FY2026)).isEqualTo(Membership.NOT_LOADED);
        assertThat(loaded.isValid(CodeKind.MODIFIER, "ZZ", IN_FY2026)).isEqualTo(Membership.UNKNOWN);
    }

    @Test
    void theNextFiscalYearsSampleCarriesTheCodesOnFromTheFirstOfOctober() {
        CodeSets bothYears = loaded.with(SamplesFixture.icd10Cm2027());

        assertThat(bothYears.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2026, 9, 30)))
                .isEqualTo(Membership.VALID);
        assertThat(bothYears.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2026, 10, 1)))
                .isEqualTo(Membership.VALID);
        assertThat(bothYears.isValid(CodeKind.ICD_10_CM, "E11.9", LocalDate.of(2027, 9, 30)))
                .isEqualTo(Membership.VALID);
        assertThat(bothYears.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2027, 10, 1)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
        assertThat(bothYears.isValid(CodeKind.ICD_10_CM, "Z79.84", LocalDate.of(2026, 12, 1)))
                .isEqualTo(Membership.VALID);
    }

    @Test
    void theFiscalYearBoundsAreInclusive() {
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2025, 10, 1))).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2026, 9, 30))).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2025, 9, 30)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2026, 10, 1)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
    }

    @Test
    void aServiceBeforeTheCodeWasAddedIsNotValidOnThatDate() {
        // G0136 was added on 1 January 2024.
        assertThat(loaded.isValid(ProcedureCode.of("G0136"), LocalDate.of(2023, 12, 31)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
        assertThat(loaded.isValid(ProcedureCode.of("G0136"), LocalDate.of(2024, 1, 1))).isEqualTo(Membership.VALID);
    }

    @Test
    void aServiceAfterTheTerminationDateIsNotValidOnThatDate() {
        // G2012 was terminated on 31 December 2024.
        assertThat(loaded.isValid(ProcedureCode.of("G2012"), LocalDate.of(2024, 12, 31))).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(ProcedureCode.of("G2012"), LocalDate.of(2025, 1, 1)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
        assertThat(Membership.NOT_VALID_ON_DATE.isAcceptable()).isFalse();
    }

    @Test
    void aHeaderCodeIsNotBillable() {
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "E11", IN_FY2026)).isEqualTo(Membership.NOT_BILLABLE);
        assertThat(loaded.isValid(DiagnosisCode.of("M54.5"), IN_FY2026)).isEqualTo(Membership.NOT_BILLABLE);
        assertThat(Membership.NOT_BILLABLE.isAcceptable()).isFalse();
    }

    @Test
    void aCodeOfRightFormatNotInTheFileIsUnknown() {
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "E11.65", IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "E11.21", IN_FY2026)).isEqualTo(Membership.UNKNOWN);
        assertThat(loaded.isValid(CodeKind.HCPCS_LEVEL_II, "G9999", IN_FY2026)).isEqualTo(Membership.UNKNOWN);
        assertThat(loaded.isValid(CodeKind.ICD_10_CM, "not a code", IN_FY2026)).isEqualTo(Membership.UNKNOWN);
        assertThat(Membership.UNKNOWN.isAcceptable()).isFalse();
    }

    @Test
    void withoutAFileOfTheKindOnlyTheFormatIsChecked() {
        // No CPT file: the AMA licenses CPT, so none ships; a clinic without one gets format checks only.
        assertThat(loaded.isLoaded(CodeKind.CPT)).isFalse();
        assertThat(loaded.isValid(ProcedureCode.of("99213"), IN_FY2026)).isEqualTo(Membership.NOT_LOADED);
        assertThat(loaded.isValid(CodeKind.PLACE_OF_SERVICE, "11", IN_FY2026)).isEqualTo(Membership.NOT_LOADED);
        assertThat(CodeSets.empty().isValid(CodeKind.ICD_10_CM, "E119", IN_FY2026))
                .isEqualTo(Membership.NOT_LOADED);
        assertThat(Membership.NOT_LOADED.isAcceptable()).isTrue();
    }

    @Test
    void aLicensedClinicCanLoadItsOwnCptCodes() {
        CodeSets withCpt = loaded.with(new CodeSet(CodeKind.CPT, List.of(
                new CodeEntry("99213", List.of(EffectiveRange.from(LocalDate.of(2021, 1, 1))), "(licensed)", true))));

        assertThat(withCpt.isValid(ProcedureCode.of("99213"), IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(withCpt.isValid(ProcedureCode.of("99214"), IN_FY2026)).isEqualTo(Membership.UNKNOWN);
        assertThat(loaded.isLoaded(CodeKind.CPT)).as("the original is unchanged").isFalse();
    }

    @Test
    void twoFiscalYearsLoadedTogetherCoverBothYears() {
        CodeSet fy2025 = Icd10CmOrderFile.load(new StringReader(String.join("\n",
                Icd10CmOrderFileTest.line("00001", "I10", '1', "Essential (primary) hypertension", "Essential"),
                Icd10CmOrderFileTest.line("00002", "R05", '1', "Cough", "Cough"))),
                EffectiveRange.icd10CmFiscalYear(2025));
        CodeSets both = loaded.with(fy2025);

        assertThat(both.isValid(CodeKind.ICD_10_CM, "I10", LocalDate.of(2025, 3, 1))).isEqualTo(Membership.VALID);
        assertThat(both.isValid(CodeKind.ICD_10_CM, "I10", IN_FY2026)).isEqualTo(Membership.VALID);
        assertThat(both.get(CodeKind.ICD_10_CM).orElseThrow().lookup("I10").orElseThrow().ranges()).hasSize(2);
        // Only in FY2026's file: not valid in FY2025.
        assertThat(both.isValid(CodeKind.ICD_10_CM, "E119", LocalDate.of(2025, 3, 1)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
        // R05 was billable in FY2025 (a made-up line) and is a header in FY2026: each year answers for itself,
        // a FY2026 service is refused.
        assertThat(both.isValid(CodeKind.ICD_10_CM, "R05", LocalDate.of(2025, 3, 1))).isEqualTo(Membership.VALID);
        assertThat(both.isValid(CodeKind.ICD_10_CM, "R05", IN_FY2026).isAcceptable()).isFalse();
    }

    @Test
    void setsOfDifferentKindsDoNotMerge() {
        assertThatThrownBy(() -> hcpcs.procedures().mergedWith(hcpcs.modifiers()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEffectiveRangeCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new EffectiveRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeSetHoldsOnlyNormalisedCodesOfItsKind() {
        List<EffectiveRange> always = List.of(EffectiveRange.from(LocalDate.of(2020, 1, 1)));

        assertThatThrownBy(() -> new CodeSet(CodeKind.ICD_10_CM, List.of(new CodeEntry("E11.9", always, "x", true))))
                .isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> new CodeSet(CodeKind.HCPCS_LEVEL_II, List.of(new CodeEntry("99213", always, "x",
                true)))).isInstanceOf(InvalidCodeException.class).hasMessage(CodeFormats.HCPCS_LEVEL_II_RULE);
    }
}
