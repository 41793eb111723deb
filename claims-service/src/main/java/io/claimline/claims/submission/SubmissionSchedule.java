package io.claimline.claims.submission;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.claimline.claims.exchange.inbound.InboundFiles;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clocks of submission, as db-scheduler tasks in the service's database (ADR 0009: one instance runs each, and
 * they survive restarts): every {@code cut-every} each clinic's ready claims are cut into batches; every {@code
 * send-every} batches not sent yet (the clearinghouse was down) are sent; every {@code poll-every} the clearinghouse
 * is polled for acknowledgements.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionSchedule {

    static final String CUT_TASK = "claims-batch-cut";
    static final String SEND_TASK = "claims-batch-send";
    static final String POLL_TASK = "claims-clearinghouse-poll";
    static final String ACTOR = "service:claims-service:batch-schedule";

    @Bean
    Task<Void> claimBatchCutTask(SubmissionSettings settings, ClaimBatches batches, BatchTransmission transmission) {
        return Tasks.recurring(CUT_TASK, FixedDelay.of(settings.cutEvery())).execute((instance, context) -> {
            String runId = "batch-cut:" + UUID.randomUUID();
            batches.clinicsWithReadyClaims().forEach(clinic -> batches.cut(clinic, null, ACTOR, runId));
            transmission.sendPending();
        });
    }

    @Bean
    Task<Void> clearinghousePollTask(SubmissionSettings settings, InboundFiles inbound) {
        return Tasks.recurring(POLL_TASK, FixedDelay.of(settings.pollEvery()))
                .execute((instance, context) -> inbound.poll());
    }

    @Bean
    Task<Void> claimBatchSendTask(SubmissionSettings settings, BatchTransmission transmission) {
        return Tasks.recurring(SEND_TASK, FixedDelay.of(settings.sendEvery()))
                .execute((instance, context) -> transmission.sendPending());
    }
}
