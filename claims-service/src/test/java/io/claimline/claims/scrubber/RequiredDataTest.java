package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static io.claimline.claims.scrubber.ScrubFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Address;
import io.claimline.claims.scrubber.ClaimToScrub.Coverage;
import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.claims.scrubber.ClaimToScrub.Payer;
import io.claimline.claims.scrubber.ClaimToScrub.Subscriber;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredDataTest {

    private final RequiredData rule = new RequiredData();

    private List<String> fields(ScrubFixtures.ClaimBuilder claim) {
        return rule.check(claim.build(), context()).stream().map(ClaimEdit::field).toList();
    }

    @Test
    void passesAClaimWithEverythingAPayerNeeds() {
        assertThat(rule.check(aClaim().build(), context())).isEmpty();
    }

    @Test
    void namesEveryMissingFieldOfAnEmptyClaim() {
        ClaimToScrub empty = new ClaimToScrub(null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(new Line(null, " ", null, 1, null, null)), null);

        List<ClaimEdit> edits = rule.check(empty, context());

        assertThat(edits).extracting(ClaimEdit::field).containsExactly("patientControlNumber", "billingProvider.npi",
                "billingProvider.taxId", "billingProvider.address.line1", "billingProvider.address.city",
                "billingProvider.address.state", "billingProvider.address.postalCode", "subscriber.memberId",
                "subscriber.dateOfBirth", "payer.payerId", "diagnoses", "serviceFrom", "serviceTo", "placeOfService",
                "totalCharge", "lines[0].procedureCode", "lines[0].charge");
        assertThat(edits).allSatisfy(edit -> {
            assertThat(edit.rule()).isEqualTo(RequiredData.NAME);
            assertThat(edit.problem()).isNotBlank();
            assertThat(edit.fix()).isNotBlank();
        });
    }

    @Test
    void refusesABillingProviderWithoutNpi() {
        assertThat(fields(aClaim().with(c -> c.billingProvider(" ", "123456789", c.billingProvider.address()))))
                .containsExactly("billingProvider.npi");
    }

    @Test
    void refusesATaxIdThatIsNotNineDigits() {
        assertThat(fields(aClaim().with(c -> c.billingProvider(c.billingProvider.npi(), "12-34567",
                c.billingProvider.address())))).containsExactly("billingProvider.taxId");
    }

    @Test
    void acceptsATaxIdWithOrWithoutTheHyphen() {
        assertThat(fields(aClaim().with(c -> c.billingProvider(c.billingProvider.npi(), "123456789",
                c.billingProvider.address())))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PO Box 12", "P.O. Box 12", "p o box 12", "Post Office Box 12"})
    void refusesAPoBoxAsTheBillingProvidersAddress(String line1) {
        List<ClaimEdit> edits = rule.check(aClaim()
                .billingAddress(new Address(line1, null, "Springfield", "IL", "627011234")).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.field()).isEqualTo("billingProvider.address.line1");
            assertThat(edit.problem()).contains("PO box");
            assertThat(edit.fix()).contains("pay-to address");
        });
    }

    @Test
    void acceptsAStreetNamedLikeABox() {
        assertThat(fields(aClaim().billingAddress(new Address("12 Boxwood Road", null, "Springfield", "IL",
                "62701-1234")))).isEmpty();
    }

    @Test
    void refusesAFiveDigitZipForTheBillingProvider() {
        assertThat(fields(aClaim().billingAddress(new Address("100 Main Street", null, "Springfield", "IL",
                "62701")))).containsExactly("billingProvider.address.postalCode");
    }

    @Test
    void refusesAMissingSubscriberMemberIdAndDateOfBirth() {
        assertThat(fields(aClaim().with(c -> {
            c.subscriber = new Subscriber("", null);
            return c;
        }))).containsExactly("subscriber.memberId", "subscriber.dateOfBirth");
    }

    @Test
    void refusesAClaimWithoutPayer() {
        assertThat(fields(aClaim().with(c -> {
            c.payer = new Payer(null, 90);
            return c;
        }))).containsExactly("payer.payerId");
    }

    @Test
    void refusesAClaimWithoutDiagnoses() {
        assertThat(fields(aClaim().diagnoses())).containsExactly("diagnoses");
    }

    @Test
    void refusesAClaimWithoutServiceDates() {
        assertThat(fields(aClaim().with(c -> {
            c.serviceFrom = null;
            c.serviceTo = null;
            return c;
        }))).containsExactly("serviceFrom", "serviceTo");
    }

    @Test
    void refusesALineWithoutCodeOrCharge() {
        assertThat(fields(aClaim().with(c -> {
            c.lines = List.of(line("99213", "125.00", 1), new Line(null, null, List.of(), 1, List.of(1), null));
            return c;
        }))).containsExactly("lines[1].procedureCode", "lines[1].charge");
    }

    @Test
    void saysNothingOfTheCoverageWhichOtherRulesCheck() {
        assertThat(fields(aClaim().with(c -> {
            c.coverage = new Coverage(null, null, null);
            c.renderingProviderNpi = null;
            return c;
        }))).isEmpty();
    }
}
