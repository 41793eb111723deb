package io.claimline.contracts.claims.v1;

import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;
import java.util.Set;

/**
 * The acknowledgements a claim's fate is read from, as the {@code acknowledgement} field names them: the TA1
 * (interchange), the 999 (implementation: the file's syntax against the guide) and the 277CA (the payer's claim
 * acknowledgement). Kept as strings, not a Java enum, so that a consumer on an older contract still decodes a value
 * added later within v1 in its own way; the payloads refuse values outside their own list.
 */
public final class Acknowledgements {

    public static final String TA1 = "TA1";
    public static final String IMPLEMENTATION_999 = "999";
    public static final String CLAIM_277CA = "277CA";

    /** What a claim can be accepted on: a 999 (the file was well formed) or a 277CA (the payer took it in). */
    public static final Set<String> ACCEPTING = Set.of(IMPLEMENTATION_999, CLAIM_277CA);
    /** What a claim can be rejected on: any of the three. */
    public static final Set<String> REJECTING = Set.of(TA1, IMPLEMENTATION_999, CLAIM_277CA);

    private Acknowledgements() {
    }

    static String oneOf(String value, Set<String> allowed, String field) {
        if (!allowed.contains(Require.present(value, field))) {
            throw new MalformedIntegrationEventException(
                    field + " is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }
}
