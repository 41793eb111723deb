package io.claimline.gateway.routing;

import io.claimline.web.RequestBodyLimit;
import io.claimline.web.Problems;
import java.io.IOException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A service that is down, refuses the connection or does not answer in time is the caller's 503, never a 500
 * with a stack trace: the caller can retry later, and the problem names no host, port or exception.
 */
final class DownstreamFailure {

    private static final Logger log = LoggerFactory.getLogger(DownstreamFailure.class);

    private DownstreamFailure() {
    }

    /** I/O failures while talking to the service; anything else is a gateway bug and goes to /error as a 500. */
    static boolean matches(Throwable error) {
        return error instanceof ResourceAccessException || error instanceof IOException;
    }

    static BiFunction<Throwable, ServerRequest, ServerResponse> answer(String routeId, DataSize bodyLimit) {
        return (error, request) -> {
            if (causedByTooLargeBody(error)) {
                return problem(RequestBodyLimit.problem(bodyLimit));
            }
            // The exception text can carry URLs with ids; its type and the route say enough to start looking.
            log.warn("Route {} failed to reach its service: {}", routeId, rootCause(error).getClass().getName());
            return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service Unavailable",
                    "The service behind this path is not available right now; retry later"));
        };
    }

    private static ServerResponse problem(ProblemDetail problem) {
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean causedByTooLargeBody(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
