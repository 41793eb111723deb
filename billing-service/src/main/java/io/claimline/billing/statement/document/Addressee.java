package io.claimline.billing.statement.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Who the statement is mailed to: the guarantor as the vault opened them for this rendering. Never stored in the
 * clear; {@code toString} never shows the values, so a logged statement carries no PHI.
 */
@Schema(description = "The guarantor the statement is addressed to")
public record Addressee(
        @Schema(example = "Ada Quillfeather") String name,
        @Schema(description = "Mailing address, one printed line each",
                example = "[\"12 Elm Street\", \"Apt 4\", \"Springfield, IL 62701-1234\"]") List<String> addressLines) {

    public Addressee {
        Amounts.requireText("guarantor.name", name);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    @Override
    public String toString() {
        return "Addressee[hidden]";
    }
}
