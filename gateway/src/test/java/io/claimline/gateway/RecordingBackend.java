package io.claimline.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a service: records every request it receives and answers by path. {@code /slow} paths hang
 * until the backend stops (to provoke a read timeout), {@code /conflict} paths answer a problem+json 409, and
 * everything else answers 201 with Location, ETag and a JSON body.
 */
final class RecordingBackend implements AutoCloseable {

    static final String CREATED_BODY = "{\"id\":\"p-1\"}";
    static final String CONFLICT_BODY = "{\"type\":\"https://claimline.io/problems/conflict\",\"status\":409,"
            + "\"title\":\"Conflict\",\"code\":\"conflict\"}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    private RecordingBackend(HttpServer server) {
        this.server = server;
    }

    static RecordingBackend start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingBackend backend = new RecordingBackend(server);
            server.createContext("/", backend::handle);
            server.setExecutor(backend.executor);
            server.start();
            return backend;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on: bound once, then released. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Optional<Received> receivedWithRequestId(String requestId) {
        return received.stream().filter(r -> requestId.equals(r.header("X-Request-Id"))).findFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "<aborted>";
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    body, headers));
            if (path.endsWith("/slow")) {
                awaitStop();
                respond(exchange, 200, "application/json", "{}", Map.of());
            } else if (path.endsWith("/conflict")) {
                respond(exchange, 409, "application/problem+json", CONFLICT_BODY, Map.of());
            } else {
                // Echo the ids, as a real service does, to prove the gateway does not answer them twice.
                respond(exchange, 201, "application/json", CREATED_BODY, Map.of(
                        "Location", "/api/patients/p-1",
                        "ETag", "\"3\"",
                        "X-Request-Id", String.valueOf(headers.getOrDefault("X-Request-Id", List.of("")).get(0))));
            }
        }
    }

    private void awaitStop() {
        try {
            stopping.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body,
            Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    record Received(String method, String path, String query, String body, Map<String, List<String>> headers) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
