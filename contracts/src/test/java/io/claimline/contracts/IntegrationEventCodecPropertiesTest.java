package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Hostile input never escapes as anything but a dead-letter reason, and the reason never echoes the input. */
class IntegrationEventCodecPropertiesTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Property(tries = 500)
    void anyBytesEitherDecodeOrFailAsMalformed(@ForAll byte[] bytes) {
        try {
            IntegrationEvent event = codec.decode(bytes);
            assertThat(event.eventId()).isNotBlank();
        } catch (MalformedIntegrationEventException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void aRejectedEnvelopeNeverQuotesItsValues(@ForAll String text) {
        String json = "{\"eventId\":\"SECRET-" + text.replace("\"", "") + "\",\"type\":{\"name\":\"SECRET\"}}";
        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .message().doesNotContain("SECRET");
    }
}
