package io.claimline.web;

import io.claimline.testsupport.RawHttp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before the application sees them answer RFC 9457 problem+json, not Tomcat's HTML page,
 * and a refused header line never reaches the log. Over a raw socket: the HTTP client in the JDK will not send
 * such requests.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.apache=debug")
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Looks like a bearer token; must never be written to the log. */
    private static final String SECRET = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2VuLXZhbHVl.c2lnbmF0dXJl";

    @LocalServerPort
    int port;

    static JsonNode assertProblem(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        try {
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("code").asText()).isEqualTo(code);
            assertThat(problem.path("type").asText()).isEqualTo("https://claimline.io/problems/" + code);
            assertThat(problem.path("traceId").asText()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
            assertThat(response.body()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat", "Exception");
            return problem;
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    @Test
    void aWellFormedRequestStillWorks() {
        RawHttp.Response response = RawHttp.get(port, "/hello");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("world");
    }

    @Test
    void headersOverTheLimitAnswerAProblem() {
        assertProblem(RawHttp.get(port, "/hello", "X-Padding: " + "a".repeat(16 * 1024)), 400,
                "malformed-request");
    }

    @Test
    void anEncodedSlashInThePathAnswersAProblem() {
        assertProblem(RawHttp.get(port, "/hello%2Fthere"), 400, "malformed-request");
    }

    @Test
    void anEncodedNulInThePathAnswersAProblem() {
        assertProblem(RawHttp.get(port, "/hello%00"), 400, "malformed-request");
    }

    @Test
    void aQueryStringOverTheHeaderLimitAnswersAProblem() {
        String query = IntStream.range(0, 1500).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

        assertProblem(RawHttp.get(port, "/hello?" + query), 400, "malformed-request");
    }

    @Test
    void aFormWithMoreParametersThanTheLimitAnswersAProblemInsteadOfLosingSome() {
        // Over server.tomcat.max-parameter-count (10000 by default): Tomcat alone would drop the rest silently.
        String form = IntStream.range(0, 12_000).mapToObj(i -> "a=" + (i % 10)).collect(Collectors.joining("&"));
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        String head = "POST /hello HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        byte[] request = new byte[head.length() + body.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, request, 0, head.length());
        System.arraycopy(body, 0, request, head.length(), body.length);

        assertProblem(RawHttp.send(port, request), 400, "malformed-request");
    }

    @Test
    void aMalformedRequestLineAnswersAProblem() {
        assertProblem(RawHttp.send(port, "GET /hel lo HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)), 400, "malformed-request");
    }

    @Test
    void anIllegalHeaderLineAnswersAProblemAndNeverReachesTheLog(CapturedOutput output) {
        // A control character in the value makes Tomcat refuse the whole header line.
        RawHttp.Response control = RawHttp.get(port, "/hello", "Authorization: Bearer " + SECRET + "\u0001x");
        // A line that is no header at all (no colon), holding the token too.
        RawHttp.Response noColon = RawHttp.get(port, "/hello", "Bearer " + SECRET);

        assertProblem(control, 400, "malformed-request");
        assertProblem(noColon, 400, "malformed-request");
        assertThat(control.body()).doesNotContain(SECRET);
        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain("c2VjcmV0LXRva2VuLXZhbHVl");
    }

    @Test
    void anUnknownPathIsStillTheApplicationsProblem() {
        assertProblem(RawHttp.get(port, "/no-such-path"), 404, "not-found");
    }
}
