package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodeFormatsPropertiesTest {

    private static final Set<String> RULES = Set.of(CodeFormats.ICD_10_CM_RULE, CodeFormats.CPT_RULE,
            CodeFormats.HCPCS_LEVEL_II_RULE, CodeFormats.MODIFIER_RULE, CodeFormats.PLACE_OF_SERVICE_RULE);

    @Property(tries = 2000)
    void anyStringIsAcceptedNormalisedOrRefusedWithARuleNeverThrown(@ForAll("codeLike") String input) {
        for (CodeKind kind : EnumSet.allOf(CodeKind.class)) {
            FormatCheck check = CodeFormats.check(kind, input);
            if (check.isAccepted()) {
                String normalised = check.normalised();
                assertThat(normalised).matches("[A-Z0-9]{2,7}");
                // Idempotent: the normalised form is accepted as itself.
                assertThat(CodeFormats.check(kind, normalised).normalised()).isEqualTo(normalised);
            } else {
                assertThat(check.problem()).isIn(RULES);
            }
        }
    }

    @Property(tries = 1000)
    void anyUnicodeStringNeverThrows(@ForAll String input) {
        for (CodeKind kind : EnumSet.allOf(CodeKind.class)) {
            FormatCheck check = CodeFormats.check(kind, input);
            assertThat(check.isAccepted() ? check.normalised() : check.problem()).isNotNull();
        }
    }

    @Property
    void everyWellFormedIcdCodeIsAcceptedWithAndWithoutTheDot(@ForAll("icd10Cm") String code) {
        assertThat(CodeFormats.icd10Cm(code).normalised()).isEqualTo(code);
        assertThat(CodeFormats.icd10Cm(code.toLowerCase()).normalised()).isEqualTo(code);
        if (code.length() > 3) {
            String dotted = code.substring(0, 3) + "." + code.substring(3);
            assertThat(CodeFormats.icd10Cm(dotted).normalised()).isEqualTo(code);
            assertThat(DiagnosisCode.of(dotted).withDot()).isEqualTo(dotted);
        }
    }

    @Property
    void everyProcedureCodeIsExactlyOneOfCptOrHcpcs(@ForAll("procedureLike") String input) {
        FormatCheck check = CodeFormats.procedure(input);
        boolean cpt = CodeFormats.cpt(input).isAccepted();
        boolean hcpcs = CodeFormats.hcpcsLevel2(input).isAccepted();
        assertThat(cpt && hcpcs).isFalse();
        assertThat(check.isAccepted()).isEqualTo(cpt || hcpcs);
        if (check.isAccepted()) {
            assertThat(ProcedureCode.of(input).isCpt()).isEqualTo(cpt);
        }
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.strings().withChars("AEIUZaez0159.FT -\t").ofMinLength(0).ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> icd10Cm() {
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
        Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
        net.jqwik.api.arbitraries.StringArbitrary alnum = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9');
        return Combinators.combine(letter, digit, alnum.ofLength(1), alnum.ofMinLength(0).ofMaxLength(4))
                .as((first, second, third, rest) -> "" + first + second + third + rest);
    }

    @Provide
    Arbitrary<String> procedureLike() {
        return Arbitraries.strings().withChars("0123456789AGJVWFTft").ofMinLength(4).ofMaxLength(6);
    }
}
