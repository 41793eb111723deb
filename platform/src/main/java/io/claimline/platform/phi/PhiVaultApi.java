package io.claimline.platform.phi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The vault's wire format ({@code POST /internal/phi/open} and {@code /seal} of patient-service), shared by the
 * vault and its client so the two cannot drift. {@code purpose} is a code of {@link PurposeOfUse}; the vault
 * refuses (and records) any other.
 */
public final class PhiVaultApi {

    public static final String OPEN_PATH = "/internal/phi/open";
    public static final String SEAL_PATH = "/internal/phi/seal";
    /** The most items one request may hold; a client splits larger lists (a batch of claims opens thousands). */
    public static final int MAX_ITEMS = 500;

    private PhiVaultApi() {
    }

    public record OpenRequest(@Schema(example = "clinic-001") String clinicId,
            @Schema(example = "biller") String onBehalfOf,
            @Schema(example = "claim_submission") String purpose,
            List<PhiVault.SealedField> items) {
    }

    public record OpenResponse(List<PhiVault.OpenedField> items) {
    }

    public record SealRequest(@Schema(example = "clinic-001") String clinicId,
            @Schema(example = "biller") String onBehalfOf,
            @Schema(example = "claim_submission") String purpose,
            List<PhiVault.PlainField> items) {
    }

    public record SealResponse(List<PhiVault.SealedField.Result> items) {
    }
}
