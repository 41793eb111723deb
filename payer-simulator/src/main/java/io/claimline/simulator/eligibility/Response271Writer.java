package io.claimline.simulator.eligibility;

import static io.claimline.simulator.eligibility.EligibilityDecision.date;

import io.claimline.simulator.eligibility.EligibilityInquiry.Party;
import io.claimline.simulator.eligibility.EligibilityInquiry.Person;
import io.claimline.simulator.eligibility.EligibilityInquiry.Trace;
import io.claimline.simulator.eligibility.EligibilityRules.Outcome;
import io.claimline.simulator.eligibility.EligibilityRules.Plan;
import io.claimline.simulator.x12.InterchangeParties;
import io.claimline.simulator.x12.X12Output;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes the 271 (005010X279A1) that answers one inquiry: the information source and receiver echoed, the
 * subscriber (and dependent) echoed with their traces as TRN*2, then either the plan's dates and benefits (EB) at
 * the patient's level, or an AAA at the subscriber when the request is refused.
 */
final class Response271Writer {

    private static final String SERVICE_TYPE = "30"; // health benefit plan coverage
    private static final String INDIVIDUAL = "IND";
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private Response271Writer() {
    }

    static String write(EligibilityInquiry inquiry, EligibilityDecision decision, InterchangeParties parties,
            long controlNumber, ZonedDateTime at) {
        X12Output out = new X12Output(parties, controlNumber, at, "HB", "271", Inquiry270Reader.IMPLEMENTATION);
        out.segment("BHT", "0022", "11", inquiry.referenceId(), date(at.toLocalDate()),
                at.format(HHMM));
        out.segment("HL", "1", "", "20", "1");
        Party payer = inquiry.payer();
        out.segment("NM1", "PR", "2", payer.lastName(), "", "", "", "", payer.idQualifier(), payer.id());
        out.segment("HL", "2", "1", "21", "1");
        Party receiver = inquiry.receiver();
        out.segment("NM1", receiver.code(), receiver.entityType(), receiver.lastName(), receiver.firstName(), "",
                "", "", receiver.idQualifier(), receiver.id());
        out.segment("HL", "3", "2", "22", inquiry.hasDependent() ? "1" : "0");
        Person subscriber = inquiry.subscriber();
        trace(out, subscriber.trace());
        out.segment("NM1", "IL", "1", subscriber.lastName(), subscriber.firstName(), subscriber.middleName(), "", "",
                subscriber.memberId().isEmpty() ? "" : "MI", subscriber.memberId());
        if (decision.rejectReason() != null) {
            out.segment("AAA", "N", "", decision.rejectReason(), "C");
        }
        demographics(out, subscriber);
        if (!inquiry.hasDependent()) {
            coverage(out, decision);
        } else {
            Person dependent = inquiry.dependent();
            out.segment("HL", "4", "3", "23", "0");
            trace(out, dependent.trace());
            out.segment("NM1", "03", "1", dependent.lastName(), dependent.firstName(), dependent.middleName());
            demographics(out, dependent);
            coverage(out, decision);
        }
        return out.finish();
    }

    private static void trace(X12Output out, Trace trace) {
        if (trace != null) {
            out.segment("TRN", "2", trace.number(), trace.originator(), trace.supplemental());
        }
    }

    private static void demographics(X12Output out, Person person) {
        if (!person.birthDate().isEmpty()) {
            out.segment("DMG", "D8", person.birthDate(), person.gender());
        }
    }

    /** The plan's dates (2100C/D) and its benefits (2110C/D), unless the request was refused. */
    private static void coverage(X12Output out, EligibilityDecision decision) {
        Plan plan = decision.plan();
        if (decision.rejectReason() != null || plan == null) {
            return;
        }
        out.segment("DTP", "346", "D8", date(plan.begin()));
        if (plan.end() != null) {
            out.segment("DTP", "347", "D8", date(plan.end()));
        }
        boolean active = decision.outcome() == Outcome.ACTIVE;
        out.segment("EB", active ? "1" : "6", INDIVIDUAL, SERVICE_TYPE, "", plan.name());
        if (!active) {
            return;
        }
        String network = plan.network() ? "Y" : "N";
        if (plan.copay() != null) {
            out.segment("EB", "B", INDIVIDUAL, SERVICE_TYPE, "", "", "27", amount(plan.copay()), "", "", "", "",
                    network);
        }
        if (plan.coinsurance() != null) {
            out.segment("EB", "A", INDIVIDUAL, SERVICE_TYPE, "", "", "", "", amount(plan.coinsurance()), "", "", "",
                    network);
        }
        accumulator(out, "C", plan.deductible(), plan.deductibleRemaining(), network);
        accumulator(out, "G", plan.outOfPocket(), plan.outOfPocketRemaining(), network);
    }

    /** EB06 23: for the calendar year; 29: what remains of it. */
    private static void accumulator(X12Output out, String code, BigDecimal total, BigDecimal remaining,
            String network) {
        if (total != null) {
            out.segment("EB", code, INDIVIDUAL, SERVICE_TYPE, "", "", "23", amount(total), "", "", "", "", network);
        }
        if (remaining != null) {
            out.segment("EB", code, INDIVIDUAL, SERVICE_TYPE, "", "", "29", amount(remaining), "", "", "", "",
                    network);
        }
    }

    /** X12 decimals carry no superfluous zeros: 25.00 is "25", 0.20 is "0.2". */
    static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
