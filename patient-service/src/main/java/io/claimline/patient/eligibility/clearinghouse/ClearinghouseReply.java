package io.claimline.patient.eligibility.clearinghouse;

/**
 * The clearinghouse's answer envelope. {@code errorCode} is {@code Success} when the payload was processed: then
 * {@code payloadType} says whether {@code x12Payload} is a 271 ({@code X12_271_Response_005010X279A1}) or a 999
 * ({@code X12_999_Response_005010X231A1}). Otherwise it is a CORE error code ({@code UnAuthorized},
 * {@code <Field>Required}, {@code <Field>Illegal}, {@code VersionMismatch}) with {@code errorMessage} and no
 * payload. The payload holds PHI: this record's {@code toString} leaves it out.
 */
public record ClearinghouseReply(String payloadType, String payloadId, String errorCode, String errorMessage,
        String x12Payload) {

    public static final String SUCCESS = "Success";
    public static final String ELIGIBILITY_RESPONSE = "X12_271_Response_005010X279A1";
    public static final String ACKNOWLEDGEMENT = "X12_999_Response_005010X231A1";

    public boolean successful() {
        return SUCCESS.equals(errorCode);
    }

    @Override
    public String toString() {
        return "ClearinghouseReply[payloadType=" + payloadType + ", payloadId=" + payloadId + ", errorCode="
                + errorCode + ", errorMessage=" + errorMessage + ", x12Payload=("
                + (x12Payload == null ? 0 : x12Payload.length()) + " chars)]";
    }
}
