package io.claimline.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details the same way everywhere: a stable {@code type} URI per {@code code}
 * (documented in docs/errors), a title, a detail without PHI, the trace id, and field errors when there are some.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://claimline.io/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("traceId", RequestIds.currentRequestId());
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        return problem;
    }

    /** A field that failed validation, and why, in words that never repeat the rejected value. */
    public record FieldProblem(String field, String message) {
    }
}
