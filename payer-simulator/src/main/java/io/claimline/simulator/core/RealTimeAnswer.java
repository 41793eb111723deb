package io.claimline.simulator.core;

/**
 * The envelope fields of an answer: an X12 payload with its type and {@code Success}, or an error code of the
 * CORE rule with a message (no PHI) and no payload.
 */
public record RealTimeAnswer(String payloadType, String payload, String errorCode, String errorMessage) {

    public static RealTimeAnswer success(String payloadType, String payload) {
        return new RealTimeAnswer(payloadType, payload, CoreEnvelope.SUCCESS, "");
    }

    public static RealTimeAnswer error(String payloadType, String errorCode, String errorMessage) {
        return new RealTimeAnswer(payloadType, "", errorCode, errorMessage);
    }
}
