package io.claimline.patient.vault.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the PHI access record, apart from the database so it is tested on its own. Each entry's hash
 * is SHA-256 over the previous entry's hash and the entry's canonical JSON (fields in a fixed order, times as
 * ISO-8601 at microseconds, which PostgreSQL keeps exactly), so changing, removing or reordering any entry breaks
 * every hash from it on.
 */
public final class PhiAccessChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private PhiAccessChain() {
    }

    /** The canonical form that is hashed; also how {@code items} is stored. */
    private record Canonical(long sequence, String recordedAt, String operation, String service, String actingUser,
            String clinicId, String purpose, String outcome, String detail, List<PhiAccessEntry.Item> items) {
    }

    public static String hash(String previousHash, long sequence, Instant recordedAt, PhiAccessEntry.Draft draft) {
        Canonical canonical = new Canonical(sequence, recordedAt.toString(), draft.operation(), draft.service(),
                draft.actingUser(), draft.clinicId(), draft.purpose(), draft.outcome(), draft.detail(), draft.items());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(JSON.writeValueAsBytes(canonical));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("access record entry could not be hashed", e);
        }
    }

    public static String itemsJson(List<PhiAccessEntry.Item> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("access record items could not be written", e);
        }
    }

    public static List<PhiAccessEntry.Item> items(String json) {
        try {
            return List.of(JSON.readValue(json, PhiAccessEntry.Item[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("access record items unreadable", e);
        }
    }

    /** Walks entries in sequence order and tells where, if anywhere, the chain stops holding. */
    public static final class Verifier {
        private long expectedSequence = 1;
        private String previousHash = GENESIS;
        private long checked;
        private Long brokenAt;
        private String reason;

        public void accept(PhiAccessEntry entry) {
            if (brokenAt != null) {
                return;
            }
            checked++;
            if (entry.sequence() != expectedSequence) {
                fail(expectedSequence, "entry " + expectedSequence + " is missing");
            } else if (!entry.previousHash().equals(previousHash)) {
                fail(entry.sequence(), "previous hash does not match the entry before");
            } else if (!entry.hash().equals(hash(previousHash, entry.sequence(), entry.recordedAt(), draft(entry)))) {
                fail(entry.sequence(), "entry was changed after it was recorded");
            }
            expectedSequence = entry.sequence() + 1;
            previousHash = entry.hash();
        }

        private void fail(long sequence, String why) {
            brokenAt = sequence;
            reason = why;
        }

        public Verification result() {
            return new Verification(brokenAt == null, checked, brokenAt, reason);
        }

        private static PhiAccessEntry.Draft draft(PhiAccessEntry entry) {
            return new PhiAccessEntry.Draft(entry.operation(), entry.service(), entry.actingUser(), entry.clinicId(),
                    entry.purpose(), entry.outcome(), entry.detail(), entry.items());
        }
    }

    /** Whether the whole record verifies; if not, the first entry that does not and why. */
    public record Verification(boolean verified, long entriesChecked, Long firstBrokenSequence, String reason) {
    }
}
