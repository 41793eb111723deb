package io.claimline.simulator.clearinghouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * The batch clearinghouse as one running thing: the SFTP server and the inbox polled on one thread (files are
 * processed one at a time, in name order). Started after the context is ready, stopped before it closes.
 */
public class Clearinghouse implements SmartLifecycle {

    private final ClearinghouseProperties properties;
    private final SftpServer server;
    private final ClearinghouseInbox inbox;
    private ScheduledExecutorService poller;

    Clearinghouse(ClearinghouseProperties properties, SftpServer server, ClearinghouseInbox inbox) {
        this.properties = properties;
        this.server = server;
        this.inbox = inbox;
    }

    @Override
    public synchronized void start() {
        try {
            inbox.open();
        } catch (IOException e) {
            throw new UncheckedIOException("the clearinghouse directories could not be created", e);
        }
        server.start();
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "clearinghouse-inbox");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(inbox::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        server.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return server.isRunning();
    }

    /** The SFTP port (the one chosen when {@code sftp-port} is 0). */
    public int sftpPort() {
        return server.port();
    }
}
