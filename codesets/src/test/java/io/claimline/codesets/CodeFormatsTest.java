package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CodeFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "I10, I10",
            "E11.9, E119",
            "e11.9, E119",
            "E119, E119",
            "' S52.521A ', S52521A",
            "S52521A, S52521A",
            "U07.1, U071",
            "Z00.00, Z0000",
            "M54.50, M5450",
            "C4A.0, C4A0",
            "T36.0X1A, T360X1A"})
    void icd10CmIsAcceptedWithOrWithoutTheDotAndNormalisedWithout(String input, String normalised) {
        assertThat(CodeFormats.icd10Cm(input).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "I1", "1I0", "II0", "E1.19", "E119.", "E11.", "E11..9", "E1190000", "S52.521AB",
            "E11-9", "E11 9", ".E119", "E11.9.1", "Ä11", "I10\u0000"})
    void icd10CmRefusesAnythingElseWithTheRuleAndNotTheValue(String input) {
        FormatCheck check = CodeFormats.icd10Cm(input);

        assertThat(check.isAccepted()).isFalse();
        assertThat(check.problem()).isEqualTo(CodeFormats.ICD_10_CM_RULE).contains("letter", "digit", "dot");
    }

    @ParameterizedTest
    @CsvSource({"99213, 99213", "0001F, 0001F", "3074f, 3074F", "0042T, 0042T", "0596t, 0596T"})
    void cptCategoriesOneTwoAndThree(String input, String normalised) {
        assertThat(CodeFormats.cpt(input).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9921", "992133", "0001A", "0001", "G0438", "00001FF", "9921F3", "99 213"})
    void cptRefusesOtherShapes(String input) {
        assertThat(CodeFormats.cpt(input).problem()).isEqualTo(CodeFormats.CPT_RULE);
    }

    @ParameterizedTest
    @CsvSource({"G0438, G0438", "j1100, J1100", "A0428, A0428", "V2020, V2020"})
    void hcpcsLevel2IsALetterAToVAndFourDigits(String input, String normalised) {
        assertThat(CodeFormats.hcpcsLevel2(input).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"W1234", "Z0001", "G043", "G04381", "GG438", "99213", "0001F"})
    void hcpcsLevel2RefusesOtherShapes(String input) {
        assertThat(CodeFormats.hcpcsLevel2(input).problem()).isEqualTo(CodeFormats.HCPCS_LEVEL_II_RULE);
    }

    @Test
    void procedureAcceptsEitherCptOrHcpcs() {
        assertThat(CodeFormats.procedure("99213").normalised()).isEqualTo("99213");
        assertThat(CodeFormats.procedure("g0438").normalised()).isEqualTo("G0438");
        assertThat(CodeFormats.procedure("X1234").problem()).isEqualTo(CodeFormats.PROCEDURE_RULE);
    }

    @ParameterizedTest
    @CsvSource({"25, 25", "lt, LT", "59, 59", "XS, XS", "F1, F1"})
    void modifiersAreTwoLettersOrDigits(String input, String normalised) {
        assertThat(CodeFormats.modifier(input).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2", "251", "L-", "L T"})
    void modifiersRefuseOtherShapes(String input) {
        assertThat(CodeFormats.modifier(input).problem()).isEqualTo(CodeFormats.MODIFIER_RULE);
    }

    @ParameterizedTest
    @CsvSource({"11, 11", "02, 02", "' 22 ', 22", "99, 99"})
    void placeOfServiceIsTwoDigits(String input, String normalised) {
        assertThat(CodeFormats.placeOfService(input).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1", "111", "1A", "O1"})
    void placeOfServiceRefusesOtherShapes(String input) {
        assertThat(CodeFormats.placeOfService(input).problem()).isEqualTo(CodeFormats.PLACE_OF_SERVICE_RULE);
    }

    @Test
    void checkByKindUsesTheKindsRule() {
        assertThat(CodeFormats.check(CodeKind.ICD_10_CM, "e11.9").normalised()).isEqualTo("E119");
        assertThat(CodeFormats.check(CodeKind.CPT, "99213").isAccepted()).isTrue();
        assertThat(CodeFormats.check(CodeKind.HCPCS_LEVEL_II, "99213").isAccepted()).isFalse();
        assertThat(CodeFormats.check(CodeKind.MODIFIER, "25").isAccepted()).isTrue();
        assertThat(CodeFormats.check(CodeKind.PLACE_OF_SERVICE, "11").isAccepted()).isTrue();
    }

    @Test
    void aRefusedCheckHasNoCodeAndOrThrowGivesTheRule() {
        FormatCheck refused = CodeFormats.cpt("PATIENT SMITH");

        assertThatThrownBy(refused::normalised).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(refused::orThrow).isInstanceOf(InvalidCodeException.class)
                .hasMessage(CodeFormats.CPT_RULE);
        assertThatThrownBy(() -> CodeFormats.cpt("99213").problem()).isInstanceOf(IllegalStateException.class);
    }
}
