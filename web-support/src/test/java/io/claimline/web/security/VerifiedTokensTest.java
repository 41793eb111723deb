package io.claimline.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** The real decoder's part: counts what it was asked, refuses "forged" and anything past its expiry. */
    private final List<String> decoded = new ArrayList<>();
    private final JwtDecoder decoder = token -> {
        decoded.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature");
        }
        Instant expiresAt = token.startsWith("eternal") ? null : NOW.plusSeconds(300);
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new JwtValidationException("expired", List.of(new OAuth2Error("invalid_token")));
        }
        return new Jwt(token, NOW, expiresAt, java.util.Map.of("alg", "RS256"), java.util.Map.of("sub", "someone"));
    };
    private final VerifiedTokens tokens = new VerifiedTokens(decoder, clock, 100);

    @Test
    void aTokenIsVerifiedOnceForItsLifetime() {
        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(decoded).containsExactly("token-a");
        tokens.decode("token-b");
        assertThat(decoded).containsExactly("token-a", "token-b");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoderAndIsRefused() {
        tokens.decode("token-a");
        now = NOW.plusSeconds(300);

        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
        assertThat(decoded).containsExactly("token-a", "token-a");
    }

    @Test
    void refusalsAreNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("forged-1", "forged-1");
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        tokens.decode("eternal-1");
        tokens.decode("eternal-1");
        assertThat(decoded).containsExactly("eternal-1", "eternal-1");
    }
}
