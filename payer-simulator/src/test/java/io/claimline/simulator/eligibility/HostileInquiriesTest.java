package io.claimline.simulator.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.simulator.CoreCall;
import io.claimline.simulator.PayerSimulatorApplication;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random and mutated 270s, over real HTTP: the simulator answers each with a 271, a 999 or an envelope error, and
 * never fails (no 5xx).
 */
class HostileInquiriesTest {

    private static final List<String> VALID = List.of(CoreCall.resource("active-subscriber.x12"),
            CoreCall.resource("dependent.x12"), CoreCall.resource("unknown-member.x12"));
    private static ConfigurableApplicationContext simulator;
    private static String url;

    @BeforeContainer
    static void start() {
        simulator = new SpringApplicationBuilder(PayerSimulatorApplication.class).profiles("local")
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0", "--claimline.simulator.clearinghouse.enabled=false");
        url = "http://localhost:" + ((WebServerApplicationContext) simulator).getWebServer().getPort();
    }

    @AfterContainer
    static void stop() {
        simulator.close();
    }

    @Property(tries = 150)
    void mutated270sAreAnsweredNeverFailed(@ForAll("mutated") String payload) {
        CoreCall.Answer answer = new CoreCall(url).payload(payload).send();

        assertThat(answer.status()).isIn(200, 400);
        assertThat(answer.field("ErrorCode")).isNotBlank();
        if (answer.status() == 200) {
            assertThat(answer.field("PayloadType")).isIn("X12_271_Response_005010X279A1",
                    "X12_999_Response_005010X231A1");
            assertThat(answer.field("Payload")).startsWith("ISA*");
        }
    }

    @Property(tries = 50)
    void randomTextIsAnEnvelopeError(@ForAll("noise") String payload) {
        CoreCall.Answer answer = new CoreCall(url).payload(payload).send();

        assertThat(answer.status()).isIn(200, 400);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 600);
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of("*", "~", ":", "^", "", "\n", "HL*9*8*23*0~",
                        "EQ*~", "SE*1*0001~", "ST*270*0002*005010X279A1~", "ISA*", "DMG*D8*2~", "NM1*IL~"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 40);
        return Combinators.combine(base, position, insert, cut).as((text, at, extra, removed) -> {
            int from = Math.min(at, text.length());
            int to = Math.min(from + removed, text.length());
            return text.substring(0, from) + extra + text.substring(to);
        });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(400);
    }
}
