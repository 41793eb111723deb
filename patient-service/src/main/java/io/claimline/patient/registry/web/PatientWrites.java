package io.claimline.patient.registry.web;

import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.web.ReadYourWrites;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The answer to a change of a patient: given once the new version can be read back, with it as the ETag. */
@Component
class PatientWrites {

    private final PatientRecords records;
    private final ReadYourWrites readYourWrites;

    PatientWrites(PatientRecords records, ReadYourWrites readYourWrites) {
        this.records = records;
        this.readYourWrites = readYourWrites;
    }

    ResponseEntity<Void> written(UUID patientId, long newVersion) {
        String clinicId = CurrentActor.get().clinicId();
        readYourWrites.await(patientId.toString(), newVersion,
                () -> records.shows(new PatientId(patientId), clinicId, newVersion));
        return ResponseEntity.noContent().eTag(String.valueOf(newVersion)).build();
    }
}
