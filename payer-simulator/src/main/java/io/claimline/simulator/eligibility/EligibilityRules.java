package io.claimline.simulator.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the simulated payer answers 270s ({@code claimline.simulator.eligibility.rules}): the first rule that matches
 * the member id (exact, prefix or regular expression) and, when it names one, the payer id decides the answer. A
 * member no rule matches is unknown. Defaults: application.yml.
 */
@ConfigurationProperties("claimline.simulator.eligibility")
public record EligibilityRules(List<Rule> rules) {

    public EligibilityRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
        rules.forEach(Rule::check);
    }

    public Optional<Rule> match(String payerId, String memberId) {
        return rules.stream().filter(rule -> rule.matches(payerId, memberId)).findFirst();
    }

    /** What a rule answers. */
    public enum Outcome {
        ACTIVE, INACTIVE, UNKNOWN_MEMBER
    }

    /**
     * One rule. {@code dateOfBirth}: when set, a subscriber whose DMG02 differs is answered AAA 71, and one without
     * DMG AAA 58.
     */
    public record Rule(String name, String memberId, String memberIdPrefix, String memberIdPattern, String payerId,
            Outcome outcome, LocalDate dateOfBirth, Plan plan) {

        void check() {
            int matchers = (memberId == null ? 0 : 1) + (memberIdPrefix == null ? 0 : 1)
                    + (memberIdPattern == null ? 0 : 1);
            if (matchers != 1) {
                throw new IllegalArgumentException("eligibility rule '" + name + "' needs exactly one of member-id, "
                        + "member-id-prefix, member-id-pattern");
            }
            if (outcome == null) {
                throw new IllegalArgumentException("eligibility rule '" + name + "' needs an outcome");
            }
            if (outcome != Outcome.UNKNOWN_MEMBER && plan == null) {
                throw new IllegalArgumentException("eligibility rule '" + name + "' needs a plan");
            }
            if (plan != null && (plan.name() == null || plan.begin() == null)) {
                throw new IllegalArgumentException("eligibility rule '" + name + "' needs plan.name and plan.begin");
            }
            if (outcome == Outcome.INACTIVE && plan.end() == null) {
                throw new IllegalArgumentException("eligibility rule '" + name + "' (inactive) needs plan.end");
            }
            if (memberIdPattern != null) {
                Pattern.compile(memberIdPattern);
            }
        }

        boolean matches(String payer, String member) {
            if (payerId != null && !payerId.equals(payer)) {
                return false;
            }
            if (memberId != null) {
                return memberId.equals(member);
            }
            if (memberIdPrefix != null) {
                return member.startsWith(memberIdPrefix);
            }
            return Pattern.compile(memberIdPattern).matcher(member).matches();
        }
    }

    /**
     * The plan a rule answers with. Amounts in dollars; {@code coinsurance} a fraction (0.20 = 20 %);
     * {@code inNetwork} is EB12 (Y in network, N out of network).
     */
    public record Plan(String name, LocalDate begin, LocalDate end, BigDecimal copay, BigDecimal coinsurance,
            BigDecimal deductible, BigDecimal deductibleRemaining, BigDecimal outOfPocket,
            BigDecimal outOfPocketRemaining, Boolean inNetwork) {

        public boolean network() {
            return inNetwork == null || inNetwork;
        }
    }
}
