package io.claimline.testsupport.copies;

import static io.claimline.testsupport.PublishedPracticeEvents.clinicProfileChanged;
import static io.claimline.testsupport.PublishedPracticeEvents.locationAdded;
import static io.claimline.testsupport.PublishedPracticeEvents.locationChanged;
import static io.claimline.testsupport.PublishedPracticeEvents.providerAdded;
import static io.claimline.testsupport.PublishedPracticeEvents.providerChanged;
import static io.claimline.testsupport.PublishedPracticeEvents.providerDeactivated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.practice.v1.Address;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPracticeEvents;
import io.claimline.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Practice events from Kafka keep a service's practice copy, once each, readable as of any date of service: the
 * scenarios every service that keeps the copy (the platform's PracticeCopyTable on its own rm_practice_* tables)
 * proves on its own database. A service's IT extends this with {@code @ClaimlineServiceTest}, its own consumer
 * group (its other test contexts stay cached with consumers of their own, each on its own database, and in one group
 * they would take this context's partitions) and its copy's reads.
 *
 * <p>test-support cannot depend on the platform (the platform's own tests depend on test-support), so the scenarios
 * read the copy's records (the platform's ClinicProfile, Provider and Location) by their component names through
 * AssertJ: a renamed component fails a scenario with an introspection error, never silently.
 */
public abstract class PracticeCopyScenarios {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    @Autowired private JdbcTemplate jdbc;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final String deadLetterTopic;
    private final String reasonHeader;
    private final Reads copy;

    /**
     * @param deadLetterTopic where this service's consumer group dead-letters practice events
     * @param reasonHeader the dead letter's header that says why
     */
    protected PracticeCopyScenarios(String deadLetterTopic, String reasonHeader, Reads copy) {
        this.deadLetterTopic = deadLetterTopic;
        this.reasonHeader = reasonHeader;
        this.copy = copy;
    }

    /** The service's as-of-date reads of its copy, e.g. {@code new Reads(copy::clinicAsOf, ...)}. */
    public record Reads(AsOf<Optional<?>> clinicAsOf, AsOf<List<?>> providersAsOf, ProviderAsOf providerAsOf,
            AsOf<List<?>> locationsAsOf) {
    }

    @FunctionalInterface
    public interface AsOf<T> {
        T read(String clinicId, LocalDate date);
    }

    @FunctionalInterface
    public interface ProviderAsOf {
        Optional<?> read(String clinicId, String npi, LocalDate date);
    }

    @Test
    void aClaimForLastMonthsVisitNamesLastMonthsClinicProviderAndLocation() {
        String clinic = "clinic-" + UUID.randomUUID();
        String provider = UUID.randomUUID().toString();
        String location = UUID.randomUUID().toString();
        Address moved = new Address("250 Oak Avenue", null, "Springfield", "IL", "627021234");
        send(clinicProfileChanged(clinic, 0, JAN, "Riverside Family Medicine LLC", mainStreet()),
                providerAdded(clinic, 1, provider, JAN, null, "1222333449", "Hopper"),
                locationAdded(clinic, 2, location, JAN, "11"),
                clinicProfileChanged(clinic, 3, JUL, "Riverside Family Medicine LLC", moved),
                providerChanged(clinic, 4, provider, JUL, null, "1222333449", "Hopper-Murray"),
                locationChanged(clinic, 5, location, JUL, "22"),
                providerDeactivated(clinic, 6, provider, LocalDate.of(2026, 9, 30)));
        awaitApplied(clinic, 7);

        LocalDate june = LocalDate.of(2026, 6, 15);
        assertThat(copy.clinicAsOf().read(clinic, june)).get()
                .extracting("billingAddress.line1", "billingNpi", "taxId", "effectiveFrom")
                .containsExactly("100 Main Street", "1234567893", "123456789", JAN);
        assertThat(copy.clinicAsOf().read(clinic, JUL)).get().extracting("billingAddress").isEqualTo(moved);
        assertThat(copy.clinicAsOf().read(clinic, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(copy.providersAsOf().read(clinic, june)).extracting("familyName").containsExactly("Hopper");
        assertThat(copy.providerAsOf().read(clinic, "1222333449", JUL)).get().extracting("familyName")
                .isEqualTo("Hopper-Murray");
        assertThat(copy.providersAsOf().read(clinic, LocalDate.of(2026, 9, 30))).hasSize(1);
        assertThat(copy.providersAsOf().read(clinic, LocalDate.of(2026, 10, 1))).isEmpty();
        assertThat(copy.locationsAsOf().read(clinic, june)).first().extracting("placeOfService").isEqualTo("11");
        assertThat(copy.locationsAsOf().read(clinic, JUL)).first().extracting("placeOfService").isEqualTo("22");
        assertThat(copy.clinicAsOf().read("clinic-" + UUID.randomUUID(), june)).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String clinic = "clinic-" + UUID.randomUUID();
        IntegrationEvent profile = clinicProfileChanged(clinic, 0, JAN, "Riverside", mainStreet());
        IntegrationEvent provider = providerAdded(clinic, 1, UUID.randomUUID().toString(), JAN, null, "1222333449",
                "Hopper");
        send(profile, provider, profile, provider);
        String marker = UUID.randomUUID().toString();
        send(locationAdded(clinic, 2, marker, JAN, "11"));

        awaitApplied(clinic, 3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM integration_inbox WHERE event_id IN (?, ?)", Long.class,
                profile.eventId(), provider.eventId())).isEqualTo(2);
        assertThat(copy.providersAsOf().read(clinic, JAN)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT applied_events FROM rm_practice WHERE clinic_id = ?", Integer.class,
                clinic)).isEqualTo(3);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndLaterRecordsStillApply() {
        String clinic = "clinic-" + UUID.randomUUID();
        kafka.send(Topics.PRACTICE_EVENTS_V1, clinic, "{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        IntegrationEvent otherClinicsPayload = clinicProfileChanged(clinic, 0, JAN, "Riverside",
                mainStreet());
        String other = "clinic-" + UUID.randomUUID();
        IntegrationEvent broken = new IntegrationEvent(otherClinicsPayload.eventId(), otherClinicsPayload.type(), 1,
                otherClinicsPayload.occurredAt(), "Practice", clinic, 0L, other, null, null,
                otherClinicsPayload.payload());
        PublishedEvents.send(kafka, Topics.PRACTICE_EVENTS_V1, broken);
        send(clinicProfileChanged(clinic, 0, JAN, "Riverside", mainStreet()));

        var deadLetter = kafka.awaitRecord(deadLetterTopic, r -> clinic.equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).equals("{not json"));
        assertThat(KafkaTestClient.header(deadLetter, reasonHeader))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("undecodable envelope"));
        var otherDeadLetter = kafka.awaitRecord(deadLetterTopic, r -> clinic.equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).contains(broken.eventId()));
        assertThat(KafkaTestClient.header(otherDeadLetter, reasonHeader))
                .hasValueSatisfying(reason -> assertThat(reason).contains("another clinic"));
        awaitApplied(clinic, 1);
        assertThat(copy.clinicAsOf().read(other, JAN)).isEmpty();
    }

    @Test
    void aChangeOfAProviderNeverAddedIsRefusedNotLost() {
        String clinic = "clinic-" + UUID.randomUUID();
        String provider = UUID.randomUUID().toString();
        IntegrationEvent change = providerChanged(clinic, 1, provider, JUL, null, "1222333449", "Hopper");
        send(clinicProfileChanged(clinic, 0, JAN, "Riverside", mainStreet()), change);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class, change.eventId()) == 1);
        assertThat(copy.providersAsOf().read(clinic, JUL)).isEmpty();
    }

    private static Address mainStreet() {
        return PublishedPracticeEvents.MAIN_STREET;
    }

    private void send(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            PublishedEvents.send(kafka, Topics.PRACTICE_EVENTS_V1, event);
        }
    }

    private void awaitApplied(String clinic, int events) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT applied_events FROM rm_practice WHERE clinic_id = ?", Integer.class, clinic).stream()
                .anyMatch(applied -> applied >= events));
    }
}
