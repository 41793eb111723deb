package io.claimline.billing.estimate.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.billing.estimate.query.GoodFaithEstimateView;
import io.claimline.platform.kernel.Money;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF states what 45 CFR 149.610(c) asks for, read back as text. */
class GoodFaithEstimatePdfTest {

    private static final GoodFaithEstimateContent.Place PLACE = new GoodFaithEstimateContent.Place(
            "100 Main Street", "Suite 2", "Springfield", "IL", "627011234");

    private static GoodFaithEstimateView estimate(int items) {
        List<GoodFaithEstimateContent.Item> lines = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            lines.add(new GoodFaithEstimateContent.Item(i == 0 ? "99213" : "71046", i == 0 ? List.of("25")
                    : List.of(), i == 0 ? 1 : 2, i == 0 ? "Office visit" : "Chest X-ray, 2 views", "1112223338",
                    Money.usd(i == 0 ? "1250.00" : "80.50")));
        }
        Money total = lines.stream().map(GoodFaithEstimateContent.Item::expectedCharge).reduce(Money::plus)
                .orElseThrow();
        var content = new GoodFaithEstimateContent(UUID.randomUUID().toString(), LocalDate.of(2026, 12, 3),
                "Office visit with a chest X-ray", List.of("J209", "R05"),
                new GoodFaithEstimateContent.Facility("Riverside Family Medicine LLC", "1234567893", "123456789",
                        PLACE),
                new GoodFaithEstimateContent.Location(UUID.randomUUID().toString(), "Main Office", PLACE),
                List.of(new GoodFaithEstimateContent.Provider(UUID.randomUUID().toString(), "Grace Hopper", "MD",
                        "1112223338", "123456789")),
                lines, total);
        return new GoodFaithEstimateView(UUID.randomUUID().toString(), Instant.parse("2026-11-27T10:00:00Z"),
                content, null, 0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " "); // wrapped lines read as one
        }
    }

    @Test
    void everyRequiredElementIsPrinted() throws IOException {
        String text = text(GoodFaithEstimatePdf.render(estimate(2),
                new GoodFaithEstimatePdf.Patient("Ada Quillfeather", "1980-04-02")));

        assertThat(text).contains("Good Faith Estimate", "Patient name: Ada Quillfeather",
                "Date of birth: 04/02/1980", "Primary service: Office visit with a chest X-ray",
                "Scheduled date of service: 12/03/2026", "Diagnosis codes: J20.9, R05",
                "Riverside Family Medicine LLC", "NPI 1234567893", "TIN 123456789", "Main Office",
                "Grace Hopper, MD", "99213", "25", "71046", "Chest X-ray, 2 views", "$1,250.00", "$80.50",
                "Total expected charges: $1,330.50", "at least $400 more", "120 calendar days",
                "www.cms.gov/nosurprises", "is not a contract");
    }

    @Test
    void aLongEstimateFlowsOntoMorePagesAndUnprintableLettersBecomeQuestionMarks() throws IOException {
        byte[] pdf = GoodFaithEstimatePdf.render(estimate(60),
                new GoodFaithEstimatePdf.Patient("Zoë 王", "not-a-date"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Good Faith Estimate");
        }
        assertThat(text(pdf)).contains("Patient name: Zoë ?", "Date of birth: not-a-date");
    }

    @Test
    void thePatientNeverShowsInToString() {
        assertThat(new GoodFaithEstimatePdf.Patient("Ada Quillfeather", "1980-04-02").toString())
                .doesNotContain("Ada").doesNotContain("1980");
    }
}
