package io.claimline.patient.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.x12.Envelope;
import io.claimline.x12.eligibility.Eligibility270Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 270 for the demo seed's patient (Lily, covered by her mother Grace's plan at clinic-001: local-stack
 * {@code seed.PatientsStep}, {@code PayersStep}, {@code PracticeSetupStep}), regenerated with a fixed clock and
 * control number and compared with the golden file under docs/examples/270/. Run with
 * {@code -Dclaimline.golden.update=true} to rewrite the file after a deliberate change, and review the diff.
 */
class DemoPatient270Test {

    static final Path GOLDEN = Path.of("..", "docs", "examples", "270", "demo-patient-child-of-subscriber.x12");
    static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 30, 9, 30);

    static final EligibilitySettings SETTINGS = new EligibilitySettings("ZZ", "CLAIMLINE", "ZZ", "CLEARINGHOUSE",
            Envelope.Usage.TEST, "CLAIMLINE", "CLEARINGHOUSE", "1999999999");

    static String demoInquiry() {
        var inquiry = InquiryBuilder.build(new InquiryBuilder.Routing(SETTINGS, 1, "DEMO0000000000000000000000001",
                        CREATED), "Demo Health Plan", "DEMO01", "Riverside Family Medicine LLC", "1045678905",
                "XGP123456789", new InquiryBuilder.Named("Grace", "Lovelace", LocalDate.of(1985, 3, 1), "F"),
                Optional.of(new InquiryBuilder.Named("Lily", "Lovelace", LocalDate.of(2015, 6, 9), "F")), "CHILD",
                LocalDate.of(2026, 11, 30));
        return new Eligibility270Writer().write(inquiry);
    }

    @Test
    void theDemoPatients270IsTheGoldenFile() throws IOException {
        String generated = demoInquiry();
        if (Boolean.getBoolean("claimline.golden.update")) {
            Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
        }
        assertThat(generated).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theChildIsTheDependentOfTheParentSubscriberSegmentBySegment() {
        List<String> segments = Arrays.stream(demoInquiry().split("~")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();

        assertThat(segments).contains("NM1*PR*2*DEMO HEALTH PLAN*****PI*DEMO01",
                "NM1*1P*2*RIVERSIDE FAMILY MEDICINE LLC*****XX*1045678905",
                "NM1*IL*1*LOVELACE*GRACE****MI*XGP123456789", "DMG*D8*19850301*F",
                "NM1*03*1*LOVELACE*LILY", "DMG*D8*20150609*F", "INS*N*19", "DTP*291*D8*20261130", "EQ*30");
        assertThat(segments.stream().filter(s -> s.startsWith("HL*")).toList())
                .containsExactly("HL*1**20*1", "HL*2*1*21*1", "HL*3*2*22*1", "HL*4*3*23*0");
        assertThat(segments.stream().filter(s -> s.startsWith("TRN*")).toList())
                .containsExactly("TRN*1*DEMO0000000000000000000000001*1999999999");
    }
}
