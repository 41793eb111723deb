package io.claimline.claims.claim.integration;

import io.claimline.claims.claim.api.RequestScrubCommand;
import io.claimline.claims.claim.query.ClaimQueries;
import io.claimline.claims.practice.query.PracticeCorrections;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.platform.command.Commands;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Corrections go where the error is: when patient-service corrects a patient's demographics or coverage, every claim
 * of that patient not filed yet (needing correction, rejected, or ready) is scrubbed again, in the same inbox
 * transaction as the copy's update. A claim the correction fixed becomes ready; a rejected one is then resubmitted
 * as a new original by the next batch. A correction of the practice setup in billing, or of a payer in the payer
 * registry, re-scrubs the clinic's claims needing correction.
 */
@Component
public class ClaimCorrections implements PracticeCorrections {

    private final ClaimQueries claims;
    private final Commands commands;

    ClaimCorrections(ClaimQueries claims, Commands commands) {
        this.claims = claims;
        this.commands = commands;
    }

    /** The practice setup changed (e.g. its billing address): the clinic's claims needing correction re-scrub. */
    @Override
    public void practiceCorrected(IntegrationEvent event) {
        clinicDataCorrected(event, "practice setup corrected in billing");
    }

    /** A payer or the practice changed: the clinic's claims needing correction are scrubbed again. */
    public void clinicDataCorrected(IntegrationEvent event, String why) {
        for (String claimId : claims.needingCorrection(event.clinicId())) {
            commands.sendForIntegrationEvent(new RequestScrubCommand(claimId, why), event, ClaimDrafting.SERVICE);
        }
    }

    public void patientCorrected(IntegrationEvent event, String patientId, String what) {
        for (String claimId : claims.possiblyUnfiledOfPatient(event.clinicId(), UUID.fromString(patientId))) {
            commands.sendForIntegrationEvent(new RequestScrubCommand(claimId, what + " corrected in patient-service"),
                    event, ClaimDrafting.SERVICE);
        }
    }
}
