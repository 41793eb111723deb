package io.claimline.platform.deadline;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.platform.axon.MetaDataKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small service built on the platform exactly as the domain services are, with one clock: a reminder that is
 * due a given time after it is scheduled. The deadline test runs it as a real process, so it can be killed with
 * kill -9 while its deadline handler runs. Reminders to schedule come from {@code reminders=<id>+<millis>,...}.
 */
@SpringBootApplication
public class ReminderService {

    public static void main(String[] args) {
        SpringApplication.run(ReminderService.class, args);
    }

    public record ScheduleReminderCommand(@TargetAggregateIdentifier String reminderId, Instant dueAt) {
    }

    public record ReminderScheduledEvent(String reminderId, Instant dueAt) {
    }

    public record ReminderFiredEvent(String reminderId, Instant firedAt) {
    }

    /** The aggregate: schedules its deadline, and records once that it fired however often the deadline runs. */
    @Aggregate
    public static class Reminder {

        static final String DUE = "reminder-due";

        @AggregateIdentifier
        private String reminderId;
        private Instant dueAt;
        private boolean fired;

        protected Reminder() {
        }

        @CommandHandler
        public Reminder(ScheduleReminderCommand command, DeadlineManager deadlines) {
            apply(new ReminderScheduledEvent(command.reminderId(), command.dueAt()));
            deadlines.schedule(command.dueAt(), DUE);
        }

        @DeadlineHandler(deadlineName = DUE)
        void due() {
            if (!fired) { // a deadline revived after its first run committed must not fire twice
                apply(new ReminderFiredEvent(reminderId, dueAt));
            }
        }

        @EventSourcingHandler
        void on(ReminderScheduledEvent event) {
            this.reminderId = event.reminderId();
            this.dueAt = event.dueAt();
        }

        @EventSourcingHandler
        void on(ReminderFiredEvent event) {
            this.fired = true;
        }
    }

    /** Schedules the reminders given on the command line, once (a restart finds them stored). */
    @Bean
    ApplicationRunner scheduleReminders(@Value("${reminders:}") String reminders, CommandGateway commands,
            EventStore events, Clock clock) {
        return args -> Arrays.stream(reminders.split(",")).filter(spec -> !spec.isBlank()).forEach(spec -> {
            String[] parts = spec.split("\\+");
            if (events.readEvents(parts[0]).hasNext()) {
                return;
            }
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ScheduleReminderCommand(parts[0],
                    clock.instant().plusMillis(Long.parseLong(parts[1])))).andMetaData(MetaData
                    .with(MetaDataKeys.USER_ID, "scheduler-of-" + parts[0])
                    .and(MetaDataKeys.CLINIC_ID, "clinic-r")
                    .and(MetaDataKeys.CORRELATION_ID, "corr-" + parts[0])
                    .and(MetaDataKeys.CAUSATION_ID, "cause-" + parts[0])));
        });
    }
}
