package io.claimline.platform.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimline.platform.security.CurrentActor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write at most once per {@code Idempotency-Key} (per clinic). The key row, the command's events and
 * the stored result commit in one database transaction: a retry after success replays the first result; a
 * retry after failure runs again; two concurrent requests with one key serialise on the key's primary key.
 */
@Component
public class IdempotentRequests {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SecretKeySpec fingerprintKey;

    public IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper mapper, Clock clock,
            @Value("${claimline.idempotency.fingerprint-key}") String fingerprintKey) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mapper = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.clock = clock;
        this.fingerprintKey = fingerprintKey(fingerprintKey);
    }

    /** The result, and whether it is the replay of an earlier request with the same key. */
    public record Outcome<R>(R result, boolean replayed) {
    }

    public <R> Outcome<R> execute(String idempotencyKey, String operation, Object request, Class<R> resultType,
            Supplier<R> action) {
        if (idempotencyKey == null) {
            return transaction.execute(status -> new Outcome<>(action.get(), false));
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        String clinicId = CurrentActor.get().clinicId();
        String requestHash = hash(operation, request);
        return transaction.execute(status -> {
            // Waits here while another transaction holds the same key, then sees its committed row.
            int inserted = jdbc.update("""
                    INSERT INTO idempotent_request (clinic_id, idempotency_key, operation, request_hash, created_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    clinicId, idempotencyKey, operation, requestHash, Timestamp.from(clock.instant()));
            if (inserted == 0) {
                return replay(clinicId, idempotencyKey, requestHash, resultType);
            }
            R result = action.get();
            jdbc.update("UPDATE idempotent_request SET response_json = ? WHERE clinic_id = ? AND idempotency_key = ?",
                    write(result), clinicId, idempotencyKey);
            return new Outcome<>(result, false);
        });
    }

    private <R> Outcome<R> replay(String clinicId, String key, String requestHash, Class<R> resultType) {
        List<String[]> rows = jdbc.query(
                "SELECT request_hash, response_json FROM idempotent_request WHERE clinic_id = ? AND idempotency_key = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, clinicId, key);
        String[] row = rows.get(0);
        if (!row[0].equals(requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        try {
            return new Outcome<>(mapper.readValue(row[1], resultType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent result unreadable", e);
        }
    }

    /**
     * A keyed fingerprint (HMAC-SHA-256): requests carry PHI, and a plain hash of a name and a birth date could be
     * confirmed by guessing. The key is this purpose's own ({@code claimline.idempotency.fingerprint-key}): one
     * key, one purpose, so no other secret is exposed through it.
     */
    private String hash(String operation, Object request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            mac.update(operation.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("request could not be fingerprinted", e);
        }
    }

    private static SecretKeySpec fingerprintKey(String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key);
        if (key.length < 32) {
            throw new IllegalArgumentException("claimline.idempotency.fingerprint-key must be at least 32 bytes (base64)");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private String write(Object result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result could not be stored", e);
        }
    }
}
