package io.claimline.collections.watch.web;

import io.claimline.collections.watch.query.WatchedPatient;
import io.claimline.collections.watch.query.WatchedPatients;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.claimline.platform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/collections/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Watched patients", description = "Patients whose balances collections watches")
class WatchedPatientController {

    private final WatchedPatients watched;

    WatchedPatientController(WatchedPatients watched) {
        this.watched = watched;
    }

    @Operation(summary = "Read a watched patient",
            description = "A merged duplicate's id answers with the surviving patient.")
    @RolesAllowed({Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR})
    @GetMapping("/{patientId}")
    WatchedPatient get(@PathVariable UUID patientId) {
        return watched.find(patientId, CurrentActor.get().clinicId()).orElseThrow(() -> new NotFoundException("patient"));
    }
}
