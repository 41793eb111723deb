package io.claimline.patient.registry.command;

import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.platform.kernel.Fields;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a person's demographics must meet, apart from Axon so they are tested on their own. Every broken rule
 * is reported against its field; messages state the rule only, never the rejected value (it is PHI).
 */
public final class Demographics {

    static final int MAX_NAME_LENGTH = 60; // NM103/NM104 allow 60 and 35; the longer bound keeps legal names whole
    static final int MAX_AGE_YEARS = 130;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private Demographics() {
    }

    /** The person with names normalised, or an {@code InvalidFieldsException} naming every broken rule. */
    public static PersonDetails check(PersonDetails person, LocalDate today) {
        Fields fields = new Fields();
        PersonDetails checked = check(person, today, fields);
        fields.throwIfInvalid();
        return checked;
    }

    /** Checks into a caller's collector (e.g. a coverage's {@code subscriber}); null fields where rules broke. */
    public static PersonDetails check(PersonDetails person, LocalDate today, Fields fields) {
        String given = fields.required("givenName", person.givenName(), Demographics::name);
        String middle = fields.optional("middleName", person.middleName(), Demographics::name);
        String family = fields.required("familyName", person.familyName(), Demographics::name);
        String preferred = fields.optional("preferredName", person.preferredName(), Demographics::name);
        LocalDate born = person.dateOfBirth();
        if (born == null) {
            fields.check("dateOfBirth", false, "is required");
        } else {
            fields.check("dateOfBirth", !born.isAfter(today), "must not be in the future");
            fields.check("dateOfBirth", !born.isBefore(today.minusYears(MAX_AGE_YEARS)),
                    "must be within the last " + MAX_AGE_YEARS + " years");
        }
        String language = fields.optional("language", person.language(), Demographics::language);
        return new PersonDetails(given, middle, family, preferred, born, person.sex(), person.address(),
                person.phone(), person.email(), person.preferredContactMethod(), language);
    }

    static String name(String name) {
        // One spelling per name: "é" typed as one character or as e + accent is the same name (and the same 837).
        String trimmed = Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        if (trimmed.chars().anyMatch(Demographics::isBidiControl)) {
            // They reorder how a name is displayed, so one name could pass for another.
            throw new IllegalArgumentException("must not contain bidirectional control characters");
        }
        if (trimmed.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("must contain at least one letter");
        }
        return trimmed;
    }

    static String language(String code) {
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(normalised)) {
            throw new IllegalArgumentException("must be an ISO 639-1 language code such as en or es");
        }
        return normalised;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
