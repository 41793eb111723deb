package io.claimline.simulator.eligibility;

import io.claimline.simulator.config.SimulatorProperties;
import io.claimline.simulator.core.CoreEnvelope;
import io.claimline.simulator.core.RealTimeAnswer;
import io.claimline.simulator.core.RealTimeTransaction;
import io.claimline.simulator.x12.ControlNumbers;
import io.claimline.simulator.x12.ImplementationAcknowledgement;
import io.claimline.simulator.x12.InterchangeParties;
import io.claimline.simulator.x12.UnreadableX12Exception;
import io.claimline.simulator.x12.X12Reader;
import io.claimline.simulator.x12.X12Reading;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * Answers a CORE real-time 270: a 271 by the configured rules when it conforms, a 999 that names the segment when
 * it does not, and an envelope error ({@code PayloadIllegal}) when it cannot be read as an interchange at all.
 * Counts each answer by outcome (active, inactive, rejected, invalid); never logs the payload.
 */
@Component
class EligibilityResponder implements RealTimeTransaction {

    static final String REQUEST = "X12_270_Request_005010X279A1";
    static final String RESPONSE = "X12_271_Response_005010X279A1";
    static final String ACKNOWLEDGEMENT = "X12_999_Response_005010X231A1";

    private final EligibilityRules rules;
    private final SimulatorProperties simulator;
    private final ControlNumbers controlNumbers;
    private final Clock clock;
    private final MeterRegistry meters;

    EligibilityResponder(EligibilityRules rules, SimulatorProperties simulator, ControlNumbers controlNumbers,
            Clock clock, MeterRegistry meters) {
        this.rules = rules;
        this.simulator = simulator;
        this.controlNumbers = controlNumbers;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public String requestPayloadType() {
        return REQUEST;
    }

    @Override
    public RealTimeAnswer answer(String payload) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        X12Reading reading;
        try {
            reading = new X12Reader(simulator.maxSegments()).read(payload);
        } catch (UnreadableX12Exception e) {
            return unreadable(e);
        }
        InterchangeParties parties = InterchangeParties.answering(reading.segments().get(0),
                reading.segments().size() > 1 ? reading.segments().get(1) : null, "ZZ", simulator.interchangeId());
        try {
            EligibilityInquiry inquiry = new Inquiry270Reader().read(reading);
            EligibilityDecision decision = EligibilityDecision.decide(rules, inquiry);
            count(decision.metricOutcome());
            return RealTimeAnswer.success(RESPONSE,
                    Response271Writer.write(inquiry, decision, parties, controlNumbers.next(), now));
        } catch (InquiryRejected rejected) {
            count("invalid");
            return new RealTimeAnswer(ACKNOWLEDGEMENT, ImplementationAcknowledgement.reject(parties,
                    controlNumbers.next(), now, rejected.gs(), rejected.st(), rejected.problems(),
                    rejected.setErrorCode()), CoreEnvelope.SUCCESS, rejected.getMessage());
        } catch (UnreadableX12Exception e) {
            return unreadable(e);
        }
    }

    private RealTimeAnswer unreadable(UnreadableX12Exception e) {
        count("invalid");
        return RealTimeAnswer.error("", CoreEnvelope.illegal(CoreEnvelope.PAYLOAD),
                "the payload is not a conforming X12 interchange: segment " + e.segmentPosition() + ": "
                        + e.getMessage());
    }

    private void count(String outcome) {
        meters.counter("claimline.simulator.eligibility.requests", "outcome", outcome).increment();
    }
}
