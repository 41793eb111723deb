package io.claimline.claims.claim.integration;

import io.claimline.claims.claim.api.RequestScrubCommand;
import io.claimline.claims.claim.query.ClaimQueries;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.platform.command.Commands;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Corrections go where the error is: when patient-service corrects a patient's demographics or coverage, every claim
 * of that patient not filed yet (needing correction, rejected, or ready) is scrubbed again, in the same inbox
 * transaction as the copy's update. A claim the correction fixed becomes ready; a rejected one is then resubmitted
 * as a new original by the next batch.
 */
@Component
public class ClaimCorrections {

    private final ClaimQueries claims;
    private final Commands commands;

    ClaimCorrections(ClaimQueries claims, Commands commands) {
        this.claims = claims;
        this.commands = commands;
    }

    public void patientCorrected(IntegrationEvent event, String patientId, String what) {
        for (String claimId : claims.unfiledOfPatient(event.clinicId(), UUID.fromString(patientId))) {
            commands.sendForIntegrationEvent(new RequestScrubCommand(claimId, what + " corrected in patient-service"),
                    event, ClaimDrafting.SERVICE);
        }
    }
}
