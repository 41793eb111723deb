package io.claimline.patient.registry.history;

import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.patient.vault.record.PhiAccessRecord;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Patients", description = "The clinic's patient registry")
class PatientHistoryController {

    private final PatientRecords records;
    private final PatientHistory history;
    private final PhiAccessRecord accessRecord;

    PatientHistoryController(PatientRecords records, PatientHistory history, PhiAccessRecord accessRecord) {
        this.records = records;
        this.history = history;
        this.accessRecord = accessRecord;
    }

    @Operation(summary = "A patient's full history",
            description = "Every event of the patient, oldest first, from the event store: type, when, who, why, and "
                    + "the values (PHI opened while the patient's key exists; null after erasure). A merged patient's "
                    + "own history stays readable under its id. The read is written to the PHI access record.")
    @GetMapping(path = "/api/patients/{patientId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    List<PatientHistory.Entry> history(@PathVariable UUID patientId) {
        Actor actor = CurrentActor.get();
        records.find(new PatientId(patientId), actor.clinicId()).orElseThrow(() -> new NotFoundException("patient"));
        List<PatientHistory.Entry> entries = history.of(patientId.toString());
        accessRecord.append(new PhiAccessEntry.Draft(PhiAccessEntry.OPEN, "patient-service", actor.userId(),
                actor.clinicId(), "history", PhiAccessEntry.COMPLETED, null,
                List.of(new PhiAccessEntry.Item(patientId.toString(), "history", "opened"))));
        return entries;
    }
}
