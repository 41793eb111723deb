package io.claimline.simulator;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A CORE real-time submission as a test makes it, and the answer's status and fields. */
public final class CoreCall {

    public static final String USER = "claimline";
    public static final String PASSWORD = "claimline-simulator-secret";

    private final RestClient http;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String authorization = basic(USER, PASSWORD);

    public CoreCall(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(new JdkClientHttpRequestFactory()).build();
        fields.put("PayloadType", "X12_270_Request_005010X279A1");
        fields.put("ProcessingMode", "RealTime");
        fields.put("PayloadID", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        fields.put("TimeStamp", "2025-01-15T10:20:30Z");
        fields.put("SenderID", "CLAIMLINE");
        fields.put("ReceiverID", "CLAIMLINESIM");
        fields.put("CORERuleVersion", "2.2.0");
    }

    public static String resource(String name) {
        try (InputStream in = new ClassPathResource("x12/270/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public CoreCall payload(String x12) {
        fields.put("Payload", x12);
        return this;
    }

    public CoreCall field(String name, String value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return this;
    }

    public CoreCall authorization(String value) {
        this.authorization = value;
        return this;
    }

    public Answer send() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        RestClient.RequestBodySpec request = http.post().uri("/core/realtime")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.exchange((req, response) -> {
            byte[] body = response.getBody().readAllBytes();
            MediaType type = response.getHeaders().getContentType();
            return new Answer(response.getStatusCode().value(), type == null ? "" : type.toString(), parse(type, body),
                    response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE));
        });
    }

    static Map<String, String> parse(MediaType type, byte[] body) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (type == null || !type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            return parsed;
        }
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, type.toString()));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String name = new ContentDisposition(part.getHeader("Content-Disposition")[0]).getParameter("name");
                try (InputStream in = part.getInputStream()) {
                    parsed.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (Exception e) {
            throw new AssertionError("the answer is not a readable multipart form", e);
        }
        return parsed;
    }

    public record Answer(int status, String contentType, Map<String, String> fields, String challenge) {

        public String field(String name) {
            return fields.get(name);
        }
    }
}
