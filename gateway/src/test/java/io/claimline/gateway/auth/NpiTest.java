package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiTest {

    @Test
    void acceptsNpisWhoseCheckDigitIsTheLuhnDigitOverThe80840Prefix() {
        // 1234567893 is the example of the CMS NPI check-digit document; 1245319599 a published NPI.
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(Npi.isValid("1245319599")).isTrue();
        assertThat(Npi.isValid("1987654328")).isTrue();
    }

    @Test
    void computesTheCheckDigitOfNineBaseDigits() {
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
        assertThat(Npi.checkDigit("124531959")).isEqualTo(9);
        assertThat(Npi.checkDigit("198765432")).isEqualTo(8);
    }

    @Test
    void refusesAnyOtherCheckDigit() {
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(Npi.isValid("123456789" + digit)).as("check digit %d", digit).isEqualTo(digit == 3);
        }
    }

    @Test
    void checksThePrefixToo() {
        // Plain Luhn over the ten digits alone (no 80840 prefix) would accept 1234567897 instead.
        assertThat(Npi.isValid("1234567897")).isFalse();
    }

    @Test
    void refusesAnythingButTenDigits() {
        assertThat(Npi.isValid(null)).isFalse();
        assertThat(Npi.isValid("")).isFalse();
        assertThat(Npi.isValid("123456789")).isFalse();
        assertThat(Npi.isValid("01234567893")).isFalse();
        assertThat(Npi.isValid("12345678a3")).isFalse();
        assertThat(Npi.isValid(" 1234567893")).isFalse();
    }
}
