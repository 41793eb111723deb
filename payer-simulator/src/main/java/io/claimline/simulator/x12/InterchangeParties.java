package io.claimline.simulator.x12;

/**
 * Who an answer's envelope names: the answering side (ISA05/06, GS02) and the side that asked (ISA07/08, GS03),
 * and the usage indicator (ISA15, echoed: a test interchange is answered as a test).
 */
public record InterchangeParties(String senderQualifier, String senderId, String receiverQualifier,
        String receiverId, String groupSender, String groupReceiver, String usage) {

    /** The parties of an answer to {@code isa}/{@code gs}: their sender becomes our receiver. */
    public static InterchangeParties answering(Segment isa, Segment gs, String ourQualifier, String ourId) {
        String usage = isa.element(15).strip();
        return new InterchangeParties(ourQualifier, ourId, or(isa.element(5).strip(), "ZZ"),
                or(isa.element(6).strip(), "UNKNOWN"), ourId, or(gs == null ? "" : gs.element(2).strip(), "UNKNOWN"),
                usage.equals("T") ? "T" : "P");
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }
}
