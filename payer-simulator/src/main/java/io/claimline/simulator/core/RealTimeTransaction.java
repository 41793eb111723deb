package io.claimline.simulator.core;

/**
 * One kind of real-time request the simulator answers (a 270 today; a 276 could follow), chosen by the envelope's
 * PayloadType. Implementations never throw for bad payloads: they answer them.
 */
public interface RealTimeTransaction {

    /** The PayloadType it answers, e.g. {@code X12_270_Request_005010X279A1}. */
    String requestPayloadType();

    RealTimeAnswer answer(String payload);
}
