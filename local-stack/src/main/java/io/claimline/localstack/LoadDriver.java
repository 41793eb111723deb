package io.claimline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's load: registrations through the gateway, as a clinic system makes them (client-credentials token,
 * a fresh Idempotency-Key per registration, retried with the same key on a connection failure), from a number of
 * concurrent clients for a given time. Counts only acknowledged registrations (201) and appends their patient ids
 * to a log, the list of what was acknowledged. JDK only, like {@link TokenClient}.
 *
 * <pre>LoadDriver &lt;gatewayUrl&gt; &lt;concurrency&gt; &lt;seconds&gt; [acknowledged-log]</pre>
 *
 * Prints one line: {@code concurrency=16 seconds=30.0 acknowledged=4200 failed=0 rate=140.0/s p50=... p99=...}.
 */
public final class LoadDriver {

    private static final Pattern PATIENT_ID = Pattern.compile("\"patientId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private LoadDriver() {
    }

    /** What one run did. */
    public record Result(int concurrency, double seconds, long acknowledged, long failed, double p50Millis,
            double p99Millis, List<String> patientIds) {

        public double rate() {
            return acknowledged / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "concurrency=%d seconds=%.1f acknowledged=%d failed=%d rate=%.1f/s "
                    + "p50=%.1fms p99=%.1fms", concurrency, seconds, acknowledged, failed, rate(), p50Millis,
                    p99Millis);
        }
    }

    public static Result run(String gatewayUrl, String token, int concurrency, Duration duration) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> patientIds = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int client = 0; client < concurrency; client++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long before = System.nanoTime();
                        String patientId = register(http, gatewayUrl, token);
                        if (patientId == null) {
                            failed.incrementAndGet();
                        } else {
                            latencies.add(System.nanoTime() - before);
                            patientIds.add(patientId);
                            acknowledged.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + client);
            worker.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        return new Result(concurrency, seconds, acknowledged.get(), failed.get(), percentile(sorted, 0.5),
                percentile(sorted, 0.99), List.copyOf(patientIds));
    }

    /** One registration, retried with the same Idempotency-Key while the connection fails; null if refused. */
    private static String register(HttpClient http, String gatewayUrl, String token) {
        String key = "bench-" + UUID.randomUUID();
        String body = "{\"givenName\": \"Bench\", \"familyName\": \"Load" + key.substring(6, 14)
                + "\", \"dateOfBirth\": \"1970-01-01\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/patients"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    return null;
                }
                Matcher id = PATIENT_ID.matcher(response.body());
                return id.find() ? id.group(1) : null;
            } catch (IOException e) {
                // connection trouble: the same key makes the retry safe
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.floor(fraction * sortedNanos.size()));
        return sortedNanos.get(index) / 1e6;
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: LoadDriver <gatewayUrl> <concurrency> <seconds> [acknowledged-log]");
            System.exit(2);
        }
        String gateway = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
        String token = TokenClient.clientToken(gateway, "clinic-system", "clinic-system-secret");
        Result result = run(gateway, token, Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
        if (args.length > 3) {
            try {
                Files.write(Path.of(args[3]), result.patientIds(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println(result);
    }
}
