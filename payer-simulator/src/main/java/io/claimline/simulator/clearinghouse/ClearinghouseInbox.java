package io.claimline.simulator.clearinghouse;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's {@code /in} directory, read by polling rather than from SFTP events: a file counts once its final
 * name exists, however it got there (an SFTP rename, an SFTP client that writes in place, or an operator's
 * {@code cp}), and files left from before a restart are still picked up; an event listener would see only SFTP
 * renames and would do the work on the SSH session's thread. Uploads are named {@code <name>.part} until complete,
 * so {@code .part} files are left alone. Each name is processed once: a later upload of a processed name is moved
 * aside as a duplicate and counted, never answered. Processed files go to {@code /in/processed/}, which also tells
 * a restarted simulator the names it has seen.
 */
class ClearinghouseInbox {

    static final String PART = ".part";
    private static final Logger log = LoggerFactory.getLogger(ClearinghouseInbox.class);
    /** Larger than any 837 we send (5,000 claims is a few MB); a bigger file is not read into memory. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path in;
    private final Path processed;
    private final Path out;
    private final ClaimFileProcessor processor;
    private final ReceivedFiles received;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Set<String> seen = new HashSet<>();

    ClearinghouseInbox(Path home, ClaimFileProcessor processor, ReceivedFiles received, MeterRegistry meters,
            Clock clock) {
        this.in = home.resolve("in");
        this.processed = in.resolve("processed");
        this.out = home.resolve("out");
        this.processor = processor;
        this.received = received;
        this.meters = meters;
        this.clock = clock;
    }

    /** Creates the directories and remembers the names already processed. */
    void open() throws IOException {
        Files.createDirectories(processed);
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(processed)) {
            files.map(path -> path.getFileName().toString()).forEach(seen::add);
        }
    }

    /** One pass over /in, oldest name first; a file that fails stays for the next pass. */
    synchronized void poll() {
        List<Path> ready;
        try (Stream<Path> files = Files.list(in)) {
            ready = files.filter(Files::isRegularFile).filter(path -> complete(path.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list the clearinghouse inbox: {}", e.getClass().getSimpleName());
            return;
        }
        for (Path file : ready) {
            try {
                take(file);
            } catch (IOException | UncheckedIOException e) {
                log.warn("Cannot process an uploaded file yet ({}); it stays in /in", e.getClass().getSimpleName());
            }
        }
    }

    private static boolean complete(String name) {
        return !name.endsWith(PART) && !name.startsWith(".");
    }

    private void take(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (seen.contains(name)) {
            moveAside(file, name);
            meters.counter("claimline.simulator.clearinghouse.files", "outcome", "duplicate").increment();
            received.add(ReceivedFile.duplicate(name, clock.instant()));
            log.info("Ignored a second upload of an already processed file name (duplicate)");
            return;
        }
        ClaimFileProcessor.Processed result = processor.process(name, read(file));
        for (Map.Entry<String, String> answer : result.answers().entrySet()) {
            write(name + answer.getKey(), answer.getValue());
        }
        move(file, processed.resolve(name));
        seen.add(name);
        ReceivedFile summary = result.received();
        meters.counter("claimline.simulator.clearinghouse.files", "outcome", summary.outcome()).increment();
        summary.claimOutcomes().forEach(claim -> meters
                .counter("claimline.simulator.clearinghouse.claims", "outcome", claim.outcome()).increment());
        // Last: a file listed as received has its answers written and is counted.
        received.add(summary);
        // The file name and control number are the submitter's references, not PHI.
        log.info("Processed {} (interchange {}): {}, {} claim(s), answers {}", name,
                summary.interchangeControlNumber(), summary.outcome(), summary.claims(), summary.answers());
    }

    private static byte[] read(Path file) throws IOException {
        if (Files.size(file) <= MAX_BYTES) {
            return Files.readAllBytes(file);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            // The ISA alone, for a TA1; the rest of an oversized file is never read.
            byte[] head = stream.readNBytes(200);
            return new String(head, StandardCharsets.ISO_8859_1).substring(0, Math.min(head.length, 106))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Written as {@code <name>.part}, then renamed: a poller on the other side never sees half a file. */
    private void write(String name, String content) throws IOException {
        Path part = out.resolve(name + PART);
        Files.writeString(part, content, StandardCharsets.UTF_8);
        move(part, out.resolve(name));
    }

    private void moveAside(Path file, String name) throws IOException {
        for (int copy = 1; ; copy++) {
            Path target = processed.resolve(name + ".duplicate-" + copy);
            if (!Files.exists(target)) {
                move(file, target);
                return;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
