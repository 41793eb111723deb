package io.claimline.patient.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The duplicate pair table: the pairs that must be listed for review and those that must not. The behaviour of
 * matching is fixed here; a change to the rule or the normalisation that moves a pair fails this table.
 */
class DuplicatePairsTest {

    private static final BlindKeys KEYS = new BlindKeys(new byte[32]);
    private static final String CLINIC = "clinic-001";
    private static final LocalDate BORN = LocalDate.of(1990, 4, 17);

    /** A record as matching sees it: demographics and the member ids of its coverages. */
    record Person(BlindKeys.Facts facts, List<String> memberIds) {

        static Person of(String given, String family, LocalDate born, String phone, String line1, String zip,
                String... memberIds) {
            return new Person(new BlindKeys.Facts(given, family, born, phone, line1, zip), List.of(memberIds));
        }

        Map<BlindKeyKind, Set<String>> keys() {
            Map<BlindKeyKind, Set<String>> keys = new EnumMap<>(BlindKeyKind.class);
            KEYS.of(CLINIC, facts).forEach((kind, digest) -> keys.put(kind, Set.of(digest)));
            if (!memberIds.isEmpty()) {
                keys.put(BlindKeyKind.MEMBER_ID,
                        Set.copyOf(memberIds.stream().map(id -> KEYS.memberId(CLINIC, id)).toList()));
            }
            return keys;
        }
    }

    static Stream<Arguments> mustMatch() {
        return Stream.of(
                Arguments.of("a typo in the family name, same date of birth and phone",
                        Person.of("Maria", "Gonzalez", BORN, "+12175550134", null, null),
                        Person.of("Maria", "Gonzales", BORN, "+12175550134", null, null)),
                Arguments.of("a typo that changes the sound of the family name, same date of birth and phone",
                        Person.of("Maria", "Gonzalez", BORN, "+12175550134", null, null),
                        Person.of("Maria", "Ganzolez", BORN, "+12175550134", null, null)),
                Arguments.of("a changed family name (marriage), same date of birth and member id",
                        Person.of("Jane", "Smith", BORN, null, null, null, "XGP12345678"),
                        Person.of("Jane", "Okafor", BORN, null, null, null, "xgp 1234 5678")),
                Arguments.of("the same name and date of birth, nothing else given",
                        Person.of("John", "Doe", BORN, null, null, null),
                        Person.of("Jon", "Doe", BORN, null, null, null)),
                Arguments.of("same name, a new birth date typed wrong, same street written differently",
                        Person.of("Ana", "Silva", BORN, null, "12 North Main Street", "62704"),
                        Person.of("Ana", "Silva", BORN.plusDays(1), null, "12 N Main St.", "62704-1234")),
                Arguments.of("accents and hyphens typed or not",
                        Person.of("José", "García-López", BORN, null, null, null),
                        Person.of("Jose", "Garcia Lopez", BORN, null, null, null)));
    }

    static Stream<Arguments> mustNotMatch() {
        return Stream.of(
                Arguments.of("twins: different given names, same family name, birth date, phone and address",
                        Person.of("Emma", "Brown", BORN, "+12175550134", "5 Elm Street", "62704", "XGP1-01"),
                        Person.of("Olivia", "Brown", BORN, "+12175550134", "5 Elm Street", "62704", "XGP1-02")),
                Arguments.of("the same name with a different date of birth and nothing else shared",
                        Person.of("John", "Smith", BORN, "+12175550134", null, null),
                        Person.of("John", "Smith", LocalDate.of(1962, 8, 3), "+13125550188", null, null)),
                Arguments.of("a parent and a child sharing phone and address",
                        Person.of("Robert", "Chen", LocalDate.of(1970, 2, 2), "+12175550134", "9 Oak Ave", "62704"),
                        Person.of("Lily", "Chen", LocalDate.of(2012, 6, 9), "+12175550134", "9 Oak Avenue",
                                "62704")),
                Arguments.of("strangers born the same day",
                        Person.of("Ada", "Lovelace", BORN, null, null, null),
                        Person.of("Alan", "Turing", BORN, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustMatch")
    void listsThePairForReview(String why, Person a, Person b) {
        assertThat(MatchRule.matches(a.keys(), b.keys())).as(why).isTrue();
        assertThat(MatchRule.matches(b.keys(), a.keys())).as(why + " (either way round)").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustNotMatch")
    void doesNotListThePair(String why, Person a, Person b) {
        assertThat(MatchRule.matches(a.keys(), b.keys())).as(why).isFalse();
        assertThat(MatchRule.matches(b.keys(), a.keys())).as(why + " (either way round)").isFalse();
    }

    @Test
    void keysOfOneClinicNeverEqualAnotherClinicsForTheSameValue() {
        var facts = new BlindKeys.Facts("Ada", "Lovelace", BORN, "+12175550134", "12 Main St", "62704");
        Map<BlindKeyKind, String> first = KEYS.of("clinic-001", facts);
        Map<BlindKeyKind, String> second = KEYS.of("clinic-002", facts);

        assertThat(first.keySet()).isEqualTo(second.keySet());
        first.forEach((kind, digest) -> assertThat(second.get(kind)).as(kind.name()).isNotEqualTo(digest));
    }

    @Test
    void keysDependOnTheMasterKeySoAGuessCannotBeTestedWithoutIt() {
        var facts = new BlindKeys.Facts("Ada", "Lovelace", BORN, null, null, null);
        byte[] otherMaster = new byte[32];
        otherMaster[0] = 1;

        assertThat(new BlindKeys(otherMaster).of(CLINIC, facts).get(BlindKeyKind.DATE_OF_BIRTH))
                .isNotEqualTo(KEYS.of(CLINIC, facts).get(BlindKeyKind.DATE_OF_BIRTH));
    }
}
