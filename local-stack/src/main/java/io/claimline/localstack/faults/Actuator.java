package io.claimline.localstack.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What a service's actuator says: its health, and its integration counters. */
final class Actuator {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Actuator() {
    }

    /** The HTTP status of {@code /actuator/health}: 200 while UP, 503 while DOWN; -1 when nothing answered. */
    static int health(String serviceUrl) {
        try {
            return get(serviceUrl + "/actuator/health").statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The value of a counter for one topic on {@code /actuator/prometheus}, e.g.
     * {@code claimline_integration_duplicates_total}; counted since the service started.
     */
    static double counter(String serviceUrl, String name, String topic) {
        try {
            String label = "topic=\"" + topic + "\"";
            return get(serviceUrl + "/actuator/prometheus").body().lines()
                    .filter(line -> line.startsWith(name + "{") && line.contains(label))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException(serviceUrl + " did not answer its metrics", e);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
