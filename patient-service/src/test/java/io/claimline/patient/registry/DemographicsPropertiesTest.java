package io.claimline.patient.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.command.Demographics;
import io.claimline.platform.kernel.InvalidFieldsException;
import java.text.Normalizer;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.constraints.DateRange;

/** The demographics rules on random and hostile input: accepted values come out normalised, refusals name fields. */
class DemographicsPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Property
    void anyInputIsAcceptedNormalisedOrRefusedNamingOnlyFields(@ForAll String given, @ForAll String family,
            @ForAll String language) {
        PersonDetails person = new PersonDetails(given, null, family, null, LocalDate.of(1980, 1, 1), null, null,
                null, null, null, language);
        try {
            PersonDetails checked = Demographics.check(person, TODAY);
            assertThat(checked.givenName()).isEqualTo(Normalizer.normalize(checked.givenName(), Normalizer.Form.NFC))
                    .doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(checked.givenName().codePoints().anyMatch(Character::isLetter)).isTrue();
        } catch (InvalidFieldsException refused) {
            assertThat(refused.problems()).allSatisfy(problem -> {
                assertThat(problem.field()).isIn("givenName", "familyName", "language");
                // The message is one of the rules, never built from the rejected value.
                assertThat(problem.message()).isIn("is required", "must be at most 60 characters",
                        "must not contain control characters", "must not contain bidirectional control characters",
                        "must contain at least one letter", "must be an ISO 639-1 language code such as en or es");
            });
        }
    }

    @Property
    void aNameWithLettersAndSpacesSurvivesCaseAndSpacing(
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String given) {
        PersonDetails checked = Demographics.check(PersonDetails.named("  " + given + "  ", "Lovelace",
                LocalDate.of(1980, 1, 1)), TODAY);
        assertThat(checked.givenName()).isEqualTo(given);
    }

    @Property
    void aDateOfBirthIsAcceptedExactlyWithinTheLast130YearsUpToToday(
            @ForAll @DateRange(min = "1850-01-01", max = "2100-12-31") LocalDate born) {
        boolean plausible = !born.isAfter(TODAY) && !born.isBefore(TODAY.minusYears(130));
        try {
            Demographics.check(PersonDetails.named("Ada", "Lovelace", born), TODAY);
            assertThat(plausible).isTrue();
        } catch (InvalidFieldsException refused) {
            assertThat(plausible).isFalse();
            assertThat(refused.problems()).extracting(InvalidFieldsException.Problem::field)
                    .containsOnly("dateOfBirth");
        }
    }
}
