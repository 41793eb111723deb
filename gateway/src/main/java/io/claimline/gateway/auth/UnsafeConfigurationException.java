package io.claimline.gateway.auth;

/** The gateway's configuration is unsafe outside the local stack; the start is refused. */
public class UnsafeConfigurationException extends RuntimeException {

    private final String action;

    UnsafeConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
