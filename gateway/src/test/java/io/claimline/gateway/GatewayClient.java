package io.claimline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Talks to the gateway over real HTTP, as a clinic system or a browser would; never follows redirects. */
final class GatewayClient {

    static final String CONSOLE_REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/claimline-console";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;

    GatewayClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    String base() {
        return base;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    /** The curl of the README: client credentials with HTTP basic authentication. */
    HttpResponse<String> clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", "Basic " + basic);
    }

    String clientToken(String clientId, String secret) {
        HttpResponse<String> response = clientCredentials(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asText();
    }

    /**
     * A person signing in through the console: authorization code with PKCE, the login form in between, the
     * way a browser goes through it.
     */
    String userToken(String username, String password) {
        String verifier = randomUrlSafe(48);
        String authorize = "/oauth2/authorize?" + form(linked(
                "response_type", "code",
                "client_id", "claimline-console",
                "redirect_uri", CONSOLE_REDIRECT,
                "scope", "openid",
                "state", "s-1",
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = get(authorize, "Accept", "text/html");
        assertThat(toLogin.statusCode()).as("authorize without a session").isEqualTo(302);
        HttpResponse<String> loginPage = get(location(toLogin), "Accept", "text/html");
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("login form has a CSRF token").isTrue();

        HttpResponse<String> loggedIn = postForm("/login", linked(
                "username", username, "password", password, "_csrf", csrf.group(1)), "Accept", "text/html");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location(loggedIn)).as("login succeeded").doesNotContain("error");

        HttpResponse<String> withCode = get(location(loggedIn), "Accept", "text/html");
        assertThat(withCode.statusCode()).isEqualTo(302);
        String redirect = location(withCode);
        assertThat(redirect).startsWith(CONSOLE_REDIRECT).contains("state=s-1");
        String code = query(URI.create(redirect)).get("code");

        HttpResponse<String> token = postForm("/oauth2/token", linked(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", CONSOLE_REDIRECT,
                "client_id", "claimline-console",
                "code_verifier", verifier));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return json(token).get("access_token").asText();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith("/") ? base + location : location;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
