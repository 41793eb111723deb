package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.BILLING_NPI;
import static io.claimline.claims.scrubber.ScrubFixtures.RENDERING_NPI;
import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.TODAY;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.codeSets;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.claims.scrubber.DuplicateClaims.Key;
import io.claimline.claims.scrubber.DuplicateClaims.Service;
import io.claimline.platform.kernel.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateClaimTest {

    private final DuplicateClaim rule = new DuplicateClaim();

    /** Claims already on file, by key: what the claims read model will answer. */
    private final Map<Key, String> onFile = new HashMap<>();
    private final DuplicateClaims duplicates = (key, excluding) -> Optional.ofNullable(onFile.get(key))
            .filter(id -> !id.equals(excluding));
    private final ScrubContext context = new ScrubContext(TODAY, codeSets(), duplicates);

    private void fileClaim(String claimId, ClaimToScrub claim) {
        onFile.put(DuplicateClaim.key(claim).orElseThrow(), claimId);
    }

    @Test
    void passesAClaimWithNoOtherForTheSameService() {
        fileClaim("claim-0", aClaim().on(SERVICE_DATE.minusDays(7)).build());

        assertThat(rule.check(aClaim().build(), context)).isEmpty();
    }

    @Test
    void refusesAClaimForTheSameServiceAsAnother() {
        fileClaim("claim-0", aClaim().build());

        List<ClaimEdit> edits = rule.check(aClaim().with(c -> {
            c.claimId = "claim-1";
            return c;
        }).build(), context);

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(DuplicateClaim.NAME);
            assertThat(edit.field()).isEqualTo("lines");
            assertThat(edit.problem()).isEqualTo("Claim claim-0 is already for the same patient, rendering"
                    + " provider, date of service and procedure codes.");
            assertThat(edit.fix()).contains("76");
        });
    }

    @Test
    void neverCallsAClaimItsOwnDuplicate() {
        fileClaim("claim-1", aClaim().build());

        assertThat(rule.check(aClaim().build(), context)).isEmpty();
    }

    @Test
    void matchesWhateverTheLineOrderAndSpelling() {
        fileClaim("claim-0", aClaim().build());
        ClaimToScrub reordered = aClaim().with(c -> {
            c.claimId = null;
            c.lines = List.of(
                    new Line(SERVICE_DATE, " 36415", List.of(), 1, List.of(1), Money.usd("20.00")),
                    new Line(SERVICE_DATE, "99213", List.of(), 1, List.of(1, 2), Money.usd("125.00")));
            return c;
        }).build();

        assertThat(rule.check(reordered, context)).extracting(ClaimEdit::field).containsExactly("lines");
    }

    @Test
    void passesARepeatMarkedWithAModifier() {
        fileClaim("claim-0", aClaim().build());
        ClaimToScrub repeat = aClaim().with(c -> {
            c.claimId = "claim-2";
            c.lines = List.of(c.lines.get(0), new Line(SERVICE_DATE, "36415", List.of("91"), 1, List.of(1),
                    Money.usd("20.00")));
            return c;
        }).build();

        assertThat(rule.check(repeat, context)).isEmpty();
    }

    @Test
    void asksWithTheBillingNpiWhenNoRenderingProviderIsNamed() {
        ClaimToScrub claim = aClaim().with(c -> {
            c.renderingProviderNpi = null;
            return c;
        }).build();

        assertThat(DuplicateClaim.key(claim)).get().satisfies(key -> {
            assertThat(key.renderingProviderNpi()).isEqualTo(BILLING_NPI);
            assertThat(key.dateOfService()).isEqualTo(SERVICE_DATE);
            assertThat(key.services()).containsExactly(new Service("36415", List.of()),
                    new Service("99213", List.of()));
        });
        assertThat(DuplicateClaim.key(aClaim().build())).get().extracting(Key::renderingProviderNpi)
                .isEqualTo(RENDERING_NPI);
    }

    @Test
    void asksNothingWhileThePatientIsMissing() {
        ClaimToScrub claim = aClaim().with(c -> {
            c.patientId = null;
            return c;
        }).build();

        assertThat(DuplicateClaim.key(claim)).isEmpty();
        assertThat(rule.check(claim, new ScrubContext(TODAY, codeSets(), (key, excluding) -> {
            throw new AssertionError("not asked");
        }))).isEmpty();
    }
}
