package io.claimline.billing.account.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guarantor accounts live for years and take every posting, so Axon snapshots them: after every
 * {@code claimline.billing.accounts.snapshot-every} events loaded, a snapshot is stored (after the command's
 * transaction, by Axon's snapshotter), and the next load starts from it. The benchmark prints the load time of an
 * account with 10,000 postings (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class AccountSnapshots {

    @Bean
    SnapshotTriggerDefinition patientAccountSnapshots(Snapshotter snapshotter,
            @Value("${claimline.billing.accounts.snapshot-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
