package io.claimline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.localstack.TokenClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A clinic system talking to Claimline: tokens from the built-in authorization server, calls via the gateway. */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String token;

    private GatewayClient(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** Signs in with the client-credentials grant as a seeded clinic system. */
    static GatewayClient clinicSystem(String gateway, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        Response response = new GatewayClient(gateway, null).send(request);
        if (response.status() != 200) {
            throw new IllegalStateException("token request answered " + response.status());
        }
        return new GatewayClient(gateway, response.json().get("access_token").asText());
    }

    /** Signs in as a seeded user through the gateway's login flow, exactly as {@code ./claimline token} does. */
    static GatewayClient user(String gateway, String username) {
        return new GatewayClient(gateway, TokenClient.userToken(gateway, username, "password"));
    }

    /** A caller holding a token obtained elsewhere (say, from {@code ./claimline token}). */
    static GatewayClient withBearer(String gateway, String token) {
        return new GatewayClient(gateway, token);
    }

    /** A Claimline service's own identity (client credentials, role service, no clinic). */
    static GatewayClient service(String gateway, String clientId) {
        return new GatewayClient(gateway, TokenClient.clientToken(gateway, clientId, clientId + "-secret"));
    }

    /** The same caller talking to another base URL (a service directly, past the gateway). */
    GatewayClient at(String baseUrl) {
        return new GatewayClient(baseUrl, token);
    }

    /** The same base URL with another bearer token (forged, tampered, or none). */
    GatewayClient withToken(String otherToken) {
        return new GatewayClient(gateway, otherToken);
    }

    String token() {
        return token;
    }

    Response get(String path) {
        return send(authorized(path).GET().build());
    }

    /** A download (a PDF): the body's bytes as sent, with the status. */
    Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(authorized(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, byte[] body) {
    }

    /** Any method, with an optional JSON body. */
    Response send(String method, String path, String jsonBody) {
        HttpRequest.Builder builder = authorized(path);
        if (jsonBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(builder.build());
    }

    /** Any method with a JSON body and the {@code If-Match} version read. */
    Response send(String method, String path, String jsonBody, String ifMatch) {
        return send(authorized(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    Response postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    Response post(String path, String contentType, String body) {
        return send(authorized(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: status " + status, e);
            }
        }
    }
}
