package io.claimline.x12;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An interchange (read or about to be written) does not conform to its implementation guide. Carries every error
 * found; the message lists segment positions, segment ids and reasons only, so it is safe to log.
 */
public class X12RejectedException extends RuntimeException {

    private static final int MESSAGE_ERRORS = 20;

    private final transient List<X12Error> errors;

    public X12RejectedException(List<X12Error> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<X12Error> errors() {
        return errors;
    }

    private static String message(List<X12Error> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one error");
        }
        // A broken file can yield thousands of errors; the message stays readable, errors() keeps them all.
        String listed = errors.stream().limit(MESSAGE_ERRORS).map(X12Error::describe).collect(Collectors.joining("; "));
        String more = errors.size() > MESSAGE_ERRORS ? "; and " + (errors.size() - MESSAGE_ERRORS) + " more" : "";
        return errors.size() + " X12 error(s): " + listed + more;
    }
}
