package io.claimline.x12.ack;

import io.claimline.x12.X12Text;
import java.util.Optional;

/**
 * The patient a 277CA names for a claim (2100D NM1*QC). PHI: {@link #toString()} shows nothing of it. Claims are
 * matched by their patient control number, never by these values; the writer needs them because the guide requires
 * the patient's name and member id.
 *
 * @param lastName  NM103, cleaned by the character rule
 * @param firstName NM104, cleaned by the character rule
 * @param memberId  NM109 (NM108 MI), an identifier: checked, never altered
 */
public record AcknowledgedPatient(String lastName, Optional<String> firstName, String memberId) {

    public AcknowledgedPatient {
        lastName = X12Text.requireText("patient.lastName", lastName, 60);
        firstName = ReportChecks.optional("patient.firstName", firstName)
                .map(name -> X12Text.clean(name, 35)).filter(name -> !name.isEmpty());
        X12Text.requireIdentifier("patient.memberId", memberId, 2, 80);
    }

    @Override
    public String toString() {
        return "AcknowledgedPatient[PHI]";
    }
}
