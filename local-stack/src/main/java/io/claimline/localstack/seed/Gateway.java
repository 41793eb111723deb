package io.claimline.localstack.seed;

import io.claimline.localstack.TokenClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The seed's calls through the gateway, with the JDK's HTTP client and a token per seeded user. */
public final class Gateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String url;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final Map<String, String> tokens = new HashMap<>();

    public Gateway(String url, String password) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.password = password;
    }

    /** An answer: status, ETag if any, body. */
    public record Answer(int status, Optional<String> eTag, String body) {
    }

    public Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    /** Sends a seed write, with If-Match when the caller knows the version. */
    public Answer write(String user, SeedRequest request, Optional<String> ifMatch) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + request.path()))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", request.idempotencyKey())
                .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        ifMatch.ifPresent(version -> builder.header("If-Match", version));
        return send(user, builder);
    }

    /** Uploads a file as the raw body (a code file: text/plain). Loading the same file again is idempotent. */
    public Answer upload(String user, String path, byte[] content) {
        return send(user, HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private Answer send(String user, HttpRequest.Builder builder) {
        String token = tokens.computeIfAbsent(user, name -> TokenClient.userToken(url, name, password));
        HttpRequest request = builder.timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("ETag"), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the gateway at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
