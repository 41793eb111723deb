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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's load, and the fault suite's: registrations through the gateway, as a clinic system makes them
 * (client-credentials token, a fresh Idempotency-Key per registration), from a number of concurrent clients. A
 * registration that meets a connection failure or a 502, 503 or 504 (the gateway's answers while a service or its
 * database is away) is retried with the same key after a short back-off, for at most {@link #RETRY_WINDOW}: long
 * enough to outlast a service's restart, so the retry after a {@code kill -9} is the real test of the key. Counts
 * only 201s as acknowledged and appends their patient ids to a log, the list of what was acknowledged. JDK only,
 * like {@link TokenClient}.
 *
 * <pre>
 * LoadDriver &lt;gatewayUrl&gt; &lt;concurrency&gt; &lt;seconds&gt; [acknowledged-log] [--coverage payerId | --encounter]
 * </pre>
 *
 * Each registration carries full demographics (address, phone, e-mail, sex, language), varied per patient so the
 * duplicate check sees a realistic clinic rather than one person registered thousands of times. With
 * {@code --coverage} each registration is followed by a coverage on that payer (the front desk's usual pair), and
 * the pair counts as one acknowledged registration.
 *
 * <p>With {@code --encounter} an iteration is charge capture instead: the seeded {@code biller} records an insured
 * encounter with two lines (201), then the seeded {@code provider}, its rendering provider, confirms it (200); the
 * pair counts as one acknowledged encounter, and the log gets encounter ids. It needs {@code ./claimline seed}
 * first ({@link BenchEncounters#prepare}: practice, chargemaster, contract, payer; the patient is the run's own).
 *
 * Prints one line: {@code concurrency=16 seconds=30.0 acknowledged=4200 failed=0 rate=140.0/s p50=... p99=...
 * attempted=4200 retries=0}.
 */
public final class LoadDriver {

    /** How long one registration keeps retrying: a service restart on two busy cores takes up to about 40 s. */
    static final Duration RETRY_WINDOW = Duration.ofSeconds(60);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(2);
    private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);
    private static final Pattern PATIENT_ID = Pattern.compile("\"patientId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ENCOUNTER_ID = Pattern.compile("\"encounterId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private LoadDriver() {
    }

    /**
     * What one run did. {@code attempted} counts registrations (distinct Idempotency-Keys), {@code retries} the
     * extra requests made with a key already sent.
     */
    public record Result(int concurrency, double seconds, long acknowledged, long failed, double p50Millis,
            double p99Millis, List<String> patientIds, long attempted, long retries, List<String> encounterIds) {

        /** What the acknowledged-log gets: the encounter ids of an encounter run, else the patient ids. */
        public List<String> acknowledgedIds() {
            return encounterIds.isEmpty() ? patientIds : encounterIds;
        }

        public double rate() {
            return acknowledged / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "concurrency=%d seconds=%.1f acknowledged=%d failed=%d rate=%.1f/s "
                    + "p50=%.1fms p99=%.1fms attempted=%d retries=%d", concurrency, seconds, acknowledged, failed,
                    rate(), p50Millis, p99Millis, attempted, retries);
        }
    }

    /** Drives the load for the given time, then returns what it did. */
    public static Result run(String gatewayUrl, String token, int concurrency, Duration duration) {
        return run(gatewayUrl, token, concurrency, duration, null);
    }

    /** The same, each registration followed by a coverage on {@code payerId} (null: registrations only). */
    public static Result run(String gatewayUrl, String token, int concurrency, Duration duration, String payerId) {
        Run run = start(gatewayUrl, token, concurrency, duration, payerId);
        return run.awaitEnd();
    }

    /** Starts the load in the background until {@link Run#stop()}; for driving load through a fault. */
    public static Run start(String gatewayUrl, String token, int concurrency) {
        return start(gatewayUrl, token, concurrency, Duration.ofDays(1), null);
    }

    /**
     * Records and confirms encounters for the given time (the encounter workload), then returns what it did;
     * {@link Result#encounterIds()} holds the confirmed encounters.
     */
    public static Result runEncounters(String gatewayUrl, BenchEncounters.Setup setup, int concurrency,
            Duration duration) {
        Run run = new Run(gatewayUrl, null, concurrency, System.nanoTime() + duration.toNanos(), null, setup);
        startWorkers(run);
        return run.awaitEnd();
    }

    private static Run start(String gatewayUrl, String token, int concurrency, Duration limit, String payerId) {
        Run run = new Run(gatewayUrl, token, concurrency, System.nanoTime() + limit.toNanos(), payerId, null);
        startWorkers(run);
        return run;
    }

    private static void startWorkers(Run run) {
        int concurrency = run.concurrency;
        for (int client = 0; client < concurrency; client++) {
            Thread worker = new Thread(run::drive, "load-" + client);
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** A load being driven. */
    public static final class Run {
        // HTTP/1.1 as clinic systems speak it to the gateway; the JDK client would otherwise offer an HTTP/2
        // upgrade on every new connection.
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String gatewayUrl;
        private final String token;
        private final String payerId;
        private final BenchEncounters.Setup encounters;
        private final int concurrency;
        private final long end;
        private final long started = System.nanoTime();
        private final CountDownLatch done;
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong attempted = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> patientIds = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> encounterIds = new ConcurrentLinkedQueue<>();
        private volatile boolean stopping;

        private Run(String gatewayUrl, String token, int concurrency, long end, String payerId,
                BenchEncounters.Setup encounters) {
            this.gatewayUrl = gatewayUrl;
            this.token = token;
            this.payerId = payerId;
            this.encounters = encounters;
            this.concurrency = concurrency;
            this.end = end;
            this.done = new CountDownLatch(concurrency);
        }

        /** Registrations acknowledged (201) so far. */
        public long acknowledged() {
            return acknowledged.get();
        }

        /** Starts no new registration; the ones under way finish (retries included); returns what the run did. */
        public Result stop() {
            stopping = true;
            return awaitEnd();
        }

        private Result awaitEnd() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            return new Result(concurrency, seconds, acknowledged.get(), failed.get(), percentile(sorted, 0.5),
                    percentile(sorted, 0.99), List.copyOf(patientIds), attempted.get(), retries.get(),
                    List.copyOf(encounterIds));
        }

        private void drive() {
            try {
                while (!stopping && System.nanoTime() < end) {
                    long before = System.nanoTime();
                    attempted.incrementAndGet();
                    String id = encounters != null ? recordAndConfirm() : registerAndCover();
                    if (id == null) {
                        failed.incrementAndGet();
                    } else {
                        latencies.add(System.nanoTime() - before);
                        (encounters != null ? encounterIds : patientIds).add(id);
                        acknowledged.incrementAndGet();
                    }
                }
            } finally {
                done.countDown();
            }
        }

        /** A registration, with its coverage if the run has a payer; the patient id, or null if not acknowledged. */
        private String registerAndCover() {
            String patientId = register();
            return patientId != null && payerId != null && !cover(patientId) ? null : patientId;
        }

        /** An encounter recorded by the biller and confirmed by its provider; its id, or null if not both. */
        private String recordAndConfirm() {
            String key = "bench-encounter-" + UUID.randomUUID();
            HttpResponse<String> recorded = send("/api/billing/encounters", key, BenchEncounters.encounter(encounters),
                    encounters.billerToken(), 201);
            Matcher id = recorded == null ? null : ENCOUNTER_ID.matcher(recorded.body());
            if (id == null || !id.find()) {
                return null;
            }
            String encounterId = id.group(1);
            // No If-Match: the confirmation refers to the encounter as it stands, pending its provider's review.
            return send("/api/billing/encounters/" + encounterId + "/confirmation", key + "-confirmation", "{}",
                    encounters.providerToken(), 200) == null ? null : encounterId;
        }

        /** One registration, retried with the same Idempotency-Key while it may still succeed; null if not. */
        private String register() {
            String key = "bench-" + UUID.randomUUID();
            HttpResponse<String> response = send("/api/patients", key, BenchPatients.person(key), token, 201);
            if (response == null) {
                return null;
            }
            Matcher id = PATIENT_ID.matcher(response.body());
            return id.find() ? id.group(1) : null;
        }

        /** The patient's coverage on the benchmark's payer; false if it was not acknowledged. */
        private boolean cover(String patientId) {
            String key = "bench-coverage-" + patientId;
            return send("/api/patients/" + patientId + "/coverages", key,
                    BenchPatients.coverage(payerId, key), token, 201) != null;
        }

        /**
         * One POST as the token's holder, retried with the same Idempotency-Key while it may still succeed; the
         * answer with the expected status, or null.
         */
        private HttpResponse<String> send(String path, String key, String body, String bearer, int expected) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long giveUp = System.nanoTime() + RETRY_WINDOW.toNanos();
            long backOffMillis = 100;
            for (int attempt = 0; ; attempt++) {
                if (attempt > 0) {
                    retries.incrementAndGet();
                }
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == expected) {
                        return response;
                    }
                    if (!RETRIED_STATUSES.contains(response.statusCode())) {
                        return null;
                    }
                } catch (IOException e) {
                    // connection trouble: the same key makes the retry safe
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                if (System.nanoTime() + backOffMillis * 1_000_000 > giveUp) {
                    return null;
                }
                try {
                    // A clinic system's retry policy (100 ms doubling to 2 s while the gateway answers 502-504 or the
                    // connection fails): the behaviour under test, not a wait for a condition the driver could see.
                    Thread.sleep(backOffMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                backOffMillis = Math.min(backOffMillis * 2, MAX_BACK_OFF.toMillis());
            }
        }
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.floor(fraction * sortedNanos.size()));
        return sortedNanos.get(index) / 1e6;
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean encounter = arguments.remove("--encounter");
        String payerId = null;
        int coverage = arguments.indexOf("--coverage");
        if (coverage >= 0 && coverage + 1 < arguments.size()) {
            payerId = arguments.remove(coverage + 1);
            arguments.remove(coverage);
        }
        if (arguments.size() < 3) {
            System.err.println("usage: LoadDriver <gatewayUrl> <concurrency> <seconds> [acknowledged-log] "
                    + "[--coverage payerId | --encounter]");
            System.exit(2);
        }
        args = arguments.toArray(String[]::new);
        String gateway = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
        int concurrency = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        Result result;
        if (encounter) {
            String password = System.getenv().getOrDefault("CLAIMLINE_BENCH_PASSWORD", "password");
            result = runEncounters(gateway, BenchEncounters.prepare(gateway, password), concurrency, duration);
        } else {
            String token = TokenClient.clientToken(gateway, "clinic-system", "clinic-system-secret");
            result = run(gateway, token, concurrency, duration, payerId);
        }
        if (args.length > 3) {
            try {
                Files.write(Path.of(args[3]), result.acknowledgedIds(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println(result);
    }
}
