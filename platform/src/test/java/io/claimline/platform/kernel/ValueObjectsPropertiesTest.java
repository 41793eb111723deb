package io.claimline.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The kernel's normalisers and validators: what they accept, what they refuse, and that they never break. */
class ValueObjectsPropertiesTest {

    @Test
    void knownNpisPassTheLuhnCheckAndATypoFailsIt() {
        // CMS's worked example (1234567893) and the check digit computed over the 80840 prefix.
        assertThat(Npi.of("1234567893").value()).isEqualTo("1234567893");
        assertThatThrownBy(() -> Npi.of("1234567894")).hasMessage("check digit does not match (not a valid NPI)");
        assertThatThrownBy(() -> Npi.of("0234567893")).hasMessage("must be 10 digits starting with 1 or 2");
    }

    @Property
    void exactlyOneCheckDigitCompletesAnyNineDigits(@ForAll("nineDigits") String nine) {
        long valid = java.util.stream.IntStream.range(0, 10)
                .filter(d -> accepted(() -> Npi.of(nine + d))).count();
        assertThat(valid).isEqualTo(1);
    }

    @Property
    void changingOneDigitOfAValidNpiMakesItInvalid(@ForAll("nineDigits") String nine, @ForAll int position) {
        String npi = java.util.stream.IntStream.range(0, 10).mapToObj(d -> nine + d)
                .filter(candidate -> accepted(() -> Npi.of(candidate))).findFirst().orElseThrow();
        int at = Math.floorMod(position, 9) + 1; // keep the leading 1 or 2
        char changed = (char) ('0' + (npi.charAt(at) - '0' + 1) % 10);
        String typo = npi.substring(0, at) + changed + npi.substring(at + 1);
        assertThat(accepted(() -> Npi.of(typo))).isFalse();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.of("1", "2").flatMap(first -> Arbitraries.strings().numeric().ofLength(8)
                .map(rest -> first + rest));
    }

    @Property
    void zipCodesOfFiveOrNineDigitsAreKeptAsDigits(@ForAll @NumericChars @StringLength(5) String five,
            @ForAll @NumericChars @StringLength(4) String four) {
        assertThat(UsAddress.zip(five)).isEqualTo(five);
        assertThat(UsAddress.zip(five + "-" + four)).isEqualTo(five + four);
        assertThat(UsAddress.zip(" " + five + four + " ")).isEqualTo(five + four);
    }

    @Property
    void anythingElseIsNotAZipCode(@ForAll String raw) {
        boolean shaped = raw.strip().matches("\\d{5}|\\d{9}|\\d{5}-\\d{4}");
        assertThat(accepted(() -> UsAddress.zip(raw))).isEqualTo(shaped);
    }

    @Test
    void aStateIsAUspsCodeInAnyCase() {
        assertThat(UsAddress.state(" il ")).isEqualTo("IL");
        assertThat(UsAddress.state("pr")).isEqualTo("PR");
        assertThatThrownBy(() -> UsAddress.state("XX")).hasMessage("must be a two-letter USPS state or territory code");
    }

    @Test
    void anAddressReportsEveryBrokenFieldAndNoValue() {
        assertThatThrownBy(() -> new UsAddress(" ", null, "Springfield", "ZZ", "6270"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).containsExactly(
                        new InvalidFieldsException.Problem("line1", "is required"),
                        new InvalidFieldsException.Problem("state", "must be a two-letter USPS state or territory code"),
                        new InvalidFieldsException.Problem("postalCode", "must be a US ZIP code of 5 or 9 digits")));
    }

    @Test
    void phoneNumbersAreNormalisedToE164() {
        for (String typed : List.of("(217) 555-0134", "217.555.0134", "+1 217 555 0134", "1-217-555-0134")) {
            assertThat(PhoneNumber.of(typed).e164()).as(typed).isEqualTo("+12175550134");
        }
        assertThat(PhoneNumber.of("+44 20 7946 0958").e164()).isEqualTo("+442079460958");
        assertThatThrownBy(() -> PhoneNumber.of("555")).hasMessage("is not a valid phone number");
    }

    @Property
    void anyStringIsAPhoneNumberInE164OrRefusedWithARule(@ForAll String raw) {
        try {
            assertThat(PhoneNumber.of(raw).e164()).matches("\\+[1-9]\\d{6,14}");
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isIn("is not a valid phone number", "is not a phone number");
        }
    }

    @Test
    void emailAddressesNeedADomainWithADotAndKeepTheLocalPart() {
        assertThat(EmailAddress.of(" Ada.L@Example.ORG ").value()).isEqualTo("Ada.L@example.org");
        for (String bad : List.of("ada", "ada@", "@example.org", "ada@localhost", "a b@example.org", "ada@@x.org")) {
            assertThat(accepted(() -> EmailAddress.of(bad))).as(bad).isFalse();
        }
    }

    @Property
    void anyStringIsAnEmailAddressOrRefusedWithARule(@ForAll String raw) {
        try {
            assertThat(EmailAddress.of(raw).value()).contains("@");
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isEqualTo("is not a valid e-mail address");
        }
    }

    private static boolean accepted(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }
}
