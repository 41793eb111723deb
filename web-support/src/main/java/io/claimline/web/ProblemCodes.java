package io.claimline.web;

/** The machine {@code code} (and so the type URI) for statuses that have no more specific problem. */
public final class ProblemCodes {

    private ProblemCodes() {
    }

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 502, 503, 504 -> "service-unavailable";
            default -> status >= 500 ? "internal-error" : "request-rejected";
        };
    }
}
