package io.claimline.x12.ack;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One health care claim status composite of a 277CA STC (STC01, STC10 or STC11, C043): category, status and the
 * entity the status is about.
 *
 * @param category code list 507, e.g. {@code A7}; must be one of that list
 * @param status   code list 508, e.g. {@code 562}: digits
 * @param entity   element 98, e.g. {@code 85} (billing provider), when the status names an entity
 */
public record StatusCode(String category, String status, Optional<String> entity) {

    private static final Pattern STATUS = Pattern.compile("\\d{1,5}");
    private static final Pattern ENTITY = Pattern.compile("[0-9A-Z]{2,3}");

    public StatusCode {
        if (!ClaimStatusCodes.isCategory(category)) {
            throw new IllegalArgumentException("status.category must be a claim status category code (code list 507)");
        }
        if (status == null || !STATUS.matcher(status).matches()) {
            throw new IllegalArgumentException("status.code must be a claim status code (code list 508: digits)");
        }
        Objects.requireNonNull(entity, "status.entity must be an Optional, not null");
        if (entity.isPresent() && !ENTITY.matcher(entity.get()).matches()) {
            throw new IllegalArgumentException("status.entity must be an entity identifier code of 2 or 3 characters");
        }
    }

    public static StatusCode of(String category, String status) {
        return new StatusCode(category, status, Optional.empty());
    }

    public static StatusCode of(String category, String status, String entity) {
        return new StatusCode(category, status, Optional.of(entity));
    }

    /**
     * What a category says about the claim (or line, or batch) it is given for. Code list 507's acknowledgement
     * categories: A1 receipt and A2 acceptance into the adjudication system (a clearinghouse answers A1 when it
     * accepts and forwards a claim; a payer answers A2), A5 split upon acceptance: ACCEPTED. A3 returned as
     * unprocessable, A6 rejected for missing information, A7 rejected for invalid information, A8 rejected for a
     * relational field in error: REJECTED, the claim was never filed. Anything else (A0 forwarded, A4 not found,
     * and the D, E, F, P, R categories of claim status answers): OTHER, for a person to look at.
     */
    public enum Outcome {
        ACCEPTED, REJECTED, OTHER
    }

    public Outcome outcome() {
        return switch (category) {
            case "A1", "A2", "A5" -> Outcome.ACCEPTED;
            case "A3", "A6", "A7", "A8" -> Outcome.REJECTED;
            default -> Outcome.OTHER;
        };
    }

    public String categoryDescription() {
        return ClaimStatusCodes.category(category);
    }

    public String statusDescription() {
        return ClaimStatusCodes.status(status);
    }

    public Optional<String> entityDescription() {
        return entity.map(ClaimStatusCodes::entity);
    }

    /**
     * The composite in words, e.g. "Acknowledgement/Rejected for invalid information: Entity's National Provider
     * Identifier (NPI). (Billing Provider)".
     */
    public String describe() {
        return categoryDescription() + ": " + statusDescription() + entityDescription().map(e -> " (" + e + ")").orElse("");
    }
}
