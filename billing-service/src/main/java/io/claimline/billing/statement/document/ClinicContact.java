package io.claimline.billing.statement.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The clinic as the patient reaches it with questions, and where payments are sent. */
@Schema(description = "The clinic's contact: questions about the statement and payments go here")
public record ClinicContact(
        @Schema(example = "Riverside Family Medicine") String name,
        @Schema(description = "Postal address, one printed line each",
                example = "[\"100 Main Street, Suite 2\", \"Springfield, IL 62701\"]") List<String> addressLines,
        @Schema(example = "(217) 555-0142") String phone,
        @Schema(nullable = true, example = "billing@riverside.example") String email) {

    public ClinicContact {
        Amounts.requireText("clinic.name", name);
        Amounts.requireText("clinic.phone", phone);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
