package io.claimline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Tomcat's last word on a request: what the container answers when nothing else did, typically a request it
 * refused before any filter or servlet saw it (a header block over {@code max-http-request-header-size}, an
 * encoded {@code /} or a NUL in the path, too many parameters, an illegal header line). Tomcat's own valve
 * answers those with an HTML page; this one answers RFC 9457 problem+json like every other error, with the
 * request id when the request got one and a fresh one (also sent as {@code X-Request-Id}) when it did not.
 * The problem never repeats any part of the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** Built by Spring, so a ProblemDetail's properties come out flat, as everywhere else. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own valve: nothing for non-errors, nor once something has been written.
        if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String code = ProblemCodes.forStatus(status);
        String traceId = RequestIds.requestIdOf(request.getRequest()).orElse(null);
        if (traceId == null) {
            traceId = RequestIds.newId();
            response.setHeader(RequestIds.REQUEST_ID_HEADER, traceId);
        }
        ProblemDetail problem = Problems.of(HttpStatus.valueOf(status), code, title, detail(status, title));
        problem.setProperty("traceId", traceId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed meanwhile: nothing more can be said.
        }
    }

    private static String detail(int status, String title) {
        if (status == 400) {
            return "The request is malformed: its request line, headers or parameters break HTTP's rules or this "
                    + "server's limits";
        }
        return status >= 500 ? "The request could not be completed; quote the traceId when reporting it" : title;
    }
}
