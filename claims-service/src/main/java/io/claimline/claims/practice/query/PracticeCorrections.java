package io.claimline.claims.practice.query;

import io.claimline.contracts.IntegrationEvent;

/**
 * What follows a correction of the practice setup in billing, in the same inbox transaction: the claims feature
 * re-scrubs the clinic's claims that need correction. A port, so the practice copy does not depend on claims.
 */
public interface PracticeCorrections {

    void practiceCorrected(IntegrationEvent event);
}
