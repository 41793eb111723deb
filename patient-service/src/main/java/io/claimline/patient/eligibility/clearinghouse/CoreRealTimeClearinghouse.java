package io.claimline.patient.eligibility.clearinghouse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * A clearinghouse over CAQH CORE real-time connectivity (vC2.2.0, HTTP MIME multipart): POSTs the envelope to
 * {@code /core/realtime} with HTTP Basic and reads the multipart answer back. Network failures, time-outs and 5xx
 * become {@link ClearinghouseUnavailableException}; every other answer is returned as it came, for the caller to
 * judge (an envelope error such as {@code UnAuthorized} arrives as a 401 and is returned, not thrown).
 */
public class CoreRealTimeClearinghouse implements Clearinghouse {

    static final String PATH = "/core/realtime";
    static final String REQUEST_TYPE = "X12_270_Request_005010X279A1";

    private final RestClient http;
    private final Clock clock;

    /** {@code http}: base URL, credentials and time-outs already set (see {@link ClearinghouseConfiguration}). */
    public CoreRealTimeClearinghouse(RestClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ClearinghouseReply exchange(ClearinghouseRequest request) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("PayloadType", REQUEST_TYPE);
        form.add("ProcessingMode", "RealTime");
        form.add("PayloadID", request.payloadId());
        form.add("TimeStamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        form.add("SenderID", request.senderId());
        form.add("ReceiverID", request.receiverId());
        form.add("CORERuleVersion", "2.2.0");
        form.add("Payload", request.x12Payload());
        try {
            return http.post().uri(PATH).contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                    .exchange((sent, response) -> {
                        int status = response.getStatusCode().value();
                        if (response.getStatusCode().is5xxServerError()) {
                            throw new ClearinghouseUnavailableException("the clearinghouse answered HTTP " + status,
                                    null);
                        }
                        MediaType type = response.getHeaders().getContentType();
                        byte[] body = response.getBody().readAllBytes();
                        if (type == null || !type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
                            if (response.getStatusCode().is4xxClientError()) {
                                return new ClearinghouseReply("", request.payloadId(), "HTTP" + status,
                                        "the clearinghouse answered HTTP " + status + " without a CORE envelope",
                                        "");
                            }
                            throw new ClearinghouseUnavailableException("the clearinghouse answered HTTP " + status
                                    + " without a CORE envelope", null);
                        }
                        Map<String, String> fields = fields(type, body);
                        return new ClearinghouseReply(fields.getOrDefault("PayloadType", ""),
                                fields.getOrDefault("PayloadID", ""), fields.getOrDefault("ErrorCode", ""),
                                fields.getOrDefault("ErrorMessage", ""), fields.getOrDefault("Payload", ""));
                    });
        } catch (ResourceAccessException e) {
            throw new ClearinghouseUnavailableException("the clearinghouse could not be reached or did not answer "
                    + "in time", e);
        }
    }

    /** The answer's form fields, read with Jakarta Mail's MIME parser. */
    private static Map<String, String> fields(MediaType type, byte[] body) {
        Map<String, String> fields = new HashMap<>();
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, type.toString()));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String[] disposition = part.getHeader("Content-Disposition");
                if (disposition == null || disposition.length == 0) {
                    continue;
                }
                String name = new ContentDisposition(disposition[0]).getParameter("name");
                try (InputStream in = part.getInputStream()) {
                    fields.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (MessagingException | IOException e) {
            throw new ClearinghouseUnavailableException("the clearinghouse's answer is not a readable multipart "
                    + "envelope", e);
        }
        return fields;
    }
}
