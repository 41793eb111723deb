package io.claimline.billing.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.billing.practice.api.PlaceOfService;
import io.claimline.billing.practice.api.PracticeText;
import io.claimline.billing.practice.api.TaxId;
import io.claimline.billing.practice.api.TaxonomyCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The practice's code validators take every well-formed value, refuse everything else, and never echo input. */
class PracticeCodesPropertiesTest {

    @Property
    void anEinOfNineDigitsIsTakenWithOrWithoutItsHyphen(@ForAll @IntRange(min = 1, max = 99) int prefix,
            @ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
        String digits = String.format("%02d%07d", prefix, serial);
        String hyphenated = digits.substring(0, 2) + "-" + digits.substring(2);

        assertThat(TaxId.normalize(digits)).isEqualTo(digits);
        assertThat(TaxId.normalize(" " + hyphenated + " ")).isEqualTo(digits);
    }

    @Property(tries = 1000)
    void anythingElseIsRefusedAsATaxIdWithoutQuotingIt(@ForAll String raw) {
        String stripped = raw.strip();
        boolean wellFormed = (stripped.matches("\\d{9}") || stripped.matches("\\d{2}-\\d{7}"))
                && !stripped.startsWith("00");
        if (wellFormed) {
            assertThat(TaxId.normalize(raw)).hasSize(9);
        } else {
            // The message states a rule and never quotes the input: it is one of the rule texts, whatever was sent
            // (a containment check failed by chance when the input was a character the rule text itself has).
            assertThatThrownBy(() -> TaxId.normalize(raw)).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isIn(
                            "must be an EIN of 9 digits, with or without a hyphen after the second (12-3456789)",
                            "must not start with 00 (no EIN has that prefix)"));
        }
    }

    @Property
    void refusesEinsWithThePrefixNoOneIsAssigned(@ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
        assertThatThrownBy(() -> TaxId.normalize(String.format("00%07d", serial)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aWellFormedTaxonomyCodeIsTakenInEitherCase(@ForAll("taxonomyCodes") String code) {
        assertThat(TaxonomyCode.normalize(code.toLowerCase())).isEqualTo(code);
        assertThat(TaxonomyCode.normalize(code)).isEqualTo(code);
    }

    @Property(tries = 1000)
    void anyOtherTaxonomyCodeIsRefused(@ForAll @StringLength(max = 14) String raw) {
        boolean wellFormed = raw.strip().toUpperCase().matches("\\d{3}[A-Z0-9]{6}X");
        if (!wellFormed) {
            assertThatThrownBy(() -> TaxonomyCode.normalize(raw)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void takesRealTaxonomyCodesOfTheNuccSet() {
        for (String code : new String[] {"207Q00000X", "207R00000X", "363LF0000X", "363A00000X", "261QP2300X",
                "2084P0800X", "1223G0001X", "193400000X"}) {
            assertThat(TaxonomyCode.normalize(code)).isEqualTo(code);
        }
    }

    @Property
    void everyDocumentedPlaceOfServiceIsTaken(@ForAll("placesOfService") String code) {
        assertThat(PlaceOfService.normalize(code)).isEqualTo(code);
    }

    @Test
    void theCommonPlacesOfServiceAreInTheSet() {
        assertThat(PlaceOfService.CODES).containsKeys("02", "10", "11", "12", "19", "20", "21", "22", "23", "31",
                "32", "49", "50", "65", "71", "72", "81");
    }

    @Property(tries = 1000)
    void anythingOutsideTheSetIsRefusedAsPlaceOfService(@ForAll String raw) {
        if (!PlaceOfService.CODES.containsKey(raw.strip())) {
            // Never quotes the input: the message is the same whatever was sent.
            String rule = org.assertj.core.api.Assertions.catchThrowable(() -> PlaceOfService.normalize("??"))
                    .getMessage();
            assertThatThrownBy(() -> PlaceOfService.normalize(raw)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(rule);
        }
    }

    @Property(tries = 500)
    void unassignedTwoDigitCodesAreRefused(@ForAll @IntRange(min = 0, max = 99) int number) {
        String code = String.format("%02d", number);
        if (!PlaceOfService.CODES.containsKey(code)) {
            assertThatThrownBy(() -> PlaceOfService.normalize(code)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 500)
    void textFieldsNeverExceedTheirX12LengthNorCarryControlCharacters(@ForAll String raw) {
        try {
            String text = PracticeText.text(PracticeText.NAME).apply(raw);
            assertThat(text).hasSizeLessThanOrEqualTo(PracticeText.NAME);
            assertThat(text.chars()).noneMatch(Character::isISOControl);
        } catch (IllegalArgumentException refused) {
            // Never quotes the input: one of the rule texts.
            assertThat(refused.getMessage()).isIn("must be at most " + PracticeText.NAME + " characters",
                    "must not contain control characters");
        }
    }

    @Test
    void recognisesPostOfficeBoxes() {
        assertThat(PracticeText.isPostOfficeBox("PO Box 4400")).isTrue();
        assertThat(PracticeText.isPostOfficeBox("P.O. Box 12")).isTrue();
        assertThat(PracticeText.isPostOfficeBox("post office box 9")).isTrue();
        assertThat(PracticeText.isPostOfficeBox("100 Main Street")).isFalse();
        assertThat(PracticeText.isPostOfficeBox("1 Boxwood Lane")).isFalse();
    }

    @Provide
    Arbitrary<String> taxonomyCodes() {
        Arbitrary<String> type = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(6);
        return net.jqwik.api.Combinators.combine(type, rest).as((t, r) -> t + r + "X");
    }

    @Provide
    Arbitrary<String> placesOfService() {
        return Arbitraries.of(PlaceOfService.CODES.keySet());
    }
}
