package io.claimline.simulator.config;

import io.claimline.simulator.core.SimulatorSafeDefaults;
import io.claimline.simulator.x12.ControlNumbers;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SimulatorConfiguration {

    /** Refuses to start outside the local profile without a submitter secret of one's own. */
    @Bean
    static SimulatorSafeDefaults simulatorSafeDefaults() {
        return new SimulatorSafeDefaults();
    }

    /** Answers take their dates from here only, so tests can fix them. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ControlNumbers controlNumbers() {
        return new ControlNumbers();
    }
}
