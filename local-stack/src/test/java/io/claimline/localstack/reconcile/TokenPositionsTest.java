package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenPositionsTest {

    @Test
    void aGapAwareTokenStandsAtItsIndex() {
        assertThat(TokenPositions.position("{\"index\":42,\"gaps\":[40]}")).hasValue(42);
    }

    @Test
    void aReplayTokenStandsWhereItsCurrentTokenIsNotWhereTheResetWas() {
        assertThat(TokenPositions.position("{\"tokenAtReset\":{\"@class\":\"org.axonframework.eventhandling"
                + ".GapAwareTrackingToken\",\"index\":90,\"gaps\":[]},\"currentToken\":{\"@class\":\"org.axonframework"
                + ".eventhandling.GapAwareTrackingToken\",\"index\":12,\"gaps\":[]}}")).hasValue(12);
    }

    @Test
    void aReplayThatHasNotStartedHasNoPosition() {
        assertThat(TokenPositions.position("{\"tokenAtReset\":{\"index\":90,\"gaps\":[]},\"currentToken\":null}"))
                .isEmpty();
    }

    @Test
    void aMergedTokenStandsWhereItsSegmentBehindIs() {
        assertThat(TokenPositions.position("{\"lowerSegmentToken\":{\"index\":7},\"upperSegmentToken\":{\"index\":9}}"))
                .hasValue(7);
    }

    @Test
    void aTokenNeverStoredHasNoPosition() {
        assertThat(TokenPositions.position(null)).isEmpty();
    }
}
