package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A US postal address as N3/N4 carry it. Street lines and city are free text (cleaned by the character rule and
 * kept cleaned, so what the model holds is what the file says); state and ZIP code are checked, never altered.
 *
 * @param line1      N301, up to 55 characters
 * @param line2      N302, up to 55 characters
 * @param city       N401, 2 to 30 characters
 * @param state      N402, two-letter state or territory code
 * @param postalCode N403, 5 digits or the full 9 (ZIP+4, no hyphen)
 */
public record Address(String line1, Optional<String> line2, String city, String state, String postalCode) {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}|\\d{9}");

    public Address {
        line1 = X12Text.requireText("address.line1", line1, 55);
        line2 = Checks.optional("address.line2", line2).map(text -> X12Text.clean(text, 55)).filter(t -> !t.isEmpty());
        city = X12Text.requireText("address.city", city, 30);
        if (city.length() < 2) {
            throw new IllegalArgumentException("address.city must be at least 2 characters");
        }
        if (state == null || !STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("address.state must be a two-letter upper-case code");
        }
        if (postalCode == null || !ZIP.matcher(postalCode).matches()) {
            throw new IllegalArgumentException("address.postalCode must be 5 or 9 digits");
        }
    }

    public Address(String line1, String city, String state, String postalCode) {
        this(line1, Optional.empty(), city, state, postalCode);
    }

    /** Addresses of patients are PHI: no street, city or ZIP in a toString. */
    @Override
    public String toString() {
        return "Address[redacted]";
    }
}
