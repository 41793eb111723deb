package io.claimline.patient.registry.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.sql.Timestamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry's work waiting for people, for operations dashboards: possible duplicates not yet reviewed, and
 * active patients due for re-verification. Counted from the read models when scraped (no clinic label: bounded
 * labels only; per-clinic lists are the REST endpoints).
 */
@Component
class RegistryGauges {

    RegistryGauges(MeterRegistry meters, JdbcTemplate jdbc, Clock clock,
            @Value("${claimline.patients.reverification-period:P12M}") Period period) {
        Gauge.builder("claimline.patients.duplicates.pending", () -> jdbc.queryForObject(
                        "SELECT count(*) FROM rm_duplicate_candidate WHERE dismissed_at IS NULL", Long.class))
                .description("possible duplicate pairs waiting for review").register(meters);
        Gauge.builder("claimline.patients.reverification.due", () -> jdbc.queryForObject("""
                        SELECT count(*) FROM rm_patient_summary
                        WHERE merged_into IS NULL AND erased_at IS NULL AND deactivated_at IS NULL
                          AND COALESCE(verified_at, registered_at) < ?""", Long.class,
                        Timestamp.from(LocalDate.now(clock).minus(period).atStartOfDay(clock.getZone()).toInstant())))
                .description("active patients whose demographics are due for re-verification").register(meters);
    }
}
