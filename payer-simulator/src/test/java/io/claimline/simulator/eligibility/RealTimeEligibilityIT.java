package io.claimline.simulator.eligibility;

import static io.claimline.simulator.CoreCall.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.simulator.CoreCall;
import io.claimline.simulator.CoreCall.Answer;
import io.claimline.simulator.StaediSegments;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * The simulator over real HTTP, as a clearinghouse client meets it: each default rule's 271 read back with StAEDI
 * and checked segment by segment, 999s for non-conforming 270s, and the CORE envelope's errors.
 */
@AutoConfigureObservability(tracing = false)
// The batch clearinghouse (on in the local profile) has its own test; here it would only hold a port.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "claimline.simulator.clearinghouse.enabled=false")
@ActiveProfiles("local")
class RealTimeEligibilityIT {

    @LocalServerPort int port;

    CoreCall call() {
        return new CoreCall("http://localhost:" + port);
    }

    StaediSegments answered(Answer answer, String payloadType) throws Exception {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("multipart/form-data");
        assertThat(answer.field("PayloadType")).isEqualTo(payloadType);
        assertThat(answer.field("ErrorCode")).isEqualTo("Success");
        assertThat(answer.field("PayloadID")).isEqualTo("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        assertThat(answer.field("ProcessingMode")).isEqualTo("RealTime");
        assertThat(answer.field("CORERuleVersion")).isEqualTo("2.2.0");
        assertThat(answer.field("SenderID")).isEqualTo("CLAIMLINESIM");
        assertThat(answer.field("ReceiverID")).isEqualTo("CLAIMLINE");
        StaediSegments x12 = StaediSegments.read(answer.field("Payload"));
        assertThat(x12.errors()).isEmpty();
        envelopeIsConsistent(x12);
        return x12;
    }

    /** Control numbers agree between headers and trailers; SE01 counts ST to SE. */
    static void envelopeIsConsistent(StaediSegments x12) {
        List<String> lines = x12.lines();
        List<String> isa = x12.segment("ISA");
        assertThat(isa.get(6).strip()).isEqualTo("CLAIMLINESIM");
        assertThat(isa.get(8).strip()).isEqualTo("CLAIMLINE");
        assertThat(isa.get(15)).isEqualTo("T");
        assertThat(x12.segment("IEA").get(2)).isEqualTo(isa.get(13));
        assertThat(x12.segment("GE").get(2)).isEqualTo(x12.segment("GS").get(6));
        assertThat(x12.segment("SE").get(2)).isEqualTo(x12.segment("ST").get(2));
        int st = lines.indexOf(lines.stream().filter(line -> line.startsWith("ST*")).findFirst().orElseThrow());
        int se = lines.indexOf(lines.stream().filter(line -> line.startsWith("SE*")).findFirst().orElseThrow());
        assertThat(x12.segment("SE").get(1)).isEqualTo(Integer.toString(se - st + 1));
    }

    /** The set's body after BHT, up to and without SE. */
    static List<String> body(StaediSegments x12) {
        List<String> lines = x12.lines();
        int bht = lines.indexOf(lines.stream().filter(line -> line.startsWith("BHT*")).findFirst().orElseThrow());
        int se = lines.indexOf(lines.stream().filter(line -> line.startsWith("SE*")).findFirst().orElseThrow());
        return lines.subList(bht + 1, se);
    }

    @Nested
    class Answers271ByRule {

        @Test
        void anActiveMemberGetsThePlanAndItsBenefits() throws Exception {
            StaediSegments x12 = answered(call().payload(resource("active-subscriber.x12")).send(),
                    "X12_271_Response_005010X279A1");

            assertThat(x12.segment("GS")).containsSubsequence("GS", "HB", "CLAIMLINESIM", "CLAIMLINE");
            assertThat(x12.segment("GS").get(8)).isEqualTo("005010X279A1");
            assertThat(x12.segment("ST")).containsExactly("ST", "271", "0001", "005010X279A1");
            assertThat(x12.segment("BHT")).startsWith("BHT", "0022", "11", "REQ-20250115-0001");
            assertThat(body(x12)).containsExactly(
                    "HL*1**20*1",
                    "NM1*PR*2*ACME HEALTH PLAN*****PI*99999",
                    "HL*2*1*21*1",
                    "NM1*1P*2*RIVERSIDE FAMILY CLINIC*****XX*1234567893",
                    "HL*3*2*22*0",
                    "TRN*2*93175-012547*9877281234",
                    "NM1*IL*1*DOE*JANE*M***MI*W123456789",
                    "DMG*D8*19750315*F",
                    "DTP*346*D8*20250101",
                    "EB*1*IND*30**GOLD PPO",
                    "EB*B*IND*30***27*25*****Y",
                    "EB*A*IND*30*****0.2****Y",
                    "EB*C*IND*30***23*1500*****Y",
                    "EB*C*IND*30***29*400*****Y",
                    "EB*G*IND*30***23*5000*****Y",
                    "EB*G*IND*30***29*3000*****Y");
        }

        @Test
        void anInactiveMemberGetsThePlanEndAndNoBenefits() throws Exception {
            StaediSegments x12 = answered(call().payload(resource("inactive-subscriber.x12")).send(),
                    "X12_271_Response_005010X279A1");

            assertThat(body(x12)).containsExactly(
                    "HL*1**20*1",
                    "NM1*PR*2*ACME HEALTH PLAN*****PI*99999",
                    "HL*2*1*21*1",
                    "NM1*1P*2*RIVERSIDE FAMILY CLINIC*****XX*1234567893",
                    "HL*3*2*22*0",
                    "TRN*2*93175-012549*9877281234",
                    "NM1*IL*1*RIVERA*CARLOS*J***MI*INACT0042",
                    "DMG*D8*19680922*M",
                    "DTP*346*D8*20230101",
                    "DTP*347*D8*20241231",
                    "EB*6*IND*30**GOLD PPO");
        }

        @Test
        void anUnknownMemberIsAnsweredWithAaa75AtTheSubscriber() throws Exception {
            StaediSegments x12 = answered(call().payload(resource("unknown-member.x12")).send(),
                    "X12_271_Response_005010X279A1");

            assertThat(body(x12)).containsExactly(
                    "HL*1**20*1",
                    "NM1*PR*2*ACME HEALTH PLAN*****PI*99999",
                    "HL*2*1*21*1",
                    "NM1*1P*2*RIVERSIDE FAMILY CLINIC*****XX*1234567893",
                    "HL*3*2*22*0",
                    "TRN*2*93175-012550*9877281234",
                    "NM1*IL*1*NGUYEN*LINH****MI*UNK0007",
                    "AAA*N**75*C",
                    "DMG*D8*19910130*F");
        }

        @Test
        void aSubscriberWhoseBirthDateDiffersIsAnsweredWithAaa71() throws Exception {
            StaediSegments x12 = answered(call().payload(resource("birth-date-mismatch.x12")).send(),
                    "X12_271_Response_005010X279A1");

            assertThat(body(x12)).contains("AAA*N**71*C").noneMatch(line -> line.startsWith("EB*"));
        }

        @Test
        void aSubscriberWithoutBirthDateWhereTheRuleChecksItIsAnsweredWithAaa58() throws Exception {
            String withoutDmg = resource("birth-date-mismatch.x12").replace("DMG*D8*19750316*F~\n", "")
                    .replace("SE*13*0001", "SE*12*0001");
            StaediSegments x12 = answered(call().payload(withoutDmg).send(), "X12_271_Response_005010X279A1");

            assertThat(body(x12)).contains("AAA*N**58*C").noneMatch(line -> line.startsWith("DMG*"));
        }

        @Test
        void aDependentsInquiryIsAnsweredAtTheDependentLevel() throws Exception {
            StaediSegments x12 = answered(call().payload(resource("dependent.x12")).send(),
                    "X12_271_Response_005010X279A1");

            assertThat(body(x12)).containsExactly(
                    "HL*1**20*1",
                    "NM1*PR*2*ACME HEALTH PLAN*****PI*99999",
                    "HL*2*1*21*1",
                    "NM1*1P*1*OKAFOR*ADAEZE****XX*1987654328",
                    "HL*3*2*22*1",
                    "NM1*IL*1*SMITH*ROBERT*A***MI*W987654321",
                    "HL*4*3*23*0",
                    "TRN*2*93175-012551*9877281234",
                    "NM1*03*1*SMITH*EMMA",
                    "DMG*D8*20150704*F",
                    "DTP*346*D8*20250101",
                    "EB*1*IND*30**GOLD PPO",
                    "EB*B*IND*30***27*25*****Y",
                    "EB*A*IND*30*****0.2****Y",
                    "EB*C*IND*30***23*1500*****Y",
                    "EB*C*IND*30***29*400*****Y",
                    "EB*G*IND*30***23*5000*****Y",
                    "EB*G*IND*30***29*3000*****Y");
        }

        @Test
        void answersAreCountedByOutcome() {
            call().payload(resource("unknown-member.x12")).send();

            String metrics = RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
                    .retrieve().body(String.class);
            assertThat(metrics).contains("claimline_simulator_eligibility_requests_total{outcome=\"rejected\"}")
                    .doesNotContain("UNK0007");
            assertThat(RestClient.create("http://localhost:" + port).get().uri("/actuator/health/readiness")
                    .retrieve().body(String.class)).contains("\"UP\"");
        }
    }

    @Nested
    class NonConforming270sGetA999 {

        StaediSegments acknowledged(String payload) throws Exception {
            Answer answer = call().payload(payload).send();
            StaediSegments x12 = answered(answer, "X12_999_Response_005010X231A1");
            assertThat(x12.segment("GS").get(1)).isEqualTo("FA");
            assertThat(x12.segment("GS").get(8)).isEqualTo("005010X231A1");
            assertThat(x12.segment("ST")).containsExactly("ST", "999", "0001", "005010X231A1");
            return x12;
        }

        @Test
        void anImpossibleBirthDateIsReportedAtItsSegmentAndElement() throws Exception {
            StaediSegments x12 = acknowledged(resource("malformed-birth-date.x12"));

            assertThat(body999(x12)).containsExactly(
                    "AK1*HS*101*005010X279A1",
                    "AK2*270*0001*005010X279A1",
                    "IK3*DMG*10*2100C*8",
                    "IK4*2**8",
                    "IK5*R*5",
                    "AK9*R*1*1*0");
        }

        @Test
        void aWrongSegmentCountIsReportedOnSe() throws Exception {
            StaediSegments x12 = acknowledged(resource("active-subscriber.x12").replace("SE*13*0001", "SE*12*0001"));

            assertThat(body999(x12)).contains("IK3*SE*13**8", "IK4*1**7", "IK5*R*4");
        }

        @Test
        void aMissingEligibilityInquiryIsAMandatorySegmentMissing() throws Exception {
            StaediSegments x12 = acknowledged(resource("active-subscriber.x12").replace("EQ*30~\n", "")
                    .replace("SE*13*0001", "SE*12*0001"));

            assertThat(body999(x12)).contains("IK3*EQ*12*2110C*3", "IK5*R*5");
        }

        @Test
        void aSegmentOutOfPlaceIsUnexpected() throws Exception {
            StaediSegments x12 = acknowledged(resource("active-subscriber.x12")
                    .replace("TRN*1*93175-012547*9877281234~\nNM1*IL", "NM1*IL")
                    .replace("EQ*30~", "EQ*30~\nTRN*1*93175-012547*9877281234~"));

            assertThat(body999(x12)).contains("IK3*TRN*12**2", "IK5*R*5");
        }

        @Test
        void anInvalidNpiIsAnInvalidCodeValue() throws Exception {
            StaediSegments x12 = acknowledged(resource("active-subscriber.x12").replace("1234567893", "1234567890"));

            assertThat(body999(x12)).contains("IK3*NM1*6*2100B*8", "IK4*9**7");
        }

        List<String> body999(StaediSegments x12) {
            List<String> lines = x12.lines();
            int st = lines.indexOf("ST*999*0001*005010X231A1");
            int se = lines.indexOf(lines.stream().filter(line -> line.startsWith("SE*")).findFirst().orElseThrow());
            return lines.subList(st + 1, se);
        }
    }

    @Nested
    class EnvelopeErrors {

        @Test
        void aPayloadThatIsNotX12IsIllegalWithItsPosition() {
            Answer answer = call().payload("Dear payer, is Jane covered?").send();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.field("ErrorCode")).isEqualTo("PayloadIllegal");
            assertThat(answer.field("ErrorMessage")).contains("segment 1");
            assertThat(answer.field("Payload")).isEmpty();
        }

        @Test
        void eachMissingFieldIsNamed() {
            for (String field : List.of("PayloadType", "ProcessingMode", "PayloadID", "TimeStamp", "SenderID",
                    "ReceiverID", "CORERuleVersion", "Payload")) {
                Answer answer = call().payload(resource("active-subscriber.x12")).field(field, null).send();

                assertThat(answer.status()).as(field).isEqualTo(400);
                assertThat(answer.field("ErrorCode")).isEqualTo(field + "Required");
            }
        }

        @Test
        void aWrongPayloadTypeModeVersionOrTimeStampIsRefused() {
            assertThat(call().payload(resource("active-subscriber.x12"))
                    .field("PayloadType", "X12_276_Request_005010X212").send().field("ErrorCode"))
                    .isEqualTo("PayloadTypeIllegal");
            assertThat(call().payload(resource("active-subscriber.x12")).field("ProcessingMode", "Batch").send()
                    .field("ErrorCode")).isEqualTo("ProcessingModeIllegal");
            assertThat(call().payload(resource("active-subscriber.x12")).field("CORERuleVersion", "2.0.0").send()
                    .field("ErrorCode")).isEqualTo("VersionMismatch");
            assertThat(call().payload(resource("active-subscriber.x12")).field("TimeStamp", "yesterday").send()
                    .field("ErrorCode")).isEqualTo("TimeStampIllegal");
        }

        @Test
        void aWrongPasswordIsUnauthorizedAndAnswersNothingElse() {
            Answer answer = call().payload(resource("active-subscriber.x12"))
                    .authorization(CoreCall.basic("claimline", "guess")).send();

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.challenge()).startsWith("Basic");
            assertThat(answer.field("ErrorCode")).isEqualTo("UnAuthorized");
            assertThat(answer.field("Payload")).isEmpty();
        }

        @Test
        void noCredentialsAtAllIsUnauthorized() {
            Answer answer = call().payload(resource("active-subscriber.x12")).authorization(null).send();

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.field("ErrorCode")).isEqualTo("UnAuthorized");
        }
    }
}
