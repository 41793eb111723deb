package io.claimline.patient.eligibility.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.simulator.PayerSimulatorApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The clearinghouse client against the real payer simulator, started in-process on a random port: a 271 for an
 * active, an inactive and an unknown member, a 999 for a malformed 270, UnAuthorized for wrong credentials, and
 * {@link ClearinghouseUnavailableException} once the simulator is gone. The 270s are written here by hand.
 */
class CoreRealTimeClearinghouseIT {

    private static final String PASSWORD = "a-test-secret-" + System.nanoTime();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:20:30Z"), ZoneOffset.UTC);
    private static ConfigurableApplicationContext simulator;
    private static String url;

    @BeforeAll
    static void startTheSimulator() {
        // Arguments, not .properties(...): those are defaults, below the simulator's own payer-simulator.yml.
        simulator = new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0", "--claimline.simulator.core.username=patients",
                        "--claimline.simulator.core.password=" + PASSWORD);
        url = "http://localhost:" + ((WebServerApplicationContext) simulator).getWebServer().getPort();
    }

    @AfterAll
    static void stopTheSimulator() {
        if (simulator.isActive()) {
            simulator.close();
        }
    }

    static Clearinghouse client(String user, String password) {
        return ClearinghouseConfiguration.coreRealTime(new ClearinghouseProperties(url, user, password,
                Duration.ofSeconds(2), Duration.ofSeconds(10)), CLOCK);
    }

    static ClearinghouseRequest request(String payloadId, String memberId) {
        return new ClearinghouseRequest(payloadId, "CLAIMLINE", "CLAIMLINESIM", inquiry(memberId));
    }

    /** A 270 (005010X279A1) for one subscriber, as the guide lays it out. */
    static String inquiry(String memberId) {
        return String.join("~\n",
                "ISA*00*          *00*          *ZZ*CLAIMLINE      *ZZ*CLAIMLINESIM   *250115*1020*^*00501*000000731*0*P*:",
                "GS*HS*CLAIMLINE*CLAIMLINESIM*20250115*1020*731*X*005010X279A1",
                "ST*270*0731*005010X279A1",
                "BHT*0022*13*ELIG-731*20250115*1020",
                "HL*1**20*1",
                "NM1*PR*2*ACME HEALTH PLAN*****PI*99999",
                "HL*2*1*21*1",
                "NM1*1P*2*RIVERSIDE FAMILY CLINIC*****XX*1234567893",
                "HL*3*2*22*0",
                "TRN*1*ELIG-731-1*9877281234",
                "NM1*IL*1*BROWN*MARIA****MI*" + memberId,
                "DMG*D8*19820607*F",
                "DTP*291*D8*20250115",
                "EQ*30",
                "SE*13*0731",
                "GE*1*731",
                "IEA*1*000000731") + "~\n";
    }

    @Test
    void anActiveMembersInquiryComesBackAsA271WithTheirBenefits() {
        ClearinghouseReply reply = client("patients", PASSWORD).exchange(request("0b6f3c55-1a0e-4c1e-9d55-5f1f0c7e0a01",
                "W555000111"));

        assertThat(reply.successful()).isTrue();
        assertThat(reply.payloadType()).isEqualTo(ClearinghouseReply.ELIGIBILITY_RESPONSE);
        assertThat(reply.payloadId()).isEqualTo("0b6f3c55-1a0e-4c1e-9d55-5f1f0c7e0a01");
        assertThat(reply.x12Payload()).startsWith("ISA*").contains("ST*271*0001*005010X279A1",
                "TRN*2*ELIG-731-1*9877281234", "NM1*IL*1*BROWN*MARIA****MI*W555000111", "EB*1*IND*30**GOLD PPO",
                "EB*C*IND*30***29*400*****Y");
    }

    @Test
    void anInactiveMemberComesBackInactive() {
        ClearinghouseReply reply = client("patients", PASSWORD).exchange(request("7f4e9d1c-0000-4000-8000-000000000002",
                "INACT31"));

        assertThat(reply.successful()).isTrue();
        assertThat(reply.x12Payload()).contains("EB*6*IND*30**GOLD PPO", "DTP*347*D8*20241231");
    }

    @Test
    void anUnknownMemberComesBackWithAaa75() {
        ClearinghouseReply reply = client("patients", PASSWORD).exchange(request("7f4e9d1c-0000-4000-8000-000000000003",
                "UNK31"));

        assertThat(reply.successful()).isTrue();
        assertThat(reply.payloadType()).isEqualTo(ClearinghouseReply.ELIGIBILITY_RESPONSE);
        assertThat(reply.x12Payload()).contains("AAA*N**75*C").doesNotContain("EB*");
    }

    @Test
    void aMalformed270ComesBackAsA999NamingTheSegment() {
        String malformed = inquiry("W555000111").replace("DMG*D8*19820607", "DMG*D8*19820631");

        ClearinghouseReply reply = client("patients", PASSWORD).exchange(new ClearinghouseRequest(
                "7f4e9d1c-0000-4000-8000-000000000004", "CLAIMLINE", "CLAIMLINESIM", malformed));

        assertThat(reply.payloadType()).isEqualTo(ClearinghouseReply.ACKNOWLEDGEMENT);
        assertThat(reply.x12Payload()).contains("ST*999", "AK2*270*0731*005010X279A1", "IK3*DMG*10*2100C*8",
                "IK5*R*5");
        assertThat(reply.errorMessage()).contains("segment DMG at position 10");
    }

    @Test
    void wrongCredentialsComeBackUnauthorizedNotThrown() {
        ClearinghouseReply reply = client("patients", "not-the-password").exchange(
                request("7f4e9d1c-0000-4000-8000-000000000005", "W555000111"));

        assertThat(reply.successful()).isFalse();
        assertThat(reply.errorCode()).isEqualTo("UnAuthorized");
        assertThat(reply.x12Payload()).isEmpty();
    }

    @Test
    void aStoppedClearinghouseIsUnavailable() {
        ConfigurableApplicationContext other = new SpringApplicationBuilder(PayerSimulatorApplication.class)
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0", "--claimline.simulator.core.password=" + PASSWORD);
        String otherUrl = "http://localhost:" + ((WebServerApplicationContext) other).getWebServer().getPort();
        other.close();
        Clearinghouse client = ClearinghouseConfiguration.coreRealTime(new ClearinghouseProperties(otherUrl,
                "claimline", PASSWORD, Duration.ofSeconds(2), Duration.ofSeconds(10)), CLOCK);

        assertThatThrownBy(() -> client.exchange(request("7f4e9d1c-0000-4000-8000-000000000006", "W555000111")))
                .isInstanceOf(ClearinghouseUnavailableException.class)
                .hasMessageNotContaining("W555000111");
    }
}
