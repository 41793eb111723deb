package io.claimline.billing.encounter.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Charge capture waiting for people, for operations dashboards: encounters pending provider review, and how long
 * the oldest has waited (unbilled revenue ages with it). Counted from the read model when scraped; no clinic label
 * (bounded labels only; per-clinic lists are the review-queue endpoint).
 */
@Component
class EncounterGauges {

    EncounterGauges(MeterRegistry meters, JdbcTemplate jdbc, Clock clock) {
        Gauge.builder("claimline.encounters.pending.review", () -> jdbc.queryForObject(
                        "SELECT count(*) FROM rm_encounter WHERE status = 'PENDING_PROVIDER_REVIEW'", Long.class))
                .description("encounters waiting for their rendering provider's review").register(meters);
        Gauge.builder("claimline.encounters.pending.review.oldest.age", () -> {
                    Timestamp oldest = jdbc.queryForObject(
                            "SELECT min(recorded_at) FROM rm_encounter WHERE status = 'PENDING_PROVIDER_REVIEW'",
                            Timestamp.class);
                    return oldest == null ? 0 : Duration.between(oldest.toInstant(), clock.instant()).toSeconds();
                })
                .baseUnit("seconds")
                .description("how long the oldest encounter pending provider review has waited").register(meters);
        Gauge.builder("claimline.encounters.pending.review.charges", () -> jdbc.queryForObject(
                        "SELECT COALESCE(sum(total_charge), 0) FROM rm_encounter WHERE status = 'PENDING_PROVIDER_REVIEW'",
                        Double.class))
                .baseUnit("usd")
                .description("charges held back by pending provider review (what the queue is worth)")
                .register(meters);
    }
}
