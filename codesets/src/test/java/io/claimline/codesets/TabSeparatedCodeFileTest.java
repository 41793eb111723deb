package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabSeparatedCodeFileTest {

    private static final EffectiveRange FROM_2003 = EffectiveRange.from(LocalDate.of(2003, 1, 1));

    @Test
    void theShippedPlaceOfServiceListLoadsWithEveryAssignedCode() throws IOException {
        CodeSet pos;
        try (InputStream in = SamplesFixture.open(SamplesFixture.PLACE_OF_SERVICE)) {
            pos = TabSeparatedCodeFile.load(CodeKind.PLACE_OF_SERVICE, in, FROM_2003);
        }
        assertThat(pos.size()).isEqualTo(52);
        assertThat(pos.lookup("11")).get().extracting(CodeEntry::description).isEqualTo("Office");
        assertThat(pos.lookup("99")).isPresent();
        assertThat(pos.lookup("30")).as("unassigned by CMS").isEmpty();
        CodeSets sets = CodeSets.empty().with(pos);
        assertThat(sets.isValid(CodeKind.PLACE_OF_SERVICE, "22", LocalDate.of(2026, 3, 2))).isEqualTo(Membership.VALID);
        assertThat(sets.isValid(CodeKind.PLACE_OF_SERVICE, "59", LocalDate.of(2026, 3, 2)))
                .isEqualTo(Membership.UNKNOWN);
    }

    @Test
    void aCptListIsNormalisedAndCommentsAndBlankLinesAreSkipped() {
        // Made-up descriptions: CPT descriptions are AMA-licensed and never shipped.
        CodeSet cpt = TabSeparatedCodeFile.load(CodeKind.CPT, new StringReader(
                "# test codes\n99213\ttest code one\n\n3074f\ttest code two\n"),
                new EffectiveRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        assertThat(cpt.entries()).extracting(CodeEntry::code).containsExactlyInAnyOrder("99213", "3074F");
        assertThat(CodeSets.empty().with(cpt).isValid(CodeKind.CPT, "99213", LocalDate.of(2027, 1, 1)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
    }

    @Test
    void everyMalformedLineIsReportedByNumberAndNothingIsLoaded() {
        CodeFileRejectedException rejected = catchThrowableOfType(() -> TabSeparatedCodeFile.load(CodeKind.CPT,
                new StringReader("99213\ttest code\n9921\ttest code\n99214 test code\n99215\t \n99213\tagain\n"),
                FROM_2003), CodeFileRejectedException.class);

        assertThat(rejected.problems()).extracting(LineProblem::lineNumber).containsExactly(2, 3, 4, 5);
        assertThat(rejected.problems()).extracting(LineProblem::reason).containsExactly(
                "column 1 " + CodeFormats.CPT_RULE,
                "must be two columns separated by one tab: the code and its description",
                "column 2 must be the description (1 to 1000 characters)",
                "the code appears on an earlier line");
        assertThat(rejected.getMessage()).doesNotContain("9921\t").doesNotContain("test code");
        assertThat(List.of(rejected.problems())).isNotEmpty();
    }
}
