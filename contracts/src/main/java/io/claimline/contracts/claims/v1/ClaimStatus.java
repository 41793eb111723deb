package io.claimline.contracts.claims.v1;

import io.claimline.contracts.Require;
import java.util.regex.Pattern;

/**
 * One claim status a 277CA reported (STC01, a composite of code lists 507, 508 and 98): codes only, never the
 * free-text message of STC12.
 *
 * @param category the claim status category code (STC01-1), e.g. {@code A1} acknowledged/receipt, {@code A2}
 *     accepted into adjudication, {@code A3} returned as unprocessable, {@code A7} rejected for invalid information
 * @param code the claim status code (STC01-2), a number, e.g. {@code 20} accepted for processing
 * @param entity the entity identifier code (STC01-3) the status is about, e.g. {@code 85} billing provider,
 *     {@code IL} subscriber; null when not given
 */
public record ClaimStatus(String category, String code, String entity) {

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9]{1,2}");
    private static final Pattern CODE = Pattern.compile("[0-9]{1,5}");
    private static final Pattern ENTITY = Pattern.compile("[A-Z0-9]{2,3}");

    public ClaimStatus {
        Require.matches(category, CATEGORY, "statuses.category", "a claim status category code");
        Require.matches(code, CODE, "statuses.code", "a numeric claim status code");
        if (entity != null) {
            Require.matches(entity, ENTITY, "statuses.entity", "an entity identifier code");
        }
    }
}
