package io.claimline.patient.eligibility.clearinghouse;

/**
 * One real-time submission: {@code payloadId} a UUID of the caller's (echoed in the reply), the CORE SenderID and
 * ReceiverID, and the X12 270. The payload holds PHI: this record's {@code toString} leaves it out.
 */
public record ClearinghouseRequest(String payloadId, String senderId, String receiverId, String x12Payload) {

    @Override
    public String toString() {
        return "ClearinghouseRequest[payloadId=" + payloadId + ", senderId=" + senderId + ", receiverId="
                + receiverId + ", x12Payload=(" + (x12Payload == null ? 0 : x12Payload.length()) + " chars)]";
    }
}
