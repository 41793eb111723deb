package io.claimline.patient.eligibility;

import io.claimline.x12.Envelope;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this clinic group is known to its clearinghouse in 270 envelopes ({@code claimline.eligibility.*}).
 *
 * @param traceOriginatorId TRN03 of our traces: "1" followed by the submitter's 9-digit EIN (10 characters)
 */
@ConfigurationProperties("claimline.eligibility")
public record EligibilitySettings(String senderQualifier, String senderId, String receiverQualifier,
        String receiverId, Envelope.Usage usage, String applicationSenderCode, String applicationReceiverCode,
        String traceOriginatorId) {
}
