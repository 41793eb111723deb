package io.claimline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The ledger workload (issue 10, "accounts live for years"): one guarantor account with many postings, and what
 * loading it costs. It registers a patient (as the clinic system), waits until billing-service has opened the
 * patient's account (account id = patient id), then the seeded {@code biller} posts cash payments to it through the
 * gateway, a few at a time: they serialize on the aggregate. Then it measures, one request at a time, the latency of
 * a further posting on that account against the same on a fresh account with few postings (alternating, so both
 * meet the same machine), the reads of its balances and ledger pages, and on billing's event store what a load of
 * the aggregate reads: the newest snapshot and the events after it, against all of the account's events.
 *
 * <pre>
 * BenchLedger &lt;gatewayUrl&gt; &lt;billing-jdbc-url&gt; &lt;billing-url&gt; [postings] [concurrency] [probes]
 * </pre>
 *
 * The client's latency of a posting includes the gateway, the wait for the ledger's read model and the HTTP hops;
 * the aggregate's part (load from snapshot and events, decide, append, commit) is read beside it from billing's
 * Axon command-bus timer ({@code commandBus_allTimer_seconds} of {@code PostPaymentCommand} on
 * {@code <billing-url>/actuator/prometheus}, open on the local stack): the probes run one at a time, so the timer's
 * sum moves by exactly that command's time between two scrapes.
 *
 * Defaults 10,000 postings at concurrency 4, 50 probes. Every payment's reference is its source, the idempotency
 * key of a posting: a retry (a 409 when two commands met on the aggregate, a 502-504 or a connection failure) sends
 * the same reference, and a repeat answers 200 without posting twice. Prints {@code key=value} lines and a summary
 * starting {@code P6}. No PHI in the output: account ids are random UUIDs, amounts are the run's own.
 */
public final class BenchLedger {

    static final int DEFAULT_POSTINGS = 10_000;
    static final int DEFAULT_CONCURRENCY = 4;
    static final int DEFAULT_PROBES = 50;
    /** How long the setup waits for billing's account of the new patient (asynchronous, through Kafka). */
    static final Duration ACCOUNT_WAIT = Duration.ofSeconds(60);
    /** Access tokens live 10 minutes (the gateway's access-token-ttl); a long run signs in again before that. */
    static final Duration TOKEN_RENEWAL = Duration.ofMinutes(5);
    /** How long one posting keeps retrying, as {@link LoadDriver#RETRY_WINDOW}. */
    static final Duration RETRY_WINDOW = LoadDriver.RETRY_WINDOW;
    /** Reads of the event store per side, for a median. */
    static final int STORE_READS = 20;
    private static final int PROGRESS_EVERY = 1_000;

    private static final Pattern PATIENT_ID = Pattern.compile("\"patientId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern TIMER_SUM = Pattern.compile(
            "^commandBus_allTimer_seconds_sum\\{payloadType=\"PostPaymentCommand\"}\\s+(\\S+)$", Pattern.MULTILINE);
    private static final Pattern TIMER_COUNT = Pattern.compile(
            "^commandBus_allTimer_seconds_count\\{payloadType=\"PostPaymentCommand\"}\\s+(\\S+)$", Pattern.MULTILINE);

    private final String gateway;
    private final String billingJdbcUrl;
    private final String billingUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final RenewedToken biller;
    private final RenewedToken clinicSystem;
    /** Distinguishes this run's references from earlier runs' (data is kept between runs). */
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong repeats = new AtomicLong();

    BenchLedger(String gateway, String billingJdbcUrl, String billingUrl, String password) {
        this.gateway = gateway;
        this.billingJdbcUrl = billingJdbcUrl;
        this.billingUrl = billingUrl;
        this.biller = new RenewedToken(() -> TokenClient.userToken(gateway, "biller", password));
        this.clinicSystem = new RenewedToken(
                () -> TokenClient.clientToken(gateway, "clinic-system", "clinic-system-secret"));
    }

    /** Percentiles of latencies in milliseconds. */
    record Latencies(double p50, double p95, double p99, double max, int count) {

        static Latencies of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            return new Latencies(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, sorted.size());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms n=%d", p50, p95, p99, max,
                    count);
        }
    }

    /** What the event store holds of an account and how long reading it takes (database side only). */
    record StoreFigures(long events, long snapshots, long snapshotSequence, long snapshotBytes, long eventsAfter,
            long eventBytes, double loadReadMillis, double fullReadMillis) {
    }

    // ---- the workload

    /** A new patient, and the account billing-service opened for them (the same id). */
    String openAccount() {
        String key = "bench-ledger-" + UUID.randomUUID();
        HttpResponse<String> registered = send(post("/api/patients", BenchPatients.person(key))
                .header("Idempotency-Key", key), clinicSystem.get());
        Matcher id = PATIENT_ID.matcher(registered.body());
        if (registered.statusCode() != 201 || !id.find()) {
            // the status only: the body holds the patient's demographics
            throw new IllegalStateException("registering the bench patient answered " + registered.statusCode());
        }
        String accountId = id.group(1);
        try {
            await().atMost(ACCOUNT_WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> send(get("/api/billing/accounts/" + accountId), biller.get()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("billing-service did not open the bench patient's account within "
                    + ACCOUNT_WAIT.toSeconds() + " s", e);
        }
        return accountId;
    }

    /** What posting many payments did. */
    record Posting(int posted, int failed, double seconds, Latencies latencies) {

        double rate() {
            return posted / seconds;
        }
    }

    /** {@code count} payments of 1.00 to the account, {@code concurrency} at a time. */
    Posting postMany(String accountId, int count, int concurrency, String label) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int client = 0; client < concurrency; client++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long before = System.nanoTime();
                    if (pay(accountId, reference(label, i))) {
                        latencies.add(System.nanoTime() - before);
                        if (posted.incrementAndGet() % PROGRESS_EVERY == 0) {
                            System.err.printf(Locale.ROOT, "  %,d postings, %.0f s%n", posted.get(),
                                    (System.nanoTime() - started) / 1e9);
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }, "ledger-" + client);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new Posting(posted.get(), failed.get(), (System.nanoTime() - started) / 1e9,
                Latencies.of(List.copyOf(latencies)));
    }

    private String reference(String label, int i) {
        return String.format(Locale.ROOT, "BL-%s-%s-%06d", run, label, i);
    }

    /** One cash payment; its latency if posted (201, or 200 for a repeat of a retried one), else -1. */
    long payTimed(String accountId, String reference) {
        long before = System.nanoTime();
        return pay(accountId, reference) ? System.nanoTime() - before : -1;
    }

    /**
     * One cash payment of 1.00, retried with the same reference after a 409 (two commands met on the aggregate) or
     * while the gateway or service is away; true once billing answers 201, or 200 for a repeat of a retry.
     */
    boolean pay(String accountId, String reference) {
        String body = """
                {"method": "CASH", "reference": "%s", "amount": "1.00"}""".formatted(reference);
        long giveUp = System.nanoTime() + RETRY_WINDOW.toNanos();
        long backOffMillis = 10;
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
            }
            int status;
            try {
                HttpResponse<String> response = http.send(post("/api/billing/accounts/" + accountId + "/payments",
                        body).header("Authorization", "Bearer " + biller.get()).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
            } catch (IOException e) {
                status = -1; // connection trouble: the same reference makes the retry safe
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (status == 201) {
                return true;
            }
            if (status == 200) {
                repeats.incrementAndGet();
                return true;
            }
            if (status == 409) {
                conflicts.incrementAndGet();
            } else if (status != -1 && status != 502 && status != 503 && status != 504) {
                System.err.println("a payment answered " + status + "; not retried");
                return false;
            }
            if (System.nanoTime() + backOffMillis * 1_000_000 > giveUp) {
                return false;
            }
            try {
                // A client's retry policy (10 ms doubling to 2 s), the behaviour under test; not a wait for a
                // condition the bench could observe.
                Thread.sleep(backOffMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            backOffMillis = Math.min(backOffMillis * 2, 2_000);
        }
    }

    /** Billing's command-bus timer of payments: seconds summed over {@code count} commands so far. */
    record CommandTimer(double seconds, long count) {
    }

    CommandTimer commandTimer() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(billingUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).GET(), null);
        Optional<CommandTimer> timer = response.statusCode() == 200 ? commandTimer(response.body())
                : Optional.empty();
        return timer.orElseThrow(() -> new IllegalStateException("billing's PostPaymentCommand timer is not at "
                + billingUrl + "/actuator/prometheus (" + response.statusCode() + ")"));
    }

    /** The payments' command-bus timer in a Prometheus scrape, if it is there. */
    static Optional<CommandTimer> commandTimer(String prometheus) {
        Matcher sum = TIMER_SUM.matcher(prometheus);
        Matcher count = TIMER_COUNT.matcher(prometheus);
        if (!sum.find() || !count.find()) {
            return Optional.empty();
        }
        return Optional.of(new CommandTimer(Double.parseDouble(sum.group(1)),
                (long) Double.parseDouble(count.group(1))));
    }

    /** One posting, alone: the client's latency and billing's time for the command, in nanoseconds. */
    long[] probe(String accountId, String reference) {
        CommandTimer before = commandTimer();
        long client = payTimed(accountId, reference);
        CommandTimer after = commandTimer();
        if (client < 0) {
            throw new IllegalStateException("a probe posting failed");
        }
        if (after.count() - before.count() != 1) {
            throw new IllegalStateException("another payment ran during a probe: " + (after.count() - before.count())
                    + " commands between two scrapes");
        }
        return new long[] {client, Math.round((after.seconds() - before.seconds()) * 1e9)};
    }

    /** Latencies of a GET as the biller, one at a time; a non-200 answer fails the run. */
    Latencies reads(String path, int times) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long before = System.nanoTime();
            HttpResponse<String> response = send(get(path), biller.get());
            nanos.add(System.nanoTime() - before);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
        }
        return Latencies.of(nanos);
    }

    /** The ledger's posting count as GET /ledger answers it. */
    long ledgerTotal(String accountId) {
        HttpResponse<String> response = send(get("/api/billing/accounts/" + accountId + "/ledger?page=0&size=1"),
                biller.get());
        Matcher total = TOTAL.matcher(response.body());
        if (response.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("GET …/ledger answered " + response.statusCode());
        }
        return Long.parseLong(total.group(1));
    }

    // ---- the event store's side

    Connection billingDatabase() throws SQLException {
        Connection connection = DriverManager.getConnection(billingJdbcUrl, "postgres",
                System.getenv().getOrDefault("CLAIMLINE_PG_PASSWORD", "postgres"));
        connection.setReadOnly(true);
        return connection;
    }

    /** Events of the account after its newest snapshot (all of them if it has none). */
    static long eventsAfterSnapshot(Connection db, String accountId) throws SQLException {
        return single(db, """
                SELECT count(*) FROM DomainEventEntry e WHERE e.aggregateIdentifier = ? AND e.sequenceNumber >
                  coalesce((SELECT max(s.sequenceNumber) FROM SnapshotEventEntry s
                            WHERE s.aggregateIdentifier = e.aggregateIdentifier), -1)""", accountId);
    }

    /**
     * What a load of the account reads, timed: the newest snapshot and the events after it (the query Axon's JDBC
     * storage engine makes, in its batches of 100), against every event of the account from the first. The
     * database side only: deserializing and applying them comes on top (the command latencies show the whole).
     */
    static StoreFigures store(Connection db, String accountId) throws SQLException {
        long events = single(db, "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", accountId);
        long snapshots = single(db, "SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                accountId);
        long sequence = -1;
        long bytes = 0;
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT sequenceNumber, octet_length(payload) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?
                ORDER BY sequenceNumber DESC LIMIT 1""")) {
            statement.setString(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    sequence = rs.getLong(1);
                    bytes = rs.getLong(2);
                }
            }
        }
        long eventBytes = single(db, "SELECT coalesce(sum(octet_length(payload) + octet_length(metaData)), 0) "
                + "FROM DomainEventEntry WHERE aggregateIdentifier = ?", accountId);
        long after = eventsAfterSnapshot(db, accountId);
        List<Long> load = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < STORE_READS; i++) {
            long before = System.nanoTime();
            readSnapshot(db, accountId);
            readEvents(db, accountId, sequence + 1);
            load.add(System.nanoTime() - before);
            before = System.nanoTime();
            readEvents(db, accountId, 0);
            full.add(System.nanoTime() - before);
        }
        return new StoreFigures(events, snapshots, sequence, bytes, after, eventBytes, Latencies.of(load).p50(),
                Latencies.of(full).p50());
    }

    private static void readSnapshot(Connection db, String accountId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT eventIdentifier, aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payloadRevision,
                       payload, metaData, type
                FROM SnapshotEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber DESC LIMIT 1""")) {
            statement.setString(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                drain(rs);
            }
        }
    }

    /** The events from a sequence number on, in Axon's batches of 100, every column a load reads. */
    private static void readEvents(Connection db, String accountId, long from) throws SQLException {
        long position = from;
        int read;
        do {
            read = 0;
            try (PreparedStatement statement = db.prepareStatement("""
                    SELECT eventIdentifier, aggregateIdentifier, sequenceNumber, timeStamp, payloadType,
                           payloadRevision, payload, metaData, type
                    FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber >= ?
                    ORDER BY sequenceNumber ASC LIMIT 100""")) {
                statement.setString(1, accountId);
                statement.setLong(2, position);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        position = rs.getLong(3) + 1;
                        consume(rs);
                        read++;
                    }
                }
            }
        } while (read == 100);
    }

    private static void drain(ResultSet rs) throws SQLException {
        while (rs.next()) {
            consume(rs);
        }
    }

    /** Reads every column's bytes, as deserializing would. */
    private static void consume(ResultSet rs) throws SQLException {
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            Object value = rs.getObject(column);
            if (value instanceof InputStream stream) {
                try (stream) {
                    stream.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            }
        }
    }

    private static long single(Connection db, String sql, String accountId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- HTTP

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the gateway at " + gateway + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An access token, fetched again when it is older than {@link #TOKEN_RENEWAL}. */
    static final class RenewedToken {

        private final Supplier<String> signIn;
        private String token;
        private long fetchedAt;

        RenewedToken(Supplier<String> signIn) {
            this.signIn = signIn;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - fetchedAt > TOKEN_RENEWAL.toNanos()) {
                token = signIn.get();
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.floor(fraction * sortedNanos.size()));
        return sortedNanos.get(index) / 1e6;
    }

    // ---- the run

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BenchLedger <gatewayUrl> <billing-jdbc-url> <billing-url> [postings] "
                    + "[concurrency] [probes]");
            System.exit(2);
        }
        int postings = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_POSTINGS;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_CONCURRENCY;
        int probes = args.length > 5 ? Integer.parseInt(args[5]) : DEFAULT_PROBES;
        BenchLedger bench = new BenchLedger(withoutSlash(args[0]), args[1], withoutSlash(args[2]),
                System.getenv().getOrDefault("CLAIMLINE_BENCH_PASSWORD", "password"));
        bench.run(postings, concurrency, probes);
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void run(int postings, int concurrency, int probes) throws Exception {
        String big = openAccount();
        System.out.println("account=" + big);

        // Events after the newest snapshot, sampled while posting: what a load replays at most, as observed.
        AtomicLong maxAfter = new AtomicLong();
        AtomicInteger samples = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            try (Connection db = billingDatabase()) {
                while (!Thread.currentThread().isInterrupted()) {
                    maxAfter.accumulateAndGet(eventsAfterSnapshot(db, big), Math::max);
                    samples.incrementAndGet();
                    Thread.sleep(250); // a sampling period, not a wait for a condition
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.err.println("the snapshot sampler stopped: " + e.getMessage());
            }
        }, "snapshot-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Posting posting = postMany(big, postings, concurrency, "load");
        sampler.interrupt();
        sampler.join();
        System.out.printf(Locale.ROOT, "posting concurrency=%d posted=%d failed=%d seconds=%.1f rate=%.1f/s %s "
                + "conflicts=%d retries=%d repeats=%d%n", concurrency, posting.posted(), posting.failed(),
                posting.seconds(), posting.rate(), posting.latencies(), conflicts.get(), retries.get(), repeats.get());
        if (posting.failed() > 0) {
            throw new IllegalStateException(posting.failed() + " postings failed");
        }

        // The probes: one posting at a time, alternating between the long-lived account and a fresh one, so both
        // meet the same machine and the same warmed-up code.
        String fresh = openAccount();
        System.out.println("fresh-account=" + fresh);
        List<Long> onBig = new ArrayList<>();
        List<Long> onFresh = new ArrayList<>();
        List<Long> inBillingOnBig = new ArrayList<>();
        List<Long> inBillingOnFresh = new ArrayList<>();
        for (int i = 0; i < probes; i++) {
            long[] probe = probe(big, reference("probe", i));
            onBig.add(probe[0]);
            inBillingOnBig.add(probe[1]);
            probe = probe(fresh, reference("fresh", i));
            onFresh.add(probe[0]);
            inBillingOnFresh.add(probe[1]);
        }
        Latencies bigCommand = Latencies.of(onBig);
        Latencies freshCommand = Latencies.of(onFresh);
        Latencies bigInBilling = Latencies.of(inBillingOnBig);
        Latencies freshInBilling = Latencies.of(inBillingOnFresh);
        System.out.println("command-on-long-lived client " + bigCommand + " in-billing " + bigInBilling);
        System.out.println("command-on-fresh client " + freshCommand + " in-billing " + freshInBilling);

        long total = ledgerTotal(big);
        String base = "/api/billing/accounts/" + big;
        Latencies balances = reads(base + "/balances", probes);
        Latencies firstPage = reads(base + "/ledger?page=0&size=100", probes);
        long lastPageIndex = Math.max(0, (total - 1) / 100);
        Latencies lastPage = reads(base + "/ledger?page=" + lastPageIndex + "&size=100", probes);
        Latencies freshBalances = reads("/api/billing/accounts/" + fresh + "/balances", probes);
        System.out.println("ledger-total=" + total);
        System.out.println("get-balances " + balances + " (fresh account " + freshBalances + ")");
        System.out.println("get-ledger-first-page " + firstPage);
        System.out.println("get-ledger-last-page page=" + lastPageIndex + " " + lastPage);

        StoreFigures store;
        StoreFigures freshStore;
        try (Connection db = billingDatabase()) {
            store = store(db, big);
            freshStore = store(db, fresh);
        }
        System.out.printf(Locale.ROOT, "event-store events=%d event-bytes=%d snapshots=%d snapshot-seq=%d "
                + "snapshot-bytes=%d events-after-snapshot=%d max-events-after-snapshot-while-posting=%d (%d samples) "
                + "load-read=%.2fms full-read=%.2fms fresh-load-read=%.2fms%n", store.events(), store.eventBytes(),
                store.snapshots(), store.snapshotSequence(), store.snapshotBytes(), store.eventsAfter(),
                maxAfter.get(), samples.get(), store.loadReadMillis(), store.fullReadMillis(),
                freshStore.loadReadMillis());

        System.out.printf(Locale.ROOT, "P6 posting: %,d payments to one account at concurrency %d in %.1f s: %.1f "
                + "postings/s, p50 %.0f ms, p99 %.0f ms (%d conflicts retried)%n", posting.posted(), concurrency,
                posting.seconds(), posting.rate(), posting.latencies().p50(), posting.latencies().p99(),
                conflicts.get());
        System.out.printf(Locale.ROOT, "P6 account with %,d postings: command p50 %.1f ms p95 %.1f ms max %.1f ms "
                + "(fresh account p50 %.1f ms p95 %.1f ms max %.1f ms); snapshot at seq %d, %.1f KB; events replayed "
                + "per load %d now, at most %d seen while posting%n", total, bigCommand.p50(), bigCommand.p95(),
                bigCommand.max(), freshCommand.p50(), freshCommand.p95(), freshCommand.max(),
                store.snapshotSequence(), store.snapshotBytes() / 1024.0, store.eventsAfter(), maxAfter.get());
        System.out.printf(Locale.ROOT, "P6 load time, the command in billing (load, decide, append, commit): p50 %.1f "
                + "ms p95 %.1f ms max %.1f ms on the %,d-posting account, p50 %.1f ms p95 %.1f ms max %.1f ms on a "
                + "fresh one%n", bigInBilling.p50(), bigInBilling.p95(), bigInBilling.max(), total,
                freshInBilling.p50(), freshInBilling.p95(), freshInBilling.max());
        System.out.printf(Locale.ROOT, "P6 event store: reading the snapshot and the %d events after it %.2f ms, "
                + "all %,d events (%.1f KB) %.2f ms%n", store.eventsAfter(), store.loadReadMillis(), store.events(),
                store.eventBytes() / 1024.0, store.fullReadMillis());
        System.out.printf(Locale.ROOT, "P6 reads: GET /balances p50 %.1f ms p95 %.1f ms (fresh account p50 %.1f ms); "
                + "GET /ledger first page p50 %.1f ms p95 %.1f ms, last page (%d) p50 %.1f ms p95 %.1f ms%n",
                balances.p50(), balances.p95(), freshBalances.p50(), firstPage.p50(), firstPage.p95(), lastPageIndex,
                lastPage.p50(), lastPage.p95());
    }
}
