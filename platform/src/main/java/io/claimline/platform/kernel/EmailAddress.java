package io.claimline.platform.kernel;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.Locale;

/**
 * An e-mail address whose syntax Hibernate Validator's {@code @Email} accepts and whose domain has a dot; the
 * domain is lower-cased (it is case-insensitive), the local part kept as typed.
 */
public record EmailAddress(String value) {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH
                || !VALIDATOR.validateValue(Syntax.class, "address", value).isEmpty()) {
            throw new IllegalArgumentException("is not a valid e-mail address");
        }
    }

    public static EmailAddress of(String raw) {
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("is not a valid e-mail address");
        }
        return new EmailAddress(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    private record Syntax(@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String address) {
    }

    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
