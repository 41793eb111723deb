package io.claimline.simulator.eligibility;

import io.claimline.simulator.eligibility.EligibilityRules.Outcome;
import io.claimline.simulator.eligibility.EligibilityRules.Plan;
import io.claimline.simulator.eligibility.EligibilityRules.Rule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What the payer answers to one inquiry: coverage (active or inactive, with the plan) or a request validation
 * (AAA, with its reject reason code).
 *
 * @param rejectReason AAA03: 72 invalid/missing member id, 75 subscriber not found, 71 date of birth does not
 *                     match, 58 invalid/missing date of birth; null when coverage is answered
 */
public record EligibilityDecision(Outcome outcome, Plan plan, String rejectReason) {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** The metric outcome: active, inactive or rejected (AAA). */
    public String metricOutcome() {
        return rejectReason != null ? "rejected" : outcome == Outcome.ACTIVE ? "active" : "inactive";
    }

    static EligibilityDecision decide(EligibilityRules rules, EligibilityInquiry inquiry) {
        String memberId = inquiry.subscriber().memberId();
        if (memberId == null || memberId.isBlank()) {
            return new EligibilityDecision(Outcome.UNKNOWN_MEMBER, null, "72");
        }
        Optional<Rule> matched = rules.match(inquiry.payer().id(), memberId);
        if (matched.isEmpty() || matched.get().outcome() == Outcome.UNKNOWN_MEMBER) {
            return new EligibilityDecision(Outcome.UNKNOWN_MEMBER, null, "75");
        }
        Rule rule = matched.get();
        if (rule.dateOfBirth() != null) {
            String given = inquiry.subscriber().birthDate();
            if (given == null || given.isEmpty()) {
                return new EligibilityDecision(rule.outcome(), null, "58");
            }
            if (!given.equals(rule.dateOfBirth().format(CCYYMMDD))) {
                return new EligibilityDecision(rule.outcome(), null, "71");
            }
        }
        return new EligibilityDecision(rule.outcome(), rule.plan(), null);
    }

    static String date(LocalDate date) {
        return date.format(CCYYMMDD);
    }
}
