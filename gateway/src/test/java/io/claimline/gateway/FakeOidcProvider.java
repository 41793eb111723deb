package io.claimline.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** An OIDC provider in miniature: discovery document, JWKS, and tokens signed with its key. */
final class FakeOidcProvider implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;

    private FakeOidcProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static FakeOidcProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("external-1").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOidcProvider issuer = new FakeOidcProvider(server, key);
            server.createContext("/.well-known/openid-configuration", exchange -> issuer.json(exchange,
                    "{\"issuer\":\"" + issuer.url() + "\",\"jwks_uri\":\"" + issuer.url() + "/jwks\","
                            + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}"));
            server.createContext("/jwks", exchange -> issuer.json(exchange,
                    new JWKSet(key.toPublicJWK()).toString()));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token meant for Claimline's API ({@code aud: ["claimline-api"]}). */
    String token(String issuer, String subject, String clinicId) {
        return token(issuer, subject, clinicId, List.of("claimline-api"));
    }

    /** A token for the given audience; none at all when {@code audience} is empty. */
    String token(String issuer, String subject, String clinicId, List<String> audience) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder()
                            .issuer(issuer)
                            .subject(subject)
                            .claim("clinic_id", clinicId)
                            .claim("roles", List.of("biller"))
                            .audience(audience.isEmpty() ? null : audience)
                            .issueTime(new Date())
                            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                            .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void json(HttpExchange exchange, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
