package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NpiCheckDigitsTest {

    private final NpiCheckDigits rule = new NpiCheckDigits();

    @Test
    void passesValidBillingAndRenderingNpis() {
        assertThat(rule.check(aClaim().build(), context())).isEmpty();
    }

    @Test
    void passesAClaimWithoutRenderingProvider() {
        assertThat(rule.check(aClaim().with(c -> {
            c.renderingProviderNpi = null;
            return c;
        }).build(), context())).isEmpty();
    }

    @Test
    void refusesABillingNpiWithAWrongCheckDigit() {
        List<ClaimEdit> edits = rule.check(aClaim().with(c -> c.billingProvider("1234567890", c.billingProvider
                .taxId(), c.billingProvider.address())).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(NpiCheckDigits.NAME);
            assertThat(edit.field()).isEqualTo("billingProvider.npi");
            assertThat(edit.problem()).contains("check digit").doesNotContain("1234567890");
            assertThat(edit.fix()).contains("NPPES");
        });
    }

    @Test
    void refusesARenderingNpiOfTheWrongLength() {
        List<ClaimEdit> edits = rule.check(aClaim().with(c -> {
            c.renderingProviderNpi = "123456789";
            return c;
        }).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.field()).isEqualTo("renderingProviderNpi");
            assertThat(edit.problem()).contains("10 digits");
        });
    }

    @Test
    void refusesTwoSwappedDigits() {
        // 1234567893 with 5 and 6 swapped: the Luhn check catches adjacent transpositions.
        assertThat(rule.check(aClaim().with(c -> {
            c.renderingProviderNpi = "1234657893";
            return c;
        }).build(), context())).extracting(ClaimEdit::field).containsExactly("renderingProviderNpi");
    }
}
