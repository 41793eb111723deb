package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the arithmetic and shape rules over many generated claims. jqwik is not on claims-service's test
 * path (a pom change outside this package), so the cases come from a seeded generator: the same 300 on every run.
 */
class ScrubPropertiesTest {

    private static final long SEED = 837L;

    record Generated(List<Line> lines, BigDecimal sum) {
    }

    static Stream<Generated> claims() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> {
            int count = random.nextInt(1, 51);
            List<Line> lines = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int l = 0; l < count; l++) {
                BigDecimal cents = BigDecimal.valueOf(random.nextLong(0, 10_000_000), 2);
                sum = sum.add(cents);
                int modifiers = random.nextInt(0, 6);
                int pointers = random.nextInt(0, 6);
                lines.add(new Line(SERVICE_DATE, "99213", List.of("25", "59", "GA", "XU", "76").subList(0, modifiers),
                        random.nextInt(-1, 4), IntStream.rangeClosed(1, pointers).boxed().toList(),
                        new Money(cents, Money.USD)));
            }
            return new Generated(lines, sum);
        });
    }

    @ParameterizedTest
    @MethodSource("claims")
    void aTotalPassesExactlyWhenItIsTheSumOfTheLines(Generated generated) {
        TotalEqualsLines rule = new TotalEqualsLines();
        ClaimToScrub balanced = aClaim().with(c -> {
            c.lines = generated.lines();
            c.totalCharge = new Money(generated.sum(), Money.USD);
            return c;
        }).build();
        ClaimToScrub offByACent = aClaim().with(c -> {
            c.lines = generated.lines();
            c.totalCharge = new Money(generated.sum().add(new BigDecimal("0.01")), Money.USD);
            return c;
        }).build();

        assertThat(rule.check(balanced, context())).isEmpty();
        assertThat(rule.check(offByACent, context())).extracting(ClaimEdit::field).containsExactly("totalCharge");
    }

    @ParameterizedTest
    @MethodSource("claims")
    void everyLineOutsideTheLimitsIsNamedAndNoOther(Generated generated) {
        ClaimToScrub claim = aClaim().diagnoses("E11.9", "I10", "E11.9", "I10", "E11.9").with(c -> {
            c.lines = generated.lines();
            return c;
        }).build();

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < generated.lines().size(); i++) {
            Line line = generated.lines().get(i);
            if (line.modifiers().size() > 4) {
                expected.add("lines[" + i + "].modifiers");
            }
            if (line.diagnosisPointers().isEmpty() || line.diagnosisPointers().size() > 4) {
                expected.add("lines[" + i + "].diagnosisPointers");
            }
            if (line.units() <= 0) {
                expected.add("lines[" + i + "].units");
            }
        }

        assertThat(new ClaimShape().check(claim, context())).extracting(ClaimEdit::field)
                .containsExactlyElementsOf(expected);
    }
}
