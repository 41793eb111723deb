package io.claimline.claims.practice.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.copies.PracticeCopyTable;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This service's copy of each clinic's practice setup (its own rm_practice_* tables, its own V110 migration), read
 * as of a date: claims-service's: the 837 names the billing provider, rendering provider and service facility as they were on the date of service. The SQL, the event handlers and their routing are the platform's
 * {@link PracticeCopyTable}, shared with the other consuming service; extending it (rather than wrapping it) keeps
 * this bean's whole read API without a second copy of every method.
 */
@Component
public class PracticeCopy extends PracticeCopyTable {

    private final PracticeCorrections corrections;

    PracticeCopy(JdbcTemplate jdbc, ObjectMapper json, PracticeCorrections corrections) {
        super(jdbc, json);
        this.corrections = corrections;
    }

    /** A new profile version may fix what claims need of the practice (the billing address): they are re-scrubbed. */
    @Override
    public void clinicProfileChanged(IntegrationEvent event, ClinicProfileChanged profile) {
        super.clinicProfileChanged(event, profile);
        corrections.practiceCorrected(event);
    }
}
