package io.claimline.claims.practice;

import static io.claimline.testsupport.PublishedPracticeEvents.clinicProfileChanged;
import static io.claimline.testsupport.PublishedPracticeEvents.locationAdded;
import static io.claimline.testsupport.PublishedPracticeEvents.locationChanged;
import static io.claimline.testsupport.PublishedPracticeEvents.providerAdded;
import static io.claimline.testsupport.PublishedPracticeEvents.providerChanged;
import static io.claimline.testsupport.PublishedPracticeEvents.providerDeactivated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.claims.practice.query.PracticeCopy;
import io.claimline.claims.practice.query.Provider;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.practice.v1.Address;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPracticeEvents;
import io.claimline.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Practice events from Kafka keep the practice copy, once each, readable as of any date of service. The test's own
 * consumer group: the service's other test contexts stay cached with consumers of their own (each on its own
 * database), and in one group they would take this context's partitions.
 */
@ClaimlineServiceTest
@TestPropertySource(properties = {"spring.kafka.consumer.group-id=" + PracticeCopyIT.GROUP,
        "claimline.kafka.topics=" + Topics.PRACTICE_EVENTS_V1 + "," + Topics.PRACTICE_EVENTS_V1 + "." + PracticeCopyIT.GROUP
                + ".dlt"})
class PracticeCopyIT {

    static final String GROUP = "claims-service-practice-copy-it";
    private static final String DLT = KafkaIntegrationConfiguration.deadLetterTopic(Topics.PRACTICE_EVENTS_V1, GROUP);
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    @Autowired PracticeCopy copy;
    @Autowired JdbcTemplate jdbc;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

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
        assertThat(copy.clinicAsOf(clinic, june)).hasValueSatisfying(profile -> {
            assertThat(profile.billingAddress().line1()).isEqualTo("100 Main Street");
            assertThat(profile.billingNpi()).isEqualTo("1234567893");
            assertThat(profile.taxId()).isEqualTo("123456789");
            assertThat(profile.effectiveFrom()).isEqualTo(JAN);
        });
        assertThat(copy.clinicAsOf(clinic, JUL).orElseThrow().billingAddress()).isEqualTo(moved);
        assertThat(copy.clinicAsOf(clinic, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(copy.providersAsOf(clinic, june)).extracting(Provider::familyName).containsExactly("Hopper");
        assertThat(copy.providerAsOf(clinic, "1222333449", JUL).orElseThrow().familyName())
                .isEqualTo("Hopper-Murray");
        assertThat(copy.providersAsOf(clinic, LocalDate.of(2026, 9, 30))).hasSize(1);
        assertThat(copy.providersAsOf(clinic, LocalDate.of(2026, 10, 1))).isEmpty();
        assertThat(copy.locationsAsOf(clinic, june).get(0).placeOfService()).isEqualTo("11");
        assertThat(copy.locationsAsOf(clinic, JUL).get(0).placeOfService()).isEqualTo("22");
        assertThat(copy.clinicAsOf("clinic-" + UUID.randomUUID(), june)).isEmpty();
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
        assertThat(copy.providersAsOf(clinic, JAN)).hasSize(1);
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

        var deadLetter = kafka.awaitRecord(DLT, r -> clinic.equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).equals("{not json"));
        assertThat(KafkaTestClient.header(deadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("undecodable envelope"));
        var otherDeadLetter = kafka.awaitRecord(DLT, r -> clinic.equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).contains(broken.eventId()));
        assertThat(KafkaTestClient.header(otherDeadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER))
                .hasValueSatisfying(reason -> assertThat(reason).contains("another clinic"));
        awaitApplied(clinic, 1);
        assertThat(copy.clinicAsOf(other, JAN)).isEmpty();
    }

    @Test
    void aChangeOfAProviderNeverAddedIsRefusedNotLost() {
        String clinic = "clinic-" + UUID.randomUUID();
        String provider = UUID.randomUUID().toString();
        IntegrationEvent change = providerChanged(clinic, 1, provider, JUL, null, "1222333449", "Hopper");
        send(clinicProfileChanged(clinic, 0, JAN, "Riverside", mainStreet()), change);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class, change.eventId()) == 1);
        assertThat(copy.providersAsOf(clinic, JUL)).isEmpty();
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
