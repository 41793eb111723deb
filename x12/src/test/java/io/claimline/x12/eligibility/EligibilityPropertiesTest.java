package io.claimline.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class EligibilityPropertiesTest {

    private static final List<String> VALID = List.of(Responses.activeSubscriber(), Responses.inactive(),
            Responses.unknownMember(), Responses.dependent());

    private final Eligibility271Reader reader = new Eligibility271Reader(new ReadLimits(64 * 1024, 2_000));

    /** The reader's whole contract: an answer or a rejection, never another exception. */
    private void readsOrRejects(String input) {
        try {
            EligibilityResponse response = reader.read(input);
            assertThat(response.status()).isNotNull();
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void mutatedResponsesAreReadOrRejected(@ForAll("mutations") String input) {
        readsOrRejects(input);
    }

    @Property(tries = 200)
    void truncatedResponsesAreReadOrRejected(@ForAll @IntRange(max = 3) int file, @ForAll @IntRange(max = 1500) int cut) {
        String valid = VALID.get(file);
        readsOrRejects(valid.substring(0, Math.min(cut, valid.length())));
    }

    @Property(tries = 200)
    void randomInputIsRejected(@ForAll @StringLength(max = 400) String input) {
        readsOrRejects(input);
        readsOrRejects("ISA*00*          *00*          *ZZ*X              *ZZ*Y              *260302*0942*^*00501*000000001*0*T*:~" + input);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> file = Arbitraries.of(VALID);
        Arbitrary<Character> character = Arbitraries.oneOf(
                Arbitraries.of('~', '*', ':', '^', '\n', ' ', '0', '9', 'A', 'Z', '-', '\u0000', '\u00e9'),
                Arbitraries.chars());
        return Combinators.combine(file, Arbitraries.integers().between(0, 10_000), character,
                Arbitraries.of(Mutation.values()), Arbitraries.integers().between(1, 30))
                .as((text, at, c, mutation, length) -> mutation.apply(text, at % text.length(), c, length));
    }

    enum Mutation {
        REPLACE, INSERT, DELETE, DUPLICATE;

        String apply(String text, int at, char c, int length) {
            int end = Math.min(text.length(), at + length);
            return switch (this) {
                case REPLACE -> text.substring(0, at) + c + text.substring(Math.min(text.length(), at + 1));
                case INSERT -> text.substring(0, at) + c + text.substring(at);
                case DELETE -> text.substring(0, at) + text.substring(end);
                case DUPLICATE -> text.substring(0, end) + text.substring(at);
            };
        }
    }

    @Property(tries = 200)
    void theWriterNeverEmitsASeparatorInsideAValue(@ForAll("names") String lastName, @ForAll("names") String firstName,
            @ForAll("names") String payerName, @ForAll("names") String organizationName) {
        EligibilityInquiry base = Inquiries.forSubscriber();
        EligibilityInquiry inquiry = new EligibilityInquiry(base.envelope(), base.bhtReference(),
                new InformationSource(payerName, "LHP01"),
                new InformationReceiver(organizationName, "1999999984"),
                new Person(lastName, firstName, "W900112233", LocalDate.of(1984, 7, 19), Sex.FEMALE),
                base.dependent(), base.traceNumber(), base.traceOriginatorId(), base.dateOfService(),
                base.serviceTypeCodes());

        String interchange = new Eligibility270Writer().write(inquiry);

        // Same segments and element counts whatever the names: nothing leaked a separator into a value.
        List<Segment> segments = X12Reader.read(interchange, EligibilityGuides.INQUIRY_270, ReadLimits.DEFAULT);
        assertThat(segments).hasSize(17);
        assertThat(interchange.chars().filter(c -> c == '~').count()).isEqualTo(17);
        assertThat(interchange.split("~")).filteredOn(s -> s.startsWith("NM1*")).allSatisfy(nm1 ->
                assertThat(nm1.chars().filter(c -> c == '*').count()).isEqualTo(9));
        assertThat(interchange).doesNotContainPattern("[^\\x20-\\x7e]");
    }

    /** Anything around at least one Latin letter (a name with no letter at all is refused, tested elsewhere). */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("abcXYZ ~*:^'-.\u00e9\u00f1\u00df\t\r\n").ofMaxLength(40));
        return Combinators.combine(noise, Arbitraries.chars().range('a', 'z'), noise)
                .as((before, letter, after) -> before + letter + after);
    }
}
