package io.claimline.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12RejectedException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class AckPropertiesTest {

    private static final List<String> VALID = List.of(Acks.load("999-accepted.edi"), Acks.load("999-rejected.edi"),
            Acks.load("ta1-accepted.edi"), Acks.load("ta1-rejected.edi"));

    private static final ReadLimits LIMITS = new ReadLimits(64 * 1024, 2_000);
    private final Ack999Reader ack999 = new Ack999Reader(LIMITS);
    private final Ta1Reader ta1 = new Ta1Reader(LIMITS);

    /** Both readers' whole contract: an answer or a rejection with reasons, never another exception. */
    private void readsOrRejects(String input) {
        try {
            assertThat(ack999.read(input).status()).isNotNull();
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
        try {
            assertThat(ta1.read(input).status()).isNotNull();
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void mutatedAcknowledgementsAreReadOrRejected(@ForAll("mutations") String input) {
        readsOrRejects(input);
    }

    @Property(tries = 200)
    void truncatedAcknowledgementsAreReadOrRejected(@ForAll @IntRange(max = 3) int file,
            @ForAll @IntRange(max = 800) int cut) {
        String valid = VALID.get(file);
        readsOrRejects(valid.substring(0, Math.min(cut, valid.length())));
    }

    @Property(tries = 100)
    void randomInputIsRejected(@ForAll @StringLength(max = 300) String input) {
        readsOrRejects(input);
        readsOrRejects("ISA*00*          *00*          *ZZ*X              *ZZ*Y              *260302*0942*^*00501*000000001*0*T*:~" + input);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> file = Arbitraries.of(VALID);
        Arbitrary<Character> character = Arbitraries.oneOf(
                Arbitraries.of('~', '*', ':', '^', '|', '!', '\n', '0', '9', 'A', 'R', 'Z', '\u0000'),
                Arbitraries.chars());
        return Combinators.combine(file, Arbitraries.integers().between(0, 10_000), character,
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 20))
                .as((text, at, c, kind, length) -> {
                    int i = at % text.length();
                    return switch (kind) {
                        case 0 -> text.substring(0, i) + c + text.substring(Math.min(text.length(), i + 1));
                        case 1 -> text.substring(0, i) + c + text.substring(i);
                        default -> text.substring(0, i) + text.substring(Math.min(text.length(), i + length));
                    };
                });
    }
}
