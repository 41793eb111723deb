package io.claimline.patient.vault.web;

import io.claimline.patient.vault.record.PhiAccessChain;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.patient.vault.record.PhiAccessRecord;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The PHI access record for auditors: their clinic's entries, and a check of the whole chain. */
@RestController
@RequestMapping(path = "/api/phi-access-record", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "PHI access record", description = "Every open, seal and erasure of patients' PHI")
@RolesAllowed(Roles.AUDITOR)
@Validated
class PhiAccessRecordController {

    private final PhiAccessRecord record;

    PhiAccessRecordController(PhiAccessRecord record) {
        this.record = record;
    }

    @Operation(summary = "Read the caller's clinic's PHI access record",
            description = "Oldest first; page with after=<last sequence seen>. patientId narrows it to one patient.")
    @GetMapping
    List<PhiAccessEntry> entries(@RequestParam(required = false) UUID patientId,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return record.find(CurrentActor.get().clinicId(), patientId == null ? null : patientId.toString(), after,
                limit);
    }

    @Operation(summary = "Verify the PHI access record's hash chain",
            description = "Recomputes every entry's hash; names the first entry that was changed, removed or "
                    + "reordered.")
    @GetMapping("/verification")
    PhiAccessChain.Verification verify() {
        CurrentActor.get(); // a clinic's auditor, like every other /api caller
        return record.verify();
    }
}
