package io.claimline.localstack;

import static org.awaitility.Awaitility.await;

import io.claimline.x12.Envelope;
import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Reader;
import io.claimline.x12.claim.Address;
import io.claimline.x12.claim.BillingProvider;
import io.claimline.x12.claim.BillingProviderClaims;
import io.claimline.x12.claim.Claim837Writer;
import io.claimline.x12.claim.ClaimFrequency;
import io.claimline.x12.claim.ClaimGuides;
import io.claimline.x12.claim.ClaimInformation;
import io.claimline.x12.claim.Diagnosis;
import io.claimline.x12.claim.Payer;
import io.claimline.x12.claim.PayerResponsibility;
import io.claimline.x12.claim.ProfessionalClaim;
import io.claimline.x12.claim.ProfessionalClaimBatch;
import io.claimline.x12.claim.Receiver;
import io.claimline.x12.claim.RenderingProvider;
import io.claimline.x12.claim.ServiceLine;
import io.claimline.x12.claim.Submitter;
import io.claimline.x12.claim.Subscriber;
import io.claimline.x12.eligibility.Sex;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The claims workload (issue 11, P5): claims drafted, scrubbed and written into 837 files per second, beside the X12
 * library's raw write rate for the same content.
 *
 * <pre>
 * BenchClaims &lt;gatewayUrl&gt; &lt;simulatorUrl&gt; [claims] [concurrency] [run-dir postgres-pid-file]
 * </pre>
 *
 * <ol>
 *   <li>Setup (not measured): the seeded practice ({@code ./claimline seed}: the {@code provider} user's NPI and a
 *       location, chargemaster from 2026-01-01), a payer of the run's own (a fresh EDI id, so the cut takes this
 *       run's claims only), {@code claims} patients each with a SELF coverage on it (as the clinic system, member
 *       ids XGP + 7 digits, which the simulator accepts), billing's copy of every coverage awaited, and one
 *       encounter per patient recorded by the seeded {@code biller} (99213-25 and 93000, two diagnoses), not yet
 *       confirmed;</li>
 *   <li>(a) drafting and scrubbing: the seeded {@code provider} confirms them all, {@code concurrency} at a time;
 *       from the first confirmation until {@code GET /api/claims/work-queues} counts every one of them READY
 *       (claims-service drafts a claim per confirmed encounter and scrubs it in {@code claim-scrubbing}, which
 *       opens the subscriber through patient-service's vault);</li>
 *   <li>(b) the cut: one {@code POST /api/claims/batches} for the run's payer (written with {@code Claim837Writer},
 *       validated, stored encrypted, every claim submitted, then sent over SFTP in the same request), the time
 *       until the payer simulator lists the file ({@code GET /clearinghouse/received}) and until the READY queue
 *       no longer holds the claims (the read model shows them submitted);</li>
 *   <li>(c) in this process, the same number of claims of the same shape (2 lines, 2 diagnoses, a modifier, a
 *       rendering provider, SELF subscriber) written by {@code new Claim837Writer().write(batch)} after a
 *       warm-up, and beside it the validating read alone that the writer runs on its own output.</li>
 * </ol>
 *
 * With a run directory (the stack's {@code .claimline/run}, one {@code <component>.pid} each) and PostgreSQL's
 * {@code postmaster.pid}, it reads each process's CPU time from {@code /proc} at the phases' edges and prints CPU
 * milliseconds per claim for (a) and (b). Prints {@code key=value} lines and a summary starting {@code P5}. No PHI in
 * the output (ids and counts only); the bench's patients are made up.
 */
public final class BenchClaims {

    static final int DEFAULT_CLAIMS = 300;
    static final int DEFAULT_CONCURRENCY = 4;
    /**
     * The date of service: within the code sets {@code ./claimline seed} loads (ICD-10-CM fiscal year 2026, valid
     * until 2026-09-30: a later date is refused by billing, 400 "not valid on the date of service") and after the
     * seed's practice and chargemaster (2026-01-01). The run's payer takes first claims for 365 days from it, so the
     * claims are neither late nor near their deadline (which would add timely-filing warnings to the work).
     */
    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 9, 15);
    static final int INITIAL_CLAIM_DAYS = 365;
    /** How long (a) may take before the run gives up. */
    static final Duration READY_WAIT = Duration.ofMinutes(5);
    static final Duration COPY_WAIT = Duration.ofSeconds(60);
    /** In-process write: warm-up and measured time, each at least this long. */
    static final Duration RAW_WARM_UP = Duration.ofSeconds(10);
    static final Duration RAW_MEASURE = Duration.ofSeconds(10);
    static final List<String> COMPONENTS = List.of("gateway", "patient-service", "billing-service",
            "claims-service", "collections-service", "payer-simulator", "kafka", "postgres");

    private static final Pattern QUEUE_COUNT = Pattern.compile("\"([A-Z_]+)\"\\s*:\\s*(\\d+)");
    private static final Pattern CLAIM_IDS = Pattern.compile("\"claimIds\"\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern FILE_NAME = Pattern.compile("\"fileName\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
            + "[0-9a-f]{12}");

    private final String gateway;
    private final String simulator;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchLedger.RenewedToken admin;
    private final BenchLedger.RenewedToken biller;
    private final BenchLedger.RenewedToken provider;
    private final BenchLedger.RenewedToken clinicSystem;
    private final LocalDate dateOfService = DATE_OF_SERVICE;

    BenchClaims(String gateway, String simulator, String password) {
        this.gateway = gateway;
        this.simulator = simulator;
        this.admin = new BenchLedger.RenewedToken(() -> TokenClient.userToken(gateway, "admin", password));
        this.biller = new BenchLedger.RenewedToken(() -> TokenClient.userToken(gateway, "biller", password));
        this.provider = new BenchLedger.RenewedToken(() -> TokenClient.userToken(gateway, "provider", password));
        this.clinicSystem = new BenchLedger.RenewedToken(
                () -> TokenClient.clientToken(gateway, "clinic-system", "clinic-system-secret"));
    }

    // ---- setup

    /** The practice's provider and location the encounters name, and the run's payer. */
    record Practice(String providerId, String locationId, String payerId) {
    }

    Practice practice() {
        String setup = expect(200, get(biller.get(), "/api/billing/practice?asOf=" + dateOfService),
                "the practice setup (run ./claimline seed first)");
        String providerId = BenchEncounters.providerId(setup, BenchEncounters.PROVIDER_NPI).orElseThrow(
                () -> new IllegalStateException("no provider with NPI " + BenchEncounters.PROVIDER_NPI
                        + " in clinic-001's practice (run ./claimline seed first)"));
        String locationId = BenchEncounters.firstId(setup, "locationId").orElseThrow(
                () -> new IllegalStateException("no location in clinic-001's practice (run ./claimline seed first)"));
        String edi = "BC" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        String payer = expect(201, post(admin.get(), "/api/patients/payers", "bench-claims-payer-" + edi, """
                {"name": "Bench Claims Health", "ediPayerId": "%s", "claimFilingIndicator": "CI",
                 "initialClaimDays": %d, "correctedClaimDays": 365, "appealDays": 180,
                 "address": {"line1": "PO Box 1000", "city": "Hartford", "state": "CT", "postalCode": "06101"},
                 "acceptsElectronicClaims": true}""".formatted(edi, INITIAL_CLAIM_DAYS)), "the run's payer");
        return new Practice(providerId, locationId, BenchEncounters.firstId(payer, "payerId").orElseThrow());
    }

    /** A registered patient and their SELF coverage. */
    record Insured(String patientId, String coverageId) {
    }

    Insured registerInsured(String payerId) {
        String key = "bench-claims-" + UUID.randomUUID();
        String patientId = BenchEncounters.firstId(expect(201, post(clinicSystem.get(), "/api/patients", key,
                BenchPatients.person(key)), "a bench patient"), "patientId").orElseThrow();
        String coverageId = BenchEncounters.firstId(expect(201, post(clinicSystem.get(), "/api/patients/"
                + patientId + "/coverages", key + "-coverage", coverage(payerId)), "a bench coverage"),
                "coverageId").orElseThrow();
        return new Insured(patientId, coverageId);
    }

    static String coverage(String payerId) {
        String member = String.format(Locale.ROOT, "XGP%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return """
                {"payerId": "%s", "planName": "Bench PPO", "memberId": "%s", "groupNumber": "GRP-55012",
                 "relationship": "SELF", "priority": "PRIMARY", "effectiveDate": "2026-01-01"}"""
                .formatted(payerId, member);
    }

    /** Billing records an encounter only on a coverage its copy holds (asynchronous, through Kafka). */
    void awaitBillingCoverage(Insured insured) {
        try {
            await().atMost(COPY_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> get(biller.get(),
                    "/api/billing/patients/" + insured.patientId() + "/coverages").body()
                    .contains(insured.coverageId()));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("a bench coverage did not reach billing-service within "
                    + COPY_WAIT.toSeconds() + " s", e);
        }
    }

    String record(Practice practice, Insured insured) {
        String key = "bench-claims-encounter-" + UUID.randomUUID();
        return BenchEncounters.firstId(expect(201, post(biller.get(), "/api/billing/encounters", key,
                encounter(practice, insured, dateOfService)), "recording an encounter"), "encounterId").orElseThrow();
    }

    /** The encounter workload's visit (BenchEncounters#encounter) on the insured's coverage. */
    static String encounter(Practice practice, Insured insured, LocalDate dateOfService) {
        return """
                {"patientId": "%s", "coverageId": "%s", "serviceFrom": "%s", "locationId": "%s",
                 "renderingProviderId": "%s", "diagnoses": ["E11.9", "I10"],
                 "lines": [{"procedureCode": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                           {"procedureCode": "93000", "modifiers": [], "units": 1, "diagnosisPointers": [2]}]}"""
                .formatted(insured.patientId(), insured.coverageId(), dateOfService, practice.locationId(),
                        practice.providerId());
    }

    void confirm(String encounterId) {
        // No If-Match: the confirmation refers to the encounter as it stands, pending its provider's review.
        expect(200, post(provider.get(), "/api/billing/encounters/" + encounterId + "/confirmation",
                "bench-claims-confirmation-" + encounterId, "{}"), "confirming an encounter");
    }

    // ---- the claims' side

    /** The clinic's work-queue counts, as the biller sees them. */
    Map<String, Long> queues() {
        return queueCounts(expect(200, get(biller.get(), "/api/claims/work-queues"), "the work queues"));
    }

    static Map<String, Long> queueCounts(String json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher count = QUEUE_COUNT.matcher(json);
        while (count.find()) {
            counts.put(count.group(1), Long.parseLong(count.group(2)));
        }
        return counts;
    }

    /** What a cut answered: the batches' file names and the claims they hold. */
    record Cut(List<String> fileNames, int claims, int leftOut) {
    }

    static Cut cutOf(String json) {
        List<String> files = new ArrayList<>();
        Matcher file = FILE_NAME.matcher(json);
        while (file.find()) {
            files.add(file.group(1));
        }
        int claims = 0;
        Matcher ids = CLAIM_IDS.matcher(json);
        while (ids.find()) {
            claims += (int) UUID_TEXT.matcher(ids.group(1)).results().count();
        }
        Matcher leftOut = Pattern.compile("\"leftOut\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
        int left = 0;
        while (leftOut.find()) {
            left += (int) UUID_TEXT.matcher(leftOut.group(1)).results().count();
        }
        return new Cut(files, claims, left);
    }

    Cut cut(String payerId) {
        return cutOf(expect(200, post(biller.get(), "/api/claims/batches", "bench-claims-cut-" + UUID.randomUUID(),
                "{\"payerId\": \"" + payerId + "\"}"), "the cut"));
    }

    /** Whether the payer simulator lists every one of the files as received. */
    boolean received(List<String> fileNames) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(simulator + "/clearinghouse/received"))
                .GET(), null);
        return answer.statusCode() == 200 && fileNames.stream().allMatch(name -> answer.body()
                .contains("\"fileName\":\"" + name + "\""));
    }

    // ---- (c) the X12 library alone

    /** {@code claims} claims shaped like the workload's, in one interchange as claims-service composes it. */
    static ProfessionalClaimBatch rawBatch(int claims, LocalDate dateOfService, int controlNumber) {
        Address office = new Address("100 Main Street", Optional.empty(), "Springfield", "IL", "627011234");
        BillingProvider billing = new BillingProvider("Riverside Family Medicine LLC", "1045678905",
                Optional.of("207Q00000X"), "123456789", office);
        Payer payer = new Payer("Bench Claims Health", "BCBENCH01",
                Optional.of(new Address("PO Box 1000", "Hartford", "CT", "06101")));
        RenderingProvider rendering = new RenderingProvider("Hopper", "Grace", "1234567893", "207Q00000X");
        List<ProfessionalClaim> written = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            String control = String.format(Locale.ROOT, "CL%010d", i);
            Subscriber subscriber = new Subscriber("Load" + (char) ('a' + i % 26) + "xbcdef", "Ada",
                    String.format(Locale.ROOT, "XGP%07d", i), LocalDate.of(1940 + i % 80, 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? Sex.FEMALE : Sex.MALE, new Address((1 + i) + " Main St", Optional.empty(),
                            "Springfield", "IL", "627" + String.format(Locale.ROOT, "%02d", i % 100)),
                    PayerResponsibility.PRIMARY, Optional.of("GRP-55012"), "CI");
            ClaimInformation information = new ClaimInformation(control, new BigDecimal("165.00"), "11",
                    ClaimFrequency.ORIGINAL, List.of(Diagnosis.icd10("E119"), Diagnosis.icd10("I10")),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            written.add(new ProfessionalClaim(subscriber, payer, Optional.empty(), information,
                    Optional.of(rendering), List.of(
                            new ServiceLine("99213", List.of("25"), new BigDecimal("125.00"), BigDecimal.ONE,
                                    Optional.empty(), List.of(1, 2), dateOfService, Optional.empty(),
                                    control + "-1", Optional.empty()),
                            new ServiceLine("93000", List.of(), new BigDecimal("40.00"), BigDecimal.ONE,
                                    Optional.empty(), List.of(2), dateOfService, Optional.empty(),
                                    control + "-2", Optional.empty()))));
        }
        Envelope envelope = new Envelope("ZZ", "CLAIMLINE", "ZZ", "CLAIMLINESIM", controlNumber, controlNumber,
                controlNumber, Envelope.Usage.TEST, "CLAIMLINE", "CLAIMLINESIM",
                LocalDateTime.of(dateOfService.plusDays(10), java.time.LocalTime.of(9, 30)));
        return new ProfessionalClaimBatch(envelope, "BENCHBATCH" + controlNumber, new Submitter("CLAIMLINE BILLING",
                "CLAIMLINE", "BILLING OFFICE", "5035550142"), new Receiver("CLAIMLINE CLEARINGHOUSE",
                "CLAIMLINESIM"), List.of(new BillingProviderClaims(billing, Optional.empty(), written)));
    }

    /** Claims per second of a repeated operation over batches of {@code claims}, after a warm-up. */
    record RawRate(double claimsPerSecond, int files, double seconds, int bytes) {

        double microsPerClaim() {
            return 1e6 / claimsPerSecond;
        }
    }

    static RawRate rawRate(int claims, IntFunction<Integer> writeOne, Duration warmUp, Duration measure) {
        int bytes = 0;
        int control = 1;
        for (long until = System.nanoTime() + warmUp.toNanos(); System.nanoTime() < until; control++) {
            bytes = writeOne.apply(control);
        }
        long started = System.nanoTime();
        int files = 0;
        while (files < 3 || System.nanoTime() - started < measure.toNanos()) {
            bytes = writeOne.apply(control++);
            files++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RawRate(files * (double) claims / seconds, files, seconds, bytes);
    }

    // ---- CPU of the stack's processes, from /proc

    /** Clock ticks (user + system) per component, from its pid file (PostgreSQL: the server and its backends). */
    static Map<String, Long> cpuTicks(Path runDir, Path postmasterPid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            List<Long> pids = component.equals("postgres") ? postgresPids(postmasterPid)
                    : firstLine(runDir.resolve(component + ".pid")).map(pid -> List.of(Long.parseLong(pid.trim())))
                            .orElse(List.of());
            ticks.put(component, pids.stream().mapToLong(BenchClaims::ticksOf).sum());
        }
        return ticks;
    }

    private static List<Long> postgresPids(Path postmasterPid) {
        Optional<Long> server = firstLine(postmasterPid).map(line -> Long.parseLong(line.trim()));
        if (server.isEmpty()) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>(List.of(server.get()));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> stat(p.resolve("stat")).filter(fields -> fields.length > 3
                            && fields[3].equals(server.get().toString()))
                            .ifPresent(fields -> pids.add(Long.parseLong(p.getFileName().toString()))));
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    private static long ticksOf(long pid) {
        return stat(Path.of("/proc", Long.toString(pid), "stat"))
                .filter(fields -> fields.length > 14)
                .map(fields -> Long.parseLong(fields[13]) + Long.parseLong(fields[14])).orElse(0L);
    }

    /** /proc/pid/stat's fields, numbered from 0 (pid), with the command name (which may hold spaces) as one. */
    private static Optional<String[]> stat(Path file) {
        try {
            String text = Files.readString(file);
            int close = text.lastIndexOf(')');
            String[] rest = text.substring(close + 2).trim().split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = text.substring(0, text.indexOf(' '));
            fields[1] = text.substring(text.indexOf('(') + 1, close);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return Optional.of(fields);
        } catch (IOException | RuntimeException gone) {
            return Optional.empty(); // a backend that ended between listing and reading
        }
    }

    private static Optional<String> firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- HTTP

    private HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).GET(), token);
    }

    private HttpResponse<String> post(String token, String path, String key, String body) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private static String expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            // the status and a problem's field names and messages only: a body may hold a patient's demographics
            throw new IllegalStateException(what + " answered " + response.statusCode()
                    + fieldErrors(response.body()));
        }
        return response.body();
    }

    private static final Pattern ERROR_OBJECT = Pattern.compile("\\{[^{}]*\"field\"[^{}]*}");
    private static final Pattern ERROR_FIELD = Pattern.compile("\"field\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ERROR_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]*)\"");

    /** A problem's {@code errors[]} as "field message; ...", or nothing: messages name rules, never values. */
    static String fieldErrors(String problem) {
        StringBuilder errors = new StringBuilder();
        Matcher error = ERROR_OBJECT.matcher(problem == null ? "" : problem);
        while (error.find()) {
            Matcher field = ERROR_FIELD.matcher(error.group());
            Matcher message = ERROR_MESSAGE.matcher(error.group());
            errors.append(errors.isEmpty() ? ": " : "; ").append(field.find() ? field.group(1) : "?").append(' ')
                    .append(message.find() ? message.group(1) : "");
        }
        return errors.toString();
    }

    private static final Pattern PROBLEM = Pattern.compile("\"problem\"\\s*:\\s*\"([^\"]*)\"");

    /** The first scrubber edits of the clinic's claims that need correction (rule, field and fix: no values). */
    List<String> correctionProblems() {
        String page = expect(200, get(biller.get(), "/api/claims/work-queues/NEEDS_CORRECTION?size=5"),
                "the needs-correction queue");
        return PROBLEM.matcher(page).results().map(m -> m.group(1)).distinct().toList();
    }

    /**
     * One request; retried with the same Idempotency-Key after a connection failure or a 502-504, as
     * {@link LoadDriver} does, for at most {@link LoadDriver#RETRY_WINDOW}.
     */
    private HttpResponse<String> send(HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.timeout(Duration.ofSeconds(120)).header("Accept", "application/json").build();
        long giveUp = System.nanoTime() + LoadDriver.RETRY_WINDOW.toNanos();
        long backOffMillis = 100;
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (!Set.of(502, 503, 504).contains(response.statusCode()) || System.nanoTime() > giveUp) {
                    return response;
                }
            } catch (IOException e) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("cannot reach " + request.uri().getHost() + ":"
                            + request.uri().getPort() + ": " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                // A client's retry policy (100 ms doubling to 2 s), not a wait for a condition the bench could see.
                Thread.sleep(backOffMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            backOffMillis = Math.min(backOffMillis * 2, 2_000);
        }
    }

    /** Runs {@code task} for 0..count-1, {@code concurrency} at a time; the results in index order. */
    static <T> List<T> inParallel(int count, int concurrency, IntFunction<T> task) {
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(count, null));
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        T result = task.apply(i);
                        synchronized (results) {
                            results.set(i, result);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }, "bench-claims-" + w);
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
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void progress(String line) {
        System.err.println("  " + line);
    }

    private static String cpuLine(Map<String, Long> before, Map<String, Long> after, int claims, long hz) {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (String component : COMPONENTS) {
            double ms = (after.get(component) - before.get(component)) * 1000.0 / hz / claims;
            total += ms;
            line.append(String.format(Locale.ROOT, "%s %.2f, ", component, ms));
        }
        return line.append(String.format(Locale.ROOT, "in all %.2f", total)).toString();
    }

    /** StAEDI lists a schema's unused types at INFO when it loads one: noise among the figures (held: JUL keeps
     * loggers weakly). */
    private static final java.util.logging.Logger STAEDI = java.util.logging.Logger.getLogger("io.xlate.edi");

    public static void main(String[] args) {
        STAEDI.setLevel(java.util.logging.Level.WARNING);
        if (args.length < 2) {
            System.err.println("usage: BenchClaims <gatewayUrl> <simulatorUrl> [claims] [concurrency] "
                    + "[run-dir postgres-pid-file]");
            System.exit(2);
        }
        String gateway = args[0].replaceAll("/$", "");
        String simulator = args[1].replaceAll("/$", "");
        int claims = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CLAIMS;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_CONCURRENCY;
        Path runDir = args.length > 5 ? Path.of(args[4]) : null;
        Path postmaster = args.length > 5 ? Path.of(args[5]) : null;
        long hz = Long.parseLong(System.getenv().getOrDefault("CLAIMLINE_CLK_TCK", "100"));
        BenchClaims bench = new BenchClaims(gateway, simulator,
                System.getenv().getOrDefault("CLAIMLINE_BENCH_PASSWORD", "password"));

        long setupStarted = System.nanoTime();
        Practice practice = bench.practice();
        System.out.println("payer=" + practice.payerId() + " date-of-service=" + bench.dateOfService);
        List<Insured> insured = inParallel(claims, concurrency, i -> bench.registerInsured(practice.payerId()));
        progress(String.format(Locale.ROOT, "%d patients with coverages, %.0f s", claims, since(setupStarted)));
        inParallel(claims, concurrency, i -> {
            bench.awaitBillingCoverage(insured.get(i));
            return i;
        });
        List<String> encounters = inParallel(claims, concurrency, i -> bench.record(practice, insured.get(i)));
        progress(String.format(Locale.ROOT, "%d encounters recorded, %.0f s", claims, since(setupStarted)));
        Map<String, Long> queues0 = bench.queues();
        long ready0 = queues0.getOrDefault("READY", 0L);
        long correction0 = queues0.getOrDefault("NEEDS_CORRECTION", 0L);
        System.out.println("queues-before=" + queues0);

        // (a) drafting and scrubbing
        Map<String, Long> cpu0 = runDir == null ? null : cpuTicks(runDir, postmaster);
        long confirmStarted = System.nanoTime();
        inParallel(claims, concurrency, i -> {
            bench.confirm(encounters.get(i));
            return i;
        });
        double confirmSeconds = since(confirmStarted);
        long[] lastCounts = new long[2];
        try {
            await().atMost(READY_WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
                Map<String, Long> now = bench.queues();
                lastCounts[0] = now.getOrDefault("READY", 0L) - ready0;
                lastCounts[1] = now.getOrDefault("NEEDS_CORRECTION", 0L) - correction0;
                return lastCounts[0] + lastCounts[1] >= claims;
            });
        } catch (ConditionTimeoutException e) {
            // Reported, and what is ready is measured all the same.
            System.out.println("ready-wait-timed-out: only " + lastCounts[0] + " of " + claims + " claims READY ("
                    + lastCounts[1] + " need correction) " + READY_WAIT.toMinutes() + " min after the first "
                    + "confirmation");
        }
        double readySeconds = since(confirmStarted);
        Map<String, Long> cpu1 = runDir == null ? null : cpuTicks(runDir, postmaster);
        System.out.println(String.format(Locale.ROOT, "confirmed=%d confirm-seconds=%.1f ready=%d "
                + "needs-correction=%d ready-seconds=%.1f lag-after-last-confirmation=%.1f", claims, confirmSeconds,
                lastCounts[0], lastCounts[1], readySeconds, readySeconds - confirmSeconds));
        if (lastCounts[1] > 0) {
            // Reported, and the ready ones are cut all the same: the figures then say how many.
            System.out.println("needs-correction-problems=" + bench.correctionProblems());
        }
        if (lastCounts[0] == 0) {
            throw new IllegalStateException("no claim of the run is READY: nothing to cut");
        }

        // (b) the cut, the SFTP send and the read model
        long cutStarted = System.nanoTime();
        Cut cut = bench.cut(practice.payerId());
        double cutSeconds = since(cutStarted);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> bench.received(cut.fileNames()));
        double receivedSeconds = since(cutStarted);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> bench.queues().getOrDefault("READY", 0L) <= ready0);
        double submittedSeconds = since(cutStarted);
        Map<String, Long> cpu2 = runDir == null ? null : cpuTicks(runDir, postmaster);
        System.out.println(String.format(Locale.ROOT, "cut-files=%s cut-claims=%d left-out=%d cut-seconds=%.2f "
                + "received-seconds=%.2f ready-queue-empty-seconds=%.2f", cut.fileNames(), cut.claims(),
                cut.leftOut(), cutSeconds, receivedSeconds, submittedSeconds));

        // (c) the library alone, in this process, once the stack is idle again
        Claim837Writer writer = new Claim837Writer();
        LocalDate dos = bench.dateOfService;
        RawRate write = rawRate(claims, control -> writer.write(rawBatch(claims, dos, control)).length(),
                RAW_WARM_UP, RAW_MEASURE);
        String file = writer.write(rawBatch(claims, dos, 1));
        RawRate validate = rawRate(claims, control -> X12Reader.read(file, ClaimGuides.PROFESSIONAL_837,
                ReadLimits.DEFAULT).size(), RAW_WARM_UP, RAW_MEASURE);
        System.out.println(String.format(Locale.ROOT, "raw-write-files=%d raw-write-seconds=%.1f raw-file-bytes=%d "
                + "raw-validate-files=%d", write.files(), write.seconds(), file.length(), validate.files()));

        double drafted = lastCounts[0] / readySeconds;
        System.out.println(String.format(Locale.ROOT, "P5 claims drafted+scrubbed/s: %.1f (%d claims READY %.1f s "
                + "after the first confirmation; confirmations took %.1f s at concurrency %d, the last claim was "
                + "READY %.1f s after the last)", drafted, lastCounts[0], readySeconds, confirmSeconds, concurrency,
                readySeconds - confirmSeconds));
        System.out.println(String.format(Locale.ROOT, "P5 claims cut into 837/s: %.1f (%d claims in %d file(s), "
                + "POST /api/claims/batches %.2f s incl. the SFTP send; simulator listed it after %.2f s; READY "
                + "queue empty after %.2f s)", cut.claims() / cutSeconds, cut.claims(), cut.fileNames().size(),
                cutSeconds, receivedSeconds, submittedSeconds));
        System.out.println(String.format(Locale.ROOT, "P5 raw 837 write claims/s: %.0f (%.0f µs per claim; "
                + "Claim837Writer.write of %d claims, %d bytes, %d files in %.1f s after %d s warm-up; the "
                + "validating read it runs on its output, timed alone: %.0f µs per claim); cut/raw %.4f", write.claimsPerSecond(),
                write.microsPerClaim(), claims, file.length(), write.files(), write.seconds(),
                RAW_WARM_UP.toSeconds(), validate.microsPerClaim(), cut.claims() / cutSeconds
                        / write.claimsPerSecond()));
        if (cpu0 != null) {
            System.out.println("P5 CPU ms per claim, drafting+scrubbing (with the confirmations): "
                    + cpuLine(cpu0, cpu1, claims, hz));
            System.out.println("P5 CPU ms per claim, cut (POST /api/claims/batches until the READY queue was empty): "
                    + cpuLine(cpu1, cpu2, Math.max(1, cut.claims()), hz));
        }
    }
}
