package io.claimline.claims.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTransportTest extends ClearinghouseTransportContract {

    @TempDir
    Path share;

    private DirectoryTransport transport;

    @BeforeEach
    void mountTheShare() throws IOException {
        Files.createDirectories(share.resolve("in"));
        Files.createDirectories(share.resolve("out"));
        transport = new DirectoryTransport(share.resolve("in"), share.resolve("out"), MAX_FILE_SIZE, meterRegistry);
    }

    @Override
    ClearinghouseTransport transport() {
        return transport;
    }

    @Override
    Path uploaded() {
        return share.resolve("in");
    }

    @Override
    Path waiting() {
        return share.resolve("out");
    }

    @Test
    void anUnmountedShareIsUnavailable() {
        var unmounted = new DirectoryTransport(share.resolve("gone/in"), share.resolve("gone/out"), MAX_FILE_SIZE,
                meterRegistry);

        assertThatThrownBy(unmounted::listInbound).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.retryable()).isTrue());
        assertThatThrownBy(() -> unmounted.send(new OutboundFile("batch-0009.x12", bytes("x"))))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(TransportException.Reason.UNAVAILABLE));
    }
}
