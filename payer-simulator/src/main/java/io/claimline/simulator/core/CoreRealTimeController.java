package io.claimline.simulator.core;

import static io.claimline.simulator.core.CoreEnvelope.CORE_RULE_VERSION;
import static io.claimline.simulator.core.CoreEnvelope.ERROR_CODE;
import static io.claimline.simulator.core.CoreEnvelope.ERROR_MESSAGE;
import static io.claimline.simulator.core.CoreEnvelope.PAYLOAD;
import static io.claimline.simulator.core.CoreEnvelope.PAYLOAD_ID;
import static io.claimline.simulator.core.CoreEnvelope.PAYLOAD_TYPE;
import static io.claimline.simulator.core.CoreEnvelope.PROCESSING_MODE;
import static io.claimline.simulator.core.CoreEnvelope.RECEIVER_ID;
import static io.claimline.simulator.core.CoreEnvelope.SENDER_ID;
import static io.claimline.simulator.core.CoreEnvelope.TIME_STAMP;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * CAQH CORE real-time connectivity over HTTP MIME multipart ({@code POST /core/realtime}): checks the submitter
 * (HTTP Basic) and the envelope, hands the payload to the {@link RealTimeTransaction} of its PayloadType and answers
 * with a multipart envelope that echoes PayloadID. HTTP 200 when the envelope was processed (the payload may still
 * be a 999), 400 for an envelope error, 401 for a refused submitter.
 */
@RestController
public class CoreRealTimeController {

    static final String PATH = "/core/realtime";
    private static final String OUR_ID = "CLAIMLINE-SIMULATOR";

    private final CoreCredentials credentials;
    private final Map<String, RealTimeTransaction> transactions;
    private final Clock clock;
    private final MeterRegistry meters;

    public CoreRealTimeController(CoreCredentials credentials, List<RealTimeTransaction> transactions, Clock clock,
            MeterRegistry meters) {
        this.credentials = credentials;
        this.transactions = transactions.stream()
                .collect(Collectors.toMap(RealTimeTransaction::requestPayloadType, Function.identity()));
        this.clock = clock;
        this.meters = meters;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MultiValueMap<String, Object>> realTime(HttpServletRequest request) throws IOException {
        Map<String, String> fields = fields(request);
        if (!credentials.accept(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            return answer(HttpStatus.UNAUTHORIZED, fields, RealTimeAnswer.error("", CoreEnvelope.UNAUTHORIZED,
                    "the submitter's user name and password were not accepted"));
        }
        for (String field : CoreEnvelope.REQUEST_FIELDS) {
            if (fields.getOrDefault(field, "").isBlank()) {
                return envelopeError(fields, CoreEnvelope.required(field), field + " is required");
            }
        }
        RealTimeTransaction transaction = transactions.get(fields.get(PAYLOAD_TYPE));
        if (transaction == null) {
            return envelopeError(fields, CoreEnvelope.illegal(PAYLOAD_TYPE), "PayloadType must be one of "
                    + String.join(", ", transactions.keySet().stream().sorted().toList()));
        }
        if (!fields.get(PROCESSING_MODE).equals(CoreEnvelope.REAL_TIME)) {
            return envelopeError(fields, CoreEnvelope.illegal(PROCESSING_MODE), "ProcessingMode must be RealTime");
        }
        if (!fields.get(CORE_RULE_VERSION).equals(CoreEnvelope.RULE_VERSION)) {
            return envelopeError(fields, CoreEnvelope.VERSION_MISMATCH,
                    "CORERuleVersion must be " + CoreEnvelope.RULE_VERSION);
        }
        if (!timeStamp(fields.get(TIME_STAMP))) {
            return envelopeError(fields, CoreEnvelope.illegal(TIME_STAMP),
                    "TimeStamp must be an XML dateTime with a time zone, e.g. 2026-01-15T10:20:30Z");
        }
        RealTimeAnswer answer = transaction.answer(fields.get(PAYLOAD));
        return answer(answer.errorCode().equals(CoreEnvelope.SUCCESS) ? HttpStatus.OK : HttpStatus.BAD_REQUEST,
                fields, answer);
    }

    /** A request that is not a readable multipart form is an envelope error too. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<MultiValueMap<String, Object>> unreadableForm() {
        return envelopeError(Map.of(), CoreEnvelope.required(PAYLOAD_TYPE), "the request is not a readable multipart form");
    }

    private ResponseEntity<MultiValueMap<String, Object>> envelopeError(Map<String, String> request, String code,
            String message) {
        return answer(HttpStatus.BAD_REQUEST, request, RealTimeAnswer.error("", code, message));
    }

    /** The answer echoes PayloadID; it comes from whom the request was sent to and goes back to its sender. */
    private ResponseEntity<MultiValueMap<String, Object>> answer(HttpStatus status, Map<String, String> request,
            RealTimeAnswer answer) {
        meters.counter("claimline.simulator.core.requests", "error_code", answer.errorCode()).increment();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add(PAYLOAD_TYPE, answer.payloadType());
        form.add(PROCESSING_MODE, CoreEnvelope.REAL_TIME);
        form.add(PAYLOAD_ID, request.getOrDefault(PAYLOAD_ID, ""));
        form.add(TIME_STAMP, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        String receiver = request.getOrDefault(RECEIVER_ID, "");
        form.add(SENDER_ID, receiver.isBlank() ? OUR_ID : receiver);
        form.add(RECEIVER_ID, request.getOrDefault(SENDER_ID, ""));
        form.add(CORE_RULE_VERSION, CoreEnvelope.RULE_VERSION);
        form.add(ERROR_CODE, answer.errorCode());
        form.add(ERROR_MESSAGE, answer.errorMessage());
        form.add(PAYLOAD, answer.payload());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.MULTIPART_FORM_DATA);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"claimline-payer-simulator\"");
        }
        return response.body(form);
    }

    /** The form's fields; Payload may come as a plain field or as a file part. */
    private static Map<String, String> fields(HttpServletRequest request) throws IOException {
        Map<String, String> fields = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        if (request instanceof MultipartHttpServletRequest multipart && !fields.containsKey(PAYLOAD)) {
            MultipartFile file = multipart.getFile(PAYLOAD);
            if (file != null) {
                fields.put(PAYLOAD, new String(file.getBytes(), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static boolean timeStamp(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
