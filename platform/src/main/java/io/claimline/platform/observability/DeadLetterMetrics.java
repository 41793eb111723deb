package io.claimline.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Operators watch dead letters, so they are metrics from the start: per processing group with a dead-letter
 * queue, how many events wait in it ({@code claimline.projection.dead.letters}). Read at scrape time from the
 * queue's table, so it is right after a restart too.
 */
public class DeadLetterMetrics implements MeterBinder {

    private final EventProcessorProperties processors;
    private final JdbcTemplate jdbc;

    public DeadLetterMetrics(EventProcessorProperties processors, JdbcTemplate jdbc) {
        this.processors = processors;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processors.getProcessors().forEach((group, settings) -> {
            if (settings.getDlq().isEnabled()) {
                Gauge.builder("claimline.projection.dead.letters", () -> count(group))
                        .description("Events parked in the processing group's dead-letter queue")
                        .tag("processing.group", group)
                        .register(registry);
            }
        });
    }

    private long count(String group) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM DeadLetterEntry WHERE processingGroup = ?",
                Long.class, group);
        return count == null ? 0 : count;
    }
}
