package io.claimline.claims.claim.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a claims dashboard watches, over all clinics: the size of each work queue ({@code claimline.claims.queue}
 * tagged by queue) and the claims not filed whose timely-filing deadline has passed. Read from rm_claim when
 * scraped.
 */
@Component
class ClaimGauges {

    ClaimGauges(JdbcTemplate jdbc, MeterRegistry meters) {
        Arrays.stream(WorkQueue.values()).forEach(queue -> Gauge.builder("claimline.claims.queue", jdbc,
                        j -> j.queryForObject("SELECT count(*) FROM rm_claim WHERE " + queue.condition(), Long.class))
                .tag("queue", queue.name().toLowerCase(java.util.Locale.ROOT))
                .description("Claims in the work queue").register(meters));
        Gauge.builder("claimline.claims.timely-filing.passed", jdbc, j -> j.queryForObject("""
                        SELECT count(*) FROM rm_claim WHERE timely_filing_deadline < current_date
                            AND status NOT IN ('ACCEPTED', 'WITHDRAWN')""", Long.class))
                .description("Claims not filed whose timely-filing deadline has passed").register(meters);
    }
}
