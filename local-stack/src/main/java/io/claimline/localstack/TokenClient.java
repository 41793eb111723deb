package io.claimline.localstack;

import java.io.IOException;
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
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Access tokens from the gateway's built-in authorization server (local stack only), with the JDK alone so that it
 * also runs as a single source file ({@code java TokenClient.java ...}) on a fresh clone.
 *
 * <ul>
 *   <li>{@link #userToken}: a seeded user signs in the way a browser does through the console's public client
 *       ({@code claimline-console}): authorization code with PKCE (S256), the login form in between;
 *       {@link #userTokens} gives the OIDC id_token of the same sign-in as well;</li>
 *   <li>{@link #clientToken}: a confidential client (clinic system or service), client credentials.</li>
 * </ul>
 *
 * <p>Usage: {@code TokenClient <gatewayUrl> <username> [password]} prints the user's access token and nothing
 * else (password defaults to {@code password}, the local stack's); on failure, one line on stderr and exit 1.
 */
public final class TokenClient {

    /** The console's public client and its registered redirect URI ({@code claimline.auth.console}). */
    public static final String CONSOLE_CLIENT_ID = "claimline-console";
    public static final String CONSOLE_REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/claimline-console";

    private static final String DEFAULT_PASSWORD = "password";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CSRF_INPUT = Pattern.compile("<input\\b[^>]*\\bname=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]+)\"");
    /** Redirects of the authorization server and the login form followed by hand; a few are enough. */
    private static final int MAX_REDIRECTS = 5;

    private TokenClient() {
    }

    /** Why no token could be had; its message never contains a password or secret. */
    public static final class TokenException extends RuntimeException {

        TokenException(String message) {
            super(message);
        }

        TokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What one sign-in of a user yields: the access token (for the API; {@code aud} is the API's audience) and the
     * OIDC id_token (for the client only; {@code aud} is the client id, and the API refuses it).
     */
    public record Tokens(String accessToken, String idToken) {

        @Override
        public String toString() {
            return "Tokens[not shown]";
        }
    }

    /**
     * The access token of a seeded user, through the login flow the authorization server offers: authorization
     * code + PKCE with the public client {@code claimline-console}.
     *
     * @throws TokenException when the gateway cannot be reached, the login is refused or no token is issued
     */
    public static String userToken(String gatewayUrl, String username, String password) {
        return userTokens(gatewayUrl, username, password).accessToken();
    }

    /**
     * The access token and the id_token of a seeded user, through the same login flow as {@link #userToken} (it
     * asks for the {@code openid} scope, so an id_token is issued too).
     *
     * @throws TokenException when the gateway cannot be reached, the login is refused or either token is missing
     */
    public static Tokens userTokens(String gatewayUrl, String username, String password) {
        String base = base(gatewayUrl);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                // Every redirect is looked at: the last one goes to the console, which is not there to answer.
                .followRedirects(HttpClient.Redirect.NEVER)
                // The session that remembers the login between the form and the authorize endpoint.
                .cookieHandler(new CookieManager())
                .connectTimeout(TIMEOUT)
                .build();
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        URI authorize = URI.create(base + "/oauth2/authorize?" + form(linked(
                "response_type", "code",
                "client_id", CONSOLE_CLIENT_ID,
                "redirect_uri", CONSOLE_REDIRECT_URI,
                "scope", "openid",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")));

        // Without a session the authorize endpoint sends a browser (Accept: text/html) to the login form.
        HttpResponse<String> response = send(http, get(authorize));
        URI login = followUntil(http, response, uri -> uri.getPath().equals("/login"), "the login form");
        HttpResponse<String> loginPage = send(http, get(login));
        if (loginPage.statusCode() != 200) {
            throw new TokenException("the login form answered HTTP " + loginPage.statusCode());
        }
        String csrf = csrfToken(loginPage.body());

        HttpResponse<String> loggedIn = send(http, post(login.resolve("/login"), linked(
                "username", username, "password", password, "_csrf", csrf)));
        URI afterLogin = location(loggedIn)
                .orElseThrow(() -> new TokenException("the login answered HTTP " + loggedIn.statusCode()
                        + " instead of a redirect"));
        if (afterLogin.getPath().equals("/login")) {
            // Spring Security's form login sends a refused login back to /login?error.
            throw new TokenException("login refused for user " + username + ": wrong user name or password");
        }

        // Back to the authorize endpoint (the saved request), which now redirects to the console with the code.
        URI callback = followUntil(http, loggedIn, TokenClient::isConsoleRedirect, "the redirect with the code");
        Map<String, String> params = query(callback);
        if (params.containsKey("error")) {
            throw new TokenException("authorization refused for user " + username + ": " + params.get("error")
                    + Optional.ofNullable(params.get("error_description")).map(d -> " (" + d + ")").orElse(""));
        }
        if (!state.equals(params.get("state"))) {
            throw new TokenException("the authorization server answered with another state than the one sent");
        }
        String code = params.get("code");
        if (code == null || code.isEmpty()) {
            throw new TokenException("the redirect to the console carries no authorization code");
        }

        HttpResponse<String> token = send(http, post(URI.create(base + "/oauth2/token"), linked(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", CONSOLE_REDIRECT_URI,
                "client_id", CONSOLE_CLIENT_ID,
                "code_verifier", verifier)));
        String accessToken = accessToken(token, "user " + username);
        Matcher idToken = ID_TOKEN.matcher(token.body());
        if (!idToken.find()) {
            throw new TokenException("no id_token for user " + username + " although the openid scope was asked");
        }
        return new Tokens(accessToken, idToken.group(1));
    }

    /**
     * The access token of a confidential client (a clinic system or a Claimline service): client credentials,
     * authenticated with HTTP basic.
     *
     * @throws TokenException when the gateway cannot be reached or refuses the client
     */
    public static String clientToken(String gatewayUrl, String clientId, String secret) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        // RFC 6749 2.3.1: id and secret are form-encoded before they go into the basic credentials.
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(gatewayUrl) + "/oauth2/token"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return accessToken(send(http, request), "client " + clientId);
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: TokenClient <gatewayUrl> <username> [password]");
            System.exit(2);
        }
        try {
            System.out.println(userToken(args[0], args[1], args.length == 3 ? args[2] : DEFAULT_PASSWORD));
        } catch (RuntimeException e) {
            // One line, no stack trace: the message says what went wrong (and never holds the password).
            System.err.println("token: " + (e instanceof TokenException || e instanceof IllegalArgumentException
                    ? e.getMessage() : e.toString()));
            System.exit(1);
        }
    }

    private static boolean isConsoleRedirect(URI uri) {
        return uri.toString().startsWith(CONSOLE_REDIRECT_URI);
    }

    /** Follows redirects on the gateway until one points where {@code wanted} says; that one is not followed. */
    private static URI followUntil(HttpClient http, HttpResponse<String> response,
            Predicate<URI> wanted, String what) {
        HttpResponse<String> current = response;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            HttpResponse<String> answered = current;
            URI next = location(answered).orElseThrow(() -> new TokenException("expected a redirect to " + what
                    + ", got HTTP " + answered.statusCode() + problemOf(answered)));
            if (wanted.test(next)) {
                return next;
            }
            if (isConsoleRedirect(next)) {
                throw new TokenException("redirected to the console before reaching " + what);
            }
            current = send(http, get(next));
        }
        throw new TokenException("too many redirects before reaching " + what);
    }

    private static String csrfToken(String loginPage) {
        Matcher input = CSRF_INPUT.matcher(loginPage);
        if (input.find()) {
            Matcher value = VALUE.matcher(input.group());
            if (value.find()) {
                return htmlUnescape(value.group(1));
            }
        }
        throw new TokenException("the login form carries no _csrf token");
    }

    private static String accessToken(HttpResponse<String> response, String who) {
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() == 200 && token.find()) {
            return token.group(1);
        }
        Matcher error = ERROR.matcher(response.body());
        throw new TokenException("no token for " + who + ": HTTP " + response.statusCode()
                + (error.find() ? " " + error.group(1) : ""));
    }

    private static String problemOf(HttpResponse<String> response) {
        Matcher error = ERROR.matcher(response.body());
        return error.find() ? " (" + error.group(1) + ")" : "";
    }

    private static Optional<URI> location(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 300 || status > 399) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location").map(location -> response.uri().resolve(location));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest post(URI uri, Map<String, String> form) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The URL is the gateway's (never with a password: those travel in bodies only).
            throw new TokenException("cannot reach the gateway at " + request.uri().getScheme() + "://"
                    + request.uri().getAuthority() + ": " + e.getClass().getSimpleName()
                    + Optional.ofNullable(e.getMessage()).map(m -> " " + m).orElse(""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("interrupted while waiting for the gateway", e);
        }
    }

    private static String base(String gatewayUrl) {
        if (gatewayUrl == null || !gatewayUrl.matches("https?://[^/?#]+(/.*)?")) {
            throw new IllegalArgumentException("the gateway URL must look like http://localhost:8080, not "
                    + gatewayUrl);
        }
        return gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
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
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String htmlUnescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
