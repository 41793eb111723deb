package io.claimline.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.web.Problems;
import io.claimline.web.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (400 {@code malformed-request}) any request with a header value holding a character outside printable
 * ASCII (0x20 to 0x7E) and tab. Tomcat passes bytes 0x80 and up through as Latin-1 characters, and forwarding
 * would turn them into {@code ?}: {@code Idempotency-Key: cl-é-X} and {@code cl-ñ-X} would reach the service as
 * the same key. The gateway never rewrites a header; it refuses the request, before authentication and before
 * anything is forwarded. The problem names the header, never its value.
 */
public class PrintableHeaders extends OncePerRequestFilter {

    private final ObjectMapper mapper;

    public PrintableHeaders(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> offending = firstUnprintable(request);
        if (offending.isPresent()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Bad Request",
                    "The header " + offending.get() + " holds a character outside printable ASCII; header values "
                            + "may hold only printable ASCII characters, spaces and tabs");
            // This filter runs before Spring's request context exists: take the id from the request itself.
            RequestIds.requestIdOf(request).ifPresent(id -> problem.setProperty("traceId", id));
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first header with a value that is not printable ASCII, space or tab. */
    static Optional<String> firstUnprintable(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (!isPrintable(value)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isPrintable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7E)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
