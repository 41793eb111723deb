package io.claimline.patient.practice.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.copies.PracticeCopyTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This service's copy of each clinic's practice setup (its own rm_practice_* tables, its own V110 migration), read
 * as of a date: patient-service's: statements and eligibility requests name the clinic as it was on the date of service. The SQL, the event handlers and their routing are the platform's
 * {@link PracticeCopyTable}, shared with the other consuming service; extending it (rather than wrapping it) keeps
 * this bean's whole read API without a second copy of every method.
 */
@Component
public class PracticeCopy extends PracticeCopyTable {

    PracticeCopy(JdbcTemplate jdbc, ObjectMapper json) {
        super(jdbc, json);
    }
}
