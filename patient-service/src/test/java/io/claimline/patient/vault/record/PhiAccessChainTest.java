package io.claimline.patient.vault.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhiAccessChainTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:15:30.123456Z");

    @Test
    void anUntouchedChainVerifies() {
        assertThat(verify(chain(3))).isEqualTo(new PhiAccessChain.Verification(true, 3, null, null));
    }

    @Test
    void anEditedEntryBreaksTheChainAtThatEntry() {
        List<PhiAccessEntry> entries = chain(3);
        PhiAccessEntry second = entries.get(1);
        entries.set(1, new PhiAccessEntry(second.sequence(), second.recordedAt(), second.operation(),
                second.service(), "someone-else", second.clinicId(), second.purpose(), second.outcome(),
                second.detail(), second.items(), second.previousHash(), second.hash()));

        PhiAccessChain.Verification result = verify(entries);
        assertThat(result.verified()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.reason()).contains("changed");
    }

    @Test
    void anEditedEntryWhoseHashWasRecomputedBreaksTheLinkToTheNext() {
        List<PhiAccessEntry> entries = chain(3);
        PhiAccessEntry second = entries.get(1);
        PhiAccessEntry.Draft forged = new PhiAccessEntry.Draft(second.operation(), second.service(), "someone-else",
                second.clinicId(), second.purpose(), second.outcome(), second.detail(), second.items());
        entries.set(1, entry(second.sequence(), second.previousHash(), forged));

        assertThat(verify(entries).firstBrokenSequence()).isEqualTo(3);
    }

    @Test
    void aRemovedEntryIsNamed() {
        List<PhiAccessEntry> entries = chain(3);
        entries.remove(1);

        PhiAccessChain.Verification result = verify(entries);
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void theHashCoversEveryItem() {
        PhiAccessEntry.Draft one = draft("claims-service", "givenName");
        PhiAccessEntry.Draft other = draft("claims-service", "familyName");

        assertThat(PhiAccessChain.hash(PhiAccessChain.GENESIS, 1, AT, one))
                .isNotEqualTo(PhiAccessChain.hash(PhiAccessChain.GENESIS, 1, AT, other))
                .hasSize(64);
    }

    private static PhiAccessChain.Verification verify(List<PhiAccessEntry> entries) {
        PhiAccessChain.Verifier verifier = new PhiAccessChain.Verifier();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    private static List<PhiAccessEntry> chain(int length) {
        List<PhiAccessEntry> entries = new ArrayList<>();
        String previous = PhiAccessChain.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            PhiAccessEntry entry = entry(sequence, previous, draft("claims-service", "field" + sequence));
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static PhiAccessEntry entry(long sequence, String previousHash, PhiAccessEntry.Draft draft) {
        return new PhiAccessEntry(sequence, AT, draft.operation(), draft.service(), draft.actingUser(),
                draft.clinicId(), draft.purpose(), draft.outcome(), draft.detail(), draft.items(), previousHash,
                PhiAccessChain.hash(previousHash, sequence, AT, draft));
    }

    private static PhiAccessEntry.Draft draft(String service, String field) {
        return new PhiAccessEntry.Draft(PhiAccessEntry.OPEN, service, "biller", "clinic-001", "claim_submission",
                PhiAccessEntry.COMPLETED, null,
                List.of(new PhiAccessEntry.Item("0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3", field, "opened")));
    }
}
