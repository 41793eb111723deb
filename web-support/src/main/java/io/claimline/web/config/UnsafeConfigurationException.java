package io.claimline.web.config;

/** A configuration that is unsafe outside the local stack (a missing or well-known secret); the start is refused. */
public class UnsafeConfigurationException extends RuntimeException {

    private final String action;

    public UnsafeConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
