package io.claimline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.claims.v1.ClaimAccepted;
import io.claimline.contracts.claims.v1.ClaimCreated;
import io.claimline.contracts.claims.v1.ClaimRejected;
import io.claimline.contracts.claims.v1.ClaimResubmitted;
import io.claimline.contracts.claims.v1.ClaimSubmitted;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/** What the helper builds passes the published contract, and its matcher picks a claim's records by key and type. */
class PublishedClaimEventsTest {

    private static final String CLAIM = UUID.randomUUID().toString();
    private static final String PAYER = UUID.randomUUID().toString();

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void aClaimsEventsDecodeAsTheirContractTypesAndTellOneStory() {
        String pcn = PublishedClaimEvents.patientControlNumber(CLAIM);
        String newPcn = pcn + "-2";

        ClaimCreated created = decode(PublishedClaimEvents.claimCreated(CLAIM, "clinic-001", 0,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(), PAYER),
                ClaimCreated.class);
        ClaimSubmitted submitted = decode(PublishedClaimEvents.claimSubmitted(CLAIM, "clinic-001", 1, PAYER,
                "190.00"), ClaimSubmitted.class);
        ClaimRejected rejected = decode(PublishedClaimEvents.claimRejected(CLAIM, "clinic-001", 2, pcn, 1,
                "The payer does not know the billing provider's NPI"), ClaimRejected.class);
        ClaimResubmitted resubmitted = decode(PublishedClaimEvents.claimResubmitted(CLAIM, "clinic-001", 3, pcn,
                newPcn, 2, PAYER, "190.00", "Corrected the billing provider's NPI"), ClaimResubmitted.class);
        ClaimAccepted accepted = decode(PublishedClaimEvents.claimAccepted(CLAIM, "clinic-001", 4, newPcn, 2),
                ClaimAccepted.class);

        assertThat(created.totalCharge()).isEqualTo(new BigDecimal("190.00"));
        assertThat(created.patientControlNumber()).isEqualTo(pcn).hasSize(14);
        assertThat(created.lines()).extracting(ClaimCreated.Line::lineId)
                .containsExactly(PublishedClaimEvents.lineId(1), PublishedClaimEvents.lineId(2));
        assertThat(submitted.patientControlNumber()).isEqualTo(pcn);
        assertThat(submitted.fileSha256()).isNotEqualTo(resubmitted.fileSha256());
        assertThat(submitted.interchangeControlNumber()).isNotEqualTo(resubmitted.interchangeControlNumber());
        assertThat(rejected.submission()).isEqualTo(1);
        assertThat(resubmitted.previousPatientControlNumber()).isEqualTo(pcn);
        assertThat(accepted.patientControlNumber()).isEqualTo(newPcn);
    }

    @Test
    void ofTypeMatchesTheClaimsRecordsOfTheTypeOnly() {
        IntegrationEvent created = PublishedClaimEvents.claimCreated(CLAIM, "clinic-001", 0,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(), PAYER,
                List.of(PublishedClaimEvents.line(1, "99213", "150.00")));
        ConsumerRecord<String, byte[]> record = record(created);

        assertThat(PublishedClaimEvents.ofType(CLAIM, ClaimCreated.TYPE)).accepts(record);
        assertThat(PublishedClaimEvents.ofType(CLAIM, ClaimSubmitted.TYPE)).rejects(record);
        assertThat(PublishedClaimEvents.ofType(UUID.randomUUID().toString(), ClaimCreated.TYPE)).rejects(record);
        assertThat(PublishedClaimEvents.envelope(record).aggregateType()).isEqualTo("Claim");
        assertThat(PublishedClaimEvents.payload(record, ClaimCreated.class).totalCharge())
                .isEqualTo(new BigDecimal("150.00"));
    }

    /** A record as the publisher writes it: key = claim id, event-id and type headers. */
    private ConsumerRecord<String, byte[]> record(IntegrationEvent event) {
        var record = new ConsumerRecord<>(Topics.CLAIM_EVENTS_V1, 0, 0L, event.aggregateId(), codec.encode(event));
        record.headers().add(new RecordHeader(Topics.HEADER_EVENT_ID,
                event.eventId().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(Topics.HEADER_TYPE, event.type().getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private <T> T decode(IntegrationEvent event, Class<T> type) {
        IntegrationEvent decoded = codec.decode(codec.encode(event));
        assertThat(decoded.aggregateId()).isEqualTo(CLAIM);
        assertThat(decoded.type()).isEqualTo(event.type());
        return codec.payload(decoded, type);
    }
}
