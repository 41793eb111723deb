package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void aDiagnosisCodeIsHeldWithoutTheDotAndShownWithIt() {
        DiagnosisCode code = DiagnosisCode.of("s52.521a");

        assertThat(code.value()).isEqualTo("S52521A");
        assertThat(code.withDot()).isEqualTo("S52.521A");
        assertThat(DiagnosisCode.of("I10").withDot()).isEqualTo("I10");
        assertThat(DiagnosisCode.of("E11.9")).isEqualTo(DiagnosisCode.of("E119"));
    }

    @Test
    void aDiagnosisCodeRefusesBadFormatWithTheRuleOnly() {
        assertThatThrownBy(() -> DiagnosisCode.of("John Doe"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage(CodeFormats.ICD_10_CM_RULE)
                .hasMessageNotContaining("John");
        // The canonical constructor takes only the normalised form.
        assertThatThrownBy(() -> new DiagnosisCode("E11.9")).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> new DiagnosisCode(null)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void aProcedureCodeTellsCptFromHcpcsLevel2() {
        assertThat(ProcedureCode.of("99213").type()).isEqualTo(ProcedureCode.Type.CPT_CATEGORY_I);
        assertThat(ProcedureCode.of("3074f").type()).isEqualTo(ProcedureCode.Type.CPT_CATEGORY_II);
        assertThat(ProcedureCode.of("0042T").type()).isEqualTo(ProcedureCode.Type.CPT_CATEGORY_III);
        ProcedureCode hcpcs = ProcedureCode.of(" g0438 ");
        assertThat(hcpcs.value()).isEqualTo("G0438");
        assertThat(hcpcs.isHcpcsLevel2()).isTrue();
        assertThat(hcpcs.isCpt()).isFalse();
        assertThat(hcpcs.type().kind()).isEqualTo(CodeKind.HCPCS_LEVEL_II);
        assertThat(ProcedureCode.of("99213").isCpt()).isTrue();
        assertThat(ProcedureCode.of("99213").type().kind()).isEqualTo(CodeKind.CPT);
    }

    @Test
    void aProcedureCodeRefusesBadFormatOrAWrongType() {
        assertThatThrownBy(() -> ProcedureCode.of("W1234")).isInstanceOf(InvalidCodeException.class)
                .hasMessage(CodeFormats.PROCEDURE_RULE);
        assertThatThrownBy(() -> new ProcedureCode("99213", ProcedureCode.Type.HCPCS_LEVEL_II))
                .isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> new ProcedureCode("g0438", ProcedureCode.Type.HCPCS_LEVEL_II))
                .isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> new ProcedureCode("G0438", null)).isInstanceOf(InvalidCodeException.class);
    }
}
