package io.claimline.platform.housekeeping;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Housekeeping as a recurring db-scheduler task: cluster-safe, since one instance picks each run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HousekeepingProperties.class)
public class HousekeepingConfiguration {

    public static final String TASK = "claimline-housekeeping";

    @Bean
    Housekeeping housekeeping(JdbcTemplate jdbc, Clock clock, MeterRegistry meters,
            HousekeepingProperties properties) {
        return new Housekeeping(jdbc, clock, meters, properties);
    }

    @Bean
    Task<Void> housekeepingTask(Housekeeping housekeeping, HousekeepingProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> housekeeping.prune());
    }
}
