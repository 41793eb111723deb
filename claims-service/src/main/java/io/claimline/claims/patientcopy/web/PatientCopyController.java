package io.claimline.claims.patientcopy.web;

import io.claimline.claims.patientcopy.query.PatientCopies;
import io.claimline.claims.patientcopy.query.PatientCopy;
import io.claimline.platform.security.CurrentActor;
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
@RequestMapping(path = "/api/claims/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patient copies", description = "The patients claims-service knows of")
class PatientCopyController {

    private final PatientCopies copies;

    PatientCopyController(PatientCopies copies) {
        this.copies = copies;
    }

    @Operation(summary = "Read claims-service's copy of a patient")
    @GetMapping("/{patientId}")
    PatientCopy get(@PathVariable UUID patientId) {
        return copies.find(patientId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
    }
}
