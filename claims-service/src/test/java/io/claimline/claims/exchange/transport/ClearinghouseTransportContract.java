package io.claimline.claims.exchange.transport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClearinghouseTransport} does, run against each implementation on real files: the subclass
 * provides the transport and the two directories as the clearinghouse sees them.
 */
abstract class ClearinghouseTransportContract {

    /** Small, so that "over the limit" needs no big file. */
    static final long MAX_FILE_SIZE = 1024;

    final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

    abstract ClearinghouseTransport transport();

    /** Where sent files land (the clearinghouse's /in). */
    abstract Path uploaded();

    /** Where the clearinghouse leaves files for us (its /out). */
    abstract Path waiting();

    @Test
    void sendsAFileUnderItsNameWithNoPartFileLeft() throws IOException {
        transport().send(new OutboundFile("batch-0001.x12", bytes("ISA*00*...~")));

        assertThat(Files.readString(uploaded().resolve("batch-0001.x12"), US_ASCII)).isEqualTo("ISA*00*...~");
        assertThat(Files.exists(uploaded().resolve("batch-0001.x12.part"))).isFalse();
        assertThat(transfers("out", "transferred")).isEqualTo(1);
    }

    @Test
    void sendingANameTheClearinghouseHasCompletelyIsANoOp() throws IOException {
        transport().send(new OutboundFile("batch-0002.x12", bytes("first content")));

        // Same name, same size, other bytes: were it uploaded again, the content would change.
        transport().send(new OutboundFile("batch-0002.x12", bytes("other content")));

        assertThat(Files.readString(uploaded().resolve("batch-0002.x12"), US_ASCII)).isEqualTo("first content");
        assertThat(transfers("out", "transferred")).isEqualTo(1);
        assertThat(transfers("out", "skipped")).isEqualTo(1);
    }

    @Test
    void aLeftoverPartFileOfAnEarlierAttemptIsWrittenOver() throws IOException {
        Files.writeString(uploaded().resolve("batch-0003.x12.part"), "half of a much longer earlier att");

        transport().send(new OutboundFile("batch-0003.x12", bytes("complete")));

        assertThat(Files.readString(uploaded().resolve("batch-0003.x12"), US_ASCII)).isEqualTo("complete");
        assertThat(Files.exists(uploaded().resolve("batch-0003.x12.part"))).isFalse();
    }

    @Test
    void refusesToOverwriteAnotherFileOfTheSameName() throws IOException {
        Files.writeString(uploaded().resolve("batch-0004.x12"), "a different, longer file");

        assertThatThrownBy(() -> transport().send(new OutboundFile("batch-0004.x12", bytes("short"))))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("batch-0004.x12").doesNotContain("short");
                });
        assertThat(Files.readString(uploaded().resolve("batch-0004.x12"))).isEqualTo("a different, longer file");
        assertThat(transfers("out", "refused")).isEqualTo(1);
    }

    @Test
    void listsOnlyCompleteFilesByName() throws IOException {
        Files.writeString(waiting().resolve("ta1-0002.x12"), "ISA*TA1 two");
        Files.writeString(waiting().resolve("999-0001.x12"), "ISA*999");
        Files.writeString(waiting().resolve("835-0003.x12.part"), "half-written");
        Files.writeString(waiting().resolve(".835-0004.x12.tmp"), "a writer's temporary file");
        Files.createDirectory(waiting().resolve("archive"));

        assertThat(transport().listInbound()).containsExactly(new InboundFileRef("999-0001.x12", 7),
                new InboundFileRef("ta1-0002.x12", 11));
    }

    @Test
    void fetchesAndRemovesAFile() throws IOException {
        Files.writeString(waiting().resolve("999-0005.x12"), "ISA*999 acknowledgement~");
        InboundFileRef file = transport().listInbound().get(0);

        assertThat(new String(transport().fetch(file), US_ASCII)).isEqualTo("ISA*999 acknowledgement~");
        transport().remove(file);

        assertThat(transport().listInbound()).isEmpty();
        assertThat(Files.exists(waiting().resolve("999-0005.x12"))).isFalse();
        assertThat(transfers("in", "transferred")).isEqualTo(1);
    }

    @Test
    void removingAFileThatIsGoneAlreadyIsFine() {
        transport().remove(new InboundFileRef("999-0006.x12", 10));

        assertThat(transport().listInbound()).isEmpty();
    }

    @Test
    void fetchingAFileThatIsGoneIsRefused() {
        assertThatThrownBy(() -> transport().fetch(new InboundFileRef("999-0012.x12", 10)))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED);
                    assertThat(e.getMessage()).contains("999-0012.x12");
                });
    }

    @Test
    void refusesToFetchAFileOverTheSizeLimit() throws IOException {
        Files.write(waiting().resolve("835-0007.x12"), new byte[(int) MAX_FILE_SIZE + 1]);
        InboundFileRef file = transport().listInbound().get(0);

        assertThatThrownBy(() -> transport().fetch(file)).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED);
            assertThat(e.getMessage()).contains("835-0007.x12", "max-file-size", "1025 bytes");
        });
        assertThat(transfers("in", "refused")).isEqualTo(1);
        assertThat(Files.exists(waiting().resolve("835-0007.x12"))).as("left for an operator").isTrue();
    }

    @Test
    void fetchesAFileOfExactlyTheLimit() throws IOException {
        Files.write(waiting().resolve("835-0008.x12"), new byte[(int) MAX_FILE_SIZE]);

        assertThat(transport().fetch(transport().listInbound().get(0))).hasSize((int) MAX_FILE_SIZE);
    }

    double transfers(String direction, String outcome) {
        var counter = meterRegistry.find(TransferMetrics.TRANSFERS).tag("direction", direction)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    static byte[] bytes(String text) {
        return text.getBytes(US_ASCII);
    }
}
