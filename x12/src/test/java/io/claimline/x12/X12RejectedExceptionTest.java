package io.claimline.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class X12RejectedExceptionTest {

    @Test
    void listsPositionsSegmentIdsAndReasons() {
        X12RejectedException rejection = new X12RejectedException(List.of(
                new X12Error(9, "HL", 2, "parent must be an earlier level 21 HL"),
                new X12Error(6, null, null, "required loop 2100A missing")));

        assertThat(rejection.getMessage()).isEqualTo("2 X12 error(s): "
                + "segment 9 (HL), element 2: parent must be an earlier level 21 HL; "
                + "segment 6: required loop 2100A missing");
    }

    @Test
    void keepsTheMessageShortButEveryError() {
        List<X12Error> many = IntStream.rangeClosed(1, 500)
                .mapToObj(i -> new X12Error(i, "EB", 1, "code value not allowed by the implementation guide")).toList();

        X12RejectedException rejection = new X12RejectedException(many);

        assertThat(rejection.errors()).hasSize(500);
        assertThat(rejection.getMessage()).startsWith("500 X12 error(s): segment 1 (EB)").endsWith("; and 480 more");
    }

    @Test
    void refusesEnvelopeValuesThatWouldBreakTheIsa() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 41);
        assertThatThrownBy(() -> new Envelope("ZZ", "A SENDER ID LONGER THAN 15", "ZZ", "R", 1, 1, 1,
                Envelope.Usage.TEST, "AB", "CD", at)).hasMessageContaining("senderId");
        assertThatThrownBy(() -> new Envelope("ZZ", "S*", "ZZ", "R", 1, 1, 1, Envelope.Usage.TEST, "AB", "CD", at))
                .hasMessageContaining("senderId");
        assertThatThrownBy(() -> new Envelope("ZZ", "S", "ZZ", "R", 1_000_000_000, 1, 1, Envelope.Usage.TEST, "AB",
                "CD", at)).hasMessageContaining("interchangeControlNumber");
    }
}
