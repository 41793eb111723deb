package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.config.SimulatorProperties;
import io.claimline.simulator.x12.ControlNumbers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The batch clearinghouse, on when {@code claimline.simulator.clearinghouse.enabled} is true (the local profile
 * turns it on): a simulator started in-process by another module's test for real-time eligibility opens no SSH
 * port and needs no SFTP password.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "claimline.simulator.clearinghouse", name = "enabled", havingValue = "true")
class ClearinghouseConfiguration {

    @Bean
    ReceivedFiles receivedFiles() {
        return new ReceivedFiles();
    }

    @Bean
    Clearinghouse clearinghouse(ClearinghouseProperties properties, SimulatorProperties simulator,
            ControlNumbers controlNumbers, Clock clock, MeterRegistry meters, ReceivedFiles received) {
        ClaimFileProcessor processor = new ClaimFileProcessor(properties, simulator.interchangeId(), controlNumbers,
                clock);
        return new Clearinghouse(properties, new SftpServer(properties),
                new ClearinghouseInbox(properties.home(), processor, received, meters, clock));
    }
}
