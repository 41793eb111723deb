package io.claimline.localstack.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * The global index an Axon tracking token (stored as JSON, the services use Jackson) has reached: a gap-aware token's
 * {@code index}; a replay token's current token; a merged token's lower segment (the one behind).
 */
final class TokenPositions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenPositions() {
    }

    static OptionalLong position(String tokenJson) {
        if (tokenJson == null || tokenJson.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return position(JSON.readTree(tokenJson));
        } catch (IOException e) {
            throw new UncheckedIOException("a tracking token is not JSON", e);
        }
    }

    private static OptionalLong position(JsonNode token) {
        if (token == null || token.isNull() || token.isMissingNode()) {
            return OptionalLong.empty();
        }
        if (token.has("index")) {
            return OptionalLong.of(token.get("index").asLong());
        }
        if (token.has("currentToken")) {
            return position(token.get("currentToken"));
        }
        OptionalLong lower = position(token.get("lowerSegmentToken"));
        OptionalLong upper = position(token.get("upperSegmentToken"));
        if (lower.isPresent() && upper.isPresent()) {
            return OptionalLong.of(Math.min(lower.getAsLong(), upper.getAsLong()));
        }
        return OptionalLong.empty();
    }
}
