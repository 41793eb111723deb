package io.claimline.billing.statement.document;

import static io.claimline.billing.statement.document.StatementMother.date;
import static io.claimline.billing.statement.document.StatementMother.line;
import static io.claimline.billing.statement.document.StatementMother.statement;
import static io.claimline.billing.statement.document.StatementMother.twoPatients;
import static io.claimline.billing.statement.document.StatementMother.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The printed statement, read back with PDFBox's text extraction as a reader (or a test) would. */
class StatementPdfTest {

    /** Right edge of the "awaiting insurance" column: the statement's 40pt margin + the column's offset + width. */
    private static final float AWAITING_COLUMN_RIGHT = 40 + 412 + 58;

    @Test
    void printsTheGuarantorTheClinicTheNumbersAndEveryAmountAsGiven() throws IOException {
        String text = text(StatementPdf.render(twoPatients()));

        assertThat(text).contains("Riverside Family Medicine", "100 Main Street, Suite 2", "Phone: (217) 555-0142",
                "Email: billing@riverside.example", "PATIENT STATEMENT", "Statement number S-2026-000123",
                "Statement date 12/01/2026", "Account number b7d4a1e2-3c4f-4a5b-8c6d-7e8f9a0b1c2d",
                "Due date 12/31/2026", "Amount due $174.73",
                "Ada Quillfeather 12 Elm Street Apt 4 Springfield, IL 62704",
                "Patient: Bram Quillfeather", "Patient: Clara Quillfeather", "Date of service: 10/14/2026",
                "Date of service: 09/02/2026",
                "99214-25 Office visit, established $1,000.00 $0.00 $100.00 $20.00 $777.77 $102.23",
                "71046 Service 71046 $150.00 $90.00 $30.00 $0.00 $0.00 $30.00",
                "Date total $1,150.00 $90.00 $130.00 $20.00 $777.77 $132.23",
                "99393 Service 99393 $2,345.67 $1,999.17 $294.00 $0.00 $0.00 $52.50",
                "Patient due for Bram Quillfeather $132.23", "Patient due for Clara Quillfeather $52.50",
                "Total charges $3,540.67", "Insurance paid $2,134.17", "Adjustments $424.00",
                "Patient payments $20.00", "Awaiting insurance (not due from you) $777.77",
                "Patient due for services $184.73", "Unapplied credit $10.00", "AMOUNT DUE $174.73",
                "How to pay", "Pay by phone: (217) 555-0142", "Mail a check with the stub below",
                "Pay at the front desk",
                "Please detach and return this portion with your payment",
                "Account holder: Ada Quillfeather", "Amount enclosed", "Page 1 of 1");
        // a description too long for its column continues on the next line of the row, not cut
        assertThat(text).contains("$777.77 $102.23 patient 71046");
    }

    @Test
    void theBalanceAwaitingInsuranceIsPrintedOnlyInItsColumnAndTheSummaryAndNeverDue() throws IOException {
        byte[] pdf = StatementPdf.render(twoPatients());
        String text = text(pdf);

        // the line, its date's total, and the summary: nowhere else
        assertThat(occurrences(text, "$777.77")).isEqualTo(3);
        List<Word> awaited = words(pdf).stream().filter(w -> w.text().equals("$777.77")).toList();
        assertThat(awaited).hasSize(3);
        assertThat(awaited.subList(0, 2)).allSatisfy(w -> assertThat(w.right()).isCloseTo(AWAITING_COLUMN_RIGHT,
                org.assertj.core.data.Offset.offset(0.5f)));
        assertThat(text).contains("Awaiting insurance (not due from you) $777.77");
        // due is 184.73 - 10.00 credit; with the awaited balance it would have been 962.50 (or 952.50)
        assertThat(occurrences(text, "$174.73")).isEqualTo(3); // head, summary, stub
        assertThat(text).doesNotContain("$962.50", "$952.50", "$972.50");
    }

    @Test
    void aCreditLargerThanWhatIsDueLeavesNothingDueAndShowsTheCredit() throws IOException {
        StatementDocument statement = statement("80.00", PatientSection.of("Bram Quillfeather",
                List.of(date(LocalDate.of(2026, 10, 14), line("99214", "100.00", "50.00", "0.00", "0.00", "0.00")))));

        String text = text(StatementPdf.render(statement));

        assertThat(text).contains("Unapplied credit $80.00", "AMOUNT DUE $0.00",
                "Credit remaining on your account $30.00", "Amount due $0.00");
    }

    @Test
    void aLongStatementFlowsOntoNumberedPagesWithTheTotalsOnTheLast() throws IOException {
        List<PatientSection> sections = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            List<ServiceDate> dates = new ArrayList<>();
            for (int d = 0; d < 6; d++) {
                List<ServiceLine> lines = new ArrayList<>();
                for (int l = 0; l < 10; l++) {
                    int n = p * 60 + d * 10 + l; // 120 lines in all, each with its own charge
                    lines.add(line("9" + String.format("%04d", n), (100 + n) + ".25", "40.00", "10.00", "0.00",
                            n % 3 == 0 ? "5.00" : "0.00"));
                }
                dates.add(ServiceDate.of(LocalDate.of(2026, 3, 1).plusDays(7L * d), lines));
            }
            sections.add(PatientSection.of(p == 0 ? "Bram Quillfeather" : "Clara Quillfeather", dates));
        }
        StatementDocument statement = statement("0.00", sections.toArray(PatientSection[]::new));
        // charges: 120 x 100.25 + (0 + ... + 119) = 12,030.00 + 7,140.00; due: charges - 120 x 50 - 40 x 5
        assertThat(statement.totals().charges()).isEqualTo(usd("19170.00"));
        assertThat(statement.totals().amountDue()).isEqualTo(usd("12970.00"));

        byte[] pdf = StatementPdf.render(statement);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                String text = text(document, page);
                assertThat(text).contains("Page " + page + " of " + pages);
                if (page > 1) { // the running head names the statement, not the guarantor
                    assertThat(text).contains("Riverside Family Medicine | Statement S-2026-000123");
                }
                if (page > 1 && page < pages) {
                    assertThat(text).doesNotContain("Ada");
                }
                if (page < pages) {
                    assertThat(text).contains("Patient: "); // every page of lines says whose they are
                    assertThat(text).doesNotContain("AMOUNT DUE", "Total charges", "detach");
                }
            }
            String last = text(document, pages);
            assertThat(last).contains("Total charges $19,170.00", "Insurance paid $4,800.00",
                    "Adjustments $1,200.00", "Awaiting insurance (not due from you) $200.00",
                    "AMOUNT DUE $12,970.00", "Please detach and return this portion");
            String all = text(document, 1, pages);
            for (int n = 0; n < 120; n++) {
                assertThat(all).contains("9" + String.format("%04d", n) + " Service ");
                assertThat(all).contains("$" + String.format("%,d", 100 + n) + ".25");
            }
        }
    }

    @Test
    void aLongHowToPayGoesBelowTheSummaryAndTheStubStaysOnThePageOfTheTotals() throws IOException {
        StatementDocument given = twoPatients();
        List<String> howToPay = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            howToPay.add("Payment option " + i + ": ask the front desk about plan " + i);
        }
        StatementDocument statement = new StatementDocument(given.statementId(), given.statementNumber(),
                given.accountId(), given.statementDate(), given.dueDate(), given.guarantor(), given.clinic(),
                given.patients(), given.totals(), howToPay);

        try (PDDocument document = Loader.loadPDF(StatementPdf.render(statement))) {
            String last = text(document, document.getNumberOfPages());
            assertThat(last).contains("AMOUNT DUE $174.73", "How to pay", "Payment option 1:", "plan 14",
                    "Please detach and return this portion", "Amount due $174.73");
        }
    }

    @Test
    void theMetadataAndFileNameNameTheStatementAndNoPerson() throws IOException {
        StatementDocument statement = twoPatients();

        try (PDDocument document = Loader.loadPDF(StatementPdf.render(statement))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Patient statement S-2026-000123");
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(info.getMetadataKeys()).containsOnly("Title", "Producer");
        }
        assertThat(StatementPdf.fileName(statement)).isEqualTo("statement-S-2026-000123.pdf");
    }

    @Test
    void lettersTheStandardFontsCannotShowPrintAsQuestionMarks() throws IOException {
        StatementDocument statement = StatementDocument.of("id", "S/7 ../x", "acct-1",
                StatementMother.STATEMENT_DATE, StatementMother.STATEMENT_DATE, new Addressee("Zoë 王", List.of()),
                StatementMother.CLINIC, List.of(PatientSection.of("Zoë 王", List.of(date(LocalDate.of(2026, 1, 5),
                        line("99213", "1234567.89", "0.00", "0.00", "0.00", "0.00"))))),
                usd("0.00"), StatementMother.HOW_TO_PAY);

        byte[] pdf = StatementPdf.render(statement);

        assertThat(text(pdf)).contains("Zoë ?", "Patient: Zoë ?", "$1,234,567.89");
        assertThat(StatementPdf.fileName(statement)).isEqualTo("statement-S_7_.._x.pdf");
    }

    private static int occurrences(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages());
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        return text(document, page, page);
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " "); // lines read as one
    }

    private record Word(String text, float right) {
    }

    /** Every word with where it ends on the page, in reading order. */
    private static List<Word> words(byte[] pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition last = positions.get(positions.size() - 1);
                words.add(new Word(text, last.getXDirAdj() + last.getWidthDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return words;
    }
}
