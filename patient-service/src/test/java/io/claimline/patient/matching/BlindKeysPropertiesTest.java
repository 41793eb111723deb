package io.claimline.patient.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Normalisation properties: how a value is typed must not change its key; hostile input never breaks it. */
class BlindKeysPropertiesTest {

    private final BlindKeys keys = new BlindKeys(new byte[32]);

    @Property
    void caseAndSurroundingSpacesDoNotChangeANameKey(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String given,
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String family) {
        assertThat(keys.name("c", "  " + family.toUpperCase(Locale.ROOT) + " ", given.toLowerCase(Locale.ROOT)))
                .isEqualTo(keys.name("c", family.toLowerCase(Locale.ROOT), " " + given.toUpperCase(Locale.ROOT)));
    }

    @Property
    void anyStringYieldsAKeyOrNoneButNeverFails(@ForAll String given, @ForAll String family, @ForAll String line) {
        var result = keys.of("c", new BlindKeys.Facts(given, family, LocalDate.of(2000, 1, 1), null, line, "62704"));

        assertThat(result).containsKey(BlindKeyKind.DATE_OF_BIRTH);
        result.values().forEach(digest -> assertThat(digest).hasSize(43));
    }

    @Property
    void spacesAndCaseDoNotChangeAMemberIdKey(@ForAll @AlphaChars @StringLength(min = 2, max = 20) String id) {
        assertThat(keys.memberId("c", " " + id.toLowerCase(Locale.ROOT) + " "))
                .isEqualTo(keys.memberId("c", id.toUpperCase(Locale.ROOT)));
    }

    @Property
    void aStreetKeyIgnoresPunctuationAndTheUspsSuffixSpelling(
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String name) {
        assertThat(BlindKeys.street("12 " + name + " Street, Apt. 4"))
                .isEqualTo(BlindKeys.street("12 " + name.toUpperCase(Locale.ROOT) + " st apt 4"));
    }
}
