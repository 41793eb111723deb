package io.claimline.patient.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.patient.payer.api.ClaimFilingIndicators;
import io.claimline.patient.payer.api.PayerAddress;
import io.claimline.patient.payer.api.PayerDetails;
import io.claimline.patient.payer.command.PayerRules;
import io.claimline.platform.kernel.InvalidFieldsException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Random and hostile input against the payer rules: accepted values come out normalised, the rest is refused. */
class PayerRulesProperties {

    private static final String EDI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"&'()+,-./;?= ";

    @Provide
    Arbitrary<String> ediPayerIds() {
        return Arbitraries.strings().withChars(EDI_CHARACTERS.toCharArray()).ofMinLength(2).ofMaxLength(80)
                .filter(id -> id.strip().length() >= 2);
    }

    @Property
    void anEdiPayerIdOfX12BasicCharactersIsTakenStrippedAndUpperCased(@ForAll("ediPayerIds") String id) {
        String accepted = PayerRules.ediPayerId(id);

        assertThat(accepted).isEqualTo(id.strip().toUpperCase(Locale.ROOT));
        assertThat(PayerRules.ediPayerId(accepted)).as("one spelling").isEqualTo(accepted);
    }

    @Property
    void anyTextIsEitherAValidEdiPayerIdOrRefusedWithAReason(@ForAll @StringLength(max = 120) String text) {
        try {
            String accepted = PayerRules.ediPayerId(text);
            assertThat(accepted).hasSizeBetween(2, 80).matches("[A-Z0-9!\"&'()+,\\-./;?= ]+")
                    .doesNotStartWith(" ").doesNotEndWith(" ");
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).doesNotContain(text.isBlank() ? "\u0000" : text);
        }
    }

    @Property
    void anEdiPayerIdWithASeparatorOrAnotherCharacterIsRefused(@ForAll("ediPayerIds") String id,
            @ForAll("foreign") char foreign, @ForAll @IntRange(max = 79) int at) {
        String hostile = new StringBuilder(id).insert(Math.min(at, id.length()), foreign).toString();
        Assume.that(hostile.length() <= 80 && !Character.isWhitespace(foreign));

        assertThatThrownBy(() -> PayerRules.ediPayerId(hostile)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Character> foreign() {
        return Arbitraries.chars().filter(c -> EDI_CHARACTERS.indexOf(c) < 0);
    }

    @Property
    void everyFilingIndicatorOfTheSetIsTakenInAnyCase(@ForAll("indicators") String code, @ForAll boolean lower) {
        String sent = " " + (lower ? code.toLowerCase(Locale.ROOT) : code) + " ";

        assertThat(PayerRules.claimFilingIndicator(sent)).isEqualTo(code);
    }

    @Provide
    Arbitrary<String> indicators() {
        return Arbitraries.of(ClaimFilingIndicators.CODES.keySet());
    }

    @Property
    void anythingElseIsNotAFilingIndicator(@ForAll @StringLength(max = 5) String text) {
        Assume.that(!ClaimFilingIndicators.CODES.containsKey(text.strip().toUpperCase(Locale.ROOT)));

        assertThatThrownBy(() -> PayerRules.claimFilingIndicator(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aLimitIsTakenFromOneDayToThreeYears(@ForAll int days) {
        if (days >= 1 && days <= PayerRules.MAX_DAYS) {
            assertThat(PayerRules.days(days)).isEqualTo(days);
        } else {
            assertThatThrownBy(() -> PayerRules.days(days)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 500)
    void anyPayerIsEitherCheckedWholeOrRefusedFieldByField(@ForAll("text") String name,
            @ForAll("text") String ediPayerId, @ForAll("text") String indicator, @ForAll("days") Integer initial,
            @ForAll("days") Integer corrected, @ForAll("days") Integer appeal, @ForAll("text") String state,
            @ForAll("text") String zip, @ForAll("text") String phone, @ForAll("bools") Boolean electronic) {
        PayerDetails sent = new PayerDetails(name, ediPayerId, indicator, initial, corrected, appeal,
                new PayerAddress("1 Main St", null, "Hartford", state, zip), phone, electronic);
        try {
            PayerDetails checked = PayerRules.check(sent);
            assertThat(checked.ediPayerId()).isEqualTo(PayerRules.ediPayerId(ediPayerId));
            assertThat(PayerRules.check(checked)).as("checking is idempotent").isEqualTo(checked);
        } catch (InvalidFieldsException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.field())
                    .isIn("name", "ediPayerId", "claimFilingIndicator", "initialClaimDays", "correctedClaimDays",
                            "appealDays", "address.state", "address.postalCode", "phone", "acceptsElectronicClaims"));
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(90), Arbitraries.of("CI", "MB", "60054", "CT",
                "06101", "061011234", "+18005550100", "(860) 555-0100", "Aetna", " ", ""),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(1, 1095),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Boolean> bools() {
        return Arbitraries.of(true, false).injectNull(0.2);
    }
}
