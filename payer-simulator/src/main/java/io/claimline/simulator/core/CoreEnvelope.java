package io.claimline.simulator.core;

import java.util.List;

/**
 * The CAQH CORE Connectivity Rule vC2.2.0 envelope as an HTTP MIME multipart form: its field names and the error
 * codes this simulator answers with ({@code <Field>Required}, {@code <Field>Illegal}, {@code VersionMismatch},
 * {@code UnAuthorized}, {@code Success}).
 */
public final class CoreEnvelope {

    public static final String PAYLOAD_TYPE = "PayloadType";
    public static final String PROCESSING_MODE = "ProcessingMode";
    public static final String PAYLOAD_ID = "PayloadID";
    public static final String TIME_STAMP = "TimeStamp";
    public static final String SENDER_ID = "SenderID";
    public static final String RECEIVER_ID = "ReceiverID";
    public static final String CORE_RULE_VERSION = "CORERuleVersion";
    public static final String PAYLOAD = "Payload";
    public static final String ERROR_CODE = "ErrorCode";
    public static final String ERROR_MESSAGE = "ErrorMessage";

    /** Every field a real-time request must carry, in the order they are checked. */
    public static final List<String> REQUEST_FIELDS = List.of(PAYLOAD_TYPE, PROCESSING_MODE, PAYLOAD_ID, TIME_STAMP,
            SENDER_ID, RECEIVER_ID, CORE_RULE_VERSION, PAYLOAD);

    public static final String REAL_TIME = "RealTime";
    public static final String RULE_VERSION = "2.2.0";

    public static final String SUCCESS = "Success";
    public static final String UNAUTHORIZED = "UnAuthorized";
    public static final String VERSION_MISMATCH = "VersionMismatch";

    private CoreEnvelope() {
    }

    public static String required(String field) {
        return field + "Required";
    }

    public static String illegal(String field) {
        return field + "Illegal";
    }
}
