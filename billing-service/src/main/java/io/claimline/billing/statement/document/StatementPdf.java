package io.claimline.billing.statement.document;

import io.claimline.billing.pdf.PdfText;
import io.claimline.billing.pdf.PdfWriter;
import io.claimline.billing.pdf.PdfWriter.Column;
import io.claimline.platform.kernel.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Prints a {@link StatementDocument} on letter pages: the clinic and the statement's numbers at the top, the
 * guarantor where a double-window envelope shows it, per patient a table per date of service, the summary (the
 * balance awaiting insurance shown apart and never in the amount due), how to pay, and a remittance stub at the
 * foot of the last page; every page says "Page N of M". Built in memory per rendering: the guarantor's and
 * patients' names reach this class only inside the document and leave it only inside the PDF, whose metadata and
 * file name carry the statement number and nothing about the person.
 */
public final class StatementPdf {

    private static final float MARGIN = 40;
    private static final float WIDTH = PdfWriter.PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PdfWriter.PAGE.getHeight() - MARGIN;
    private static final float TABLE_SIZE = 8.5f;
    private static final float LEADING = PdfWriter.LEADING;
    /** Table rows sit closer than text lines, so a short statement fits one page with its stub. */
    private static final float ROW = 11;

    /**
     * Where a #10 double-window envelope shows the addressee when the letter is folded in three: about 7/8 inch
     * from the left edge and 2 1/4 inches below the top (USPS window placement; the return address shows in the
     * upper window, where the clinic block is).
     */
    private static final float ADDRESS_X = 63;
    private static final float ADDRESS_TOP = PdfWriter.PAGE.getHeight() - 2.25f * 72;
    /** The itemised part starts below the envelope window, 3 1/4 inches from the top. */
    private static final float BODY_TOP = PdfWriter.PAGE.getHeight() - 3.25f * 72;

    /** The remittance stub fills the foot of the last page up to this line, which is where it is torn off. */
    private static final float STUB_TOP = 150;

    /** The summary box sits at the right; how to pay is beside it on the left. */
    private static final float SUMMARY_WIDTH = 280;
    private static final float HOW_TO_PAY_WIDTH = WIDTH - SUMMARY_WIDTH - 16;

    private static final List<Column> LINE_COLUMNS = List.of(Column.leftWhole(0, 64), Column.left(68, 100),
            Column.right(172, 56), Column.right(232, 56), Column.right(292, 56), Column.right(352, 56),
            Column.right(412, 58), Column.right(474, 58));
    private static final List<Column> DUE_COLUMNS = List.of(Column.left(0, 466), Column.right(474, 58));

    private StatementPdf() {
    }

    /** The statement as a PDF document. */
    public static byte[] render(StatementDocument statement) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            // never the guarantor or a patient: metadata travels with the file unseen
            info.setTitle("Patient statement " + statement.statementNumber());
            info.setProducer("Claimline");
            PdfWriter out = new PdfWriter(document, MARGIN);
            new Layout(statement, out).write();
            return out.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("patient statement PDF could not be built", e);
        }
    }

    /** A file name for the PDF: the statement number only, in characters every file system keeps. */
    public static String fileName(StatementDocument statement) {
        return "statement-" + statement.statementNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /** One rendering: the writer and the statement, page by page. */
    private record Layout(StatementDocument s, PdfWriter out) {

        void write() throws IOException {
            float bottomOfHeader = header();
            float bottomOfAddress = addressBlock();
            out.moveTo(Math.min(BODY_TOP, Math.min(bottomOfHeader, bottomOfAddress) - LEADING));
            for (PatientSection patient : s.patients()) {
                patient(patient);
            }
            summaryAndHowToPay();
            if (out.y() - LEADING < STUB_TOP) {
                out.newPage();
            }
            stub();
            out.stampPages(this::pageFrame);
        }

        /** Clinic on the left (the return address), the statement's numbers on the right; answers the lowest line. */
        private float header() throws IOException {
            ClinicContact clinic = s.clinic();
            float left = MARGIN + WIDTH - 250;
            float y = TOP;
            fitted(out.bold(), 13, y, clinic.name(), left - MARGIN - 10);
            y -= LEADING + 2;
            for (String line : clinic.addressLines()) {
                fitted(out.regular(), 9.5f, y, line, left - MARGIN - 10);
                y -= LEADING;
            }
            fitted(out.regular(), 9.5f, y, "Phone: " + clinic.phone(), left - MARGIN - 10);
            y -= LEADING;
            if (clinic.email() != null && !clinic.email().isBlank()) {
                fitted(out.regular(), 9.5f, y, "Email: " + clinic.email(), left - MARGIN - 10);
                y -= LEADING;
            }

            float right = MARGIN + WIDTH;
            float r = TOP;
            out.showRight(out.bold(), 14, right, r, "PATIENT STATEMENT");
            r -= LEADING + 6;
            r = labelled(left, right, r, "Statement number", s.statementNumber(), false);
            r = labelled(left, right, r, "Statement date", PdfText.usDate(s.statementDate()), false);
            r = labelled(left, right, r, "Account number", s.accountId(), false);
            r = labelled(left, right, r, "Due date", PdfText.usDate(s.dueDate()), false);
            r = labelled(left, right, r, "Amount due", PdfText.dollars(s.totals().amountDue()), true);
            return Math.min(y, r);
        }

        private void fitted(PDType1Font font, float size, float y, String text, float width) throws IOException {
            out.show(font, PdfText.sizeToFit(font, size, PdfText.safe(font, text), width), MARGIN, y, text);
        }

        /** The guarantor where the envelope's window shows them. */
        private float addressBlock() throws IOException {
            float y = ADDRESS_TOP;
            out.show(out.bold(), 10, ADDRESS_X, y, s.guarantor().name());
            y -= LEADING;
            for (String line : s.guarantor().addressLines()) {
                out.show(out.regular(), 10, ADDRESS_X, y, line);
                y -= LEADING;
            }
            return y;
        }

        private float labelled(float left, float right, float y, String label, String value, boolean strong)
                throws IOException {
            PDType1Font font = strong ? out.bold() : out.regular();
            float size = strong ? 10.5f : 9.5f;
            String shown = PdfText.safe(font, value);
            out.show(font, size, left, y, label);
            float room = right - left - PdfText.width(font, size, label) - 8;
            out.showRight(font, PdfText.sizeToFit(font, size, shown, room), right, y, shown);
            return y - LEADING;
        }

        private void patient(PatientSection patient) throws IOException {
            out.ensureRoom(5 * LEADING);
            out.gap();
            out.line(out.bold(), 11, "Patient: " + patient.patientName());
            for (ServiceDate date : patient.dates()) {
                serviceDate(patient, date);
            }
            if (out.ensureRoom(LEADING)) {
                continued(patient);
            }
            out.row(DUE_COLUMNS, true, 9.5f, "Patient due for " + patient.patientName(),
                    PdfText.dollars(patient.patientDue()));
        }

        private void serviceDate(PatientSection patient, ServiceDate date) throws IOException {
            if (out.ensureRoom(5 * LEADING)) {
                continued(patient);
            }
            out.gap();
            dateHeading(date, "");
            for (ServiceLine line : date.lines()) {
                List<String> description = PdfText.wrap(out.regular(), TABLE_SIZE,
                        PdfText.safe(out.regular(), line.description() == null ? "" : line.description()),
                        LINE_COLUMNS.get(1).width());
                if (out.ensureRoom(Math.max(1, description.size()) * ROW)) {
                    continued(patient);
                    dateHeading(date, " (continued)");
                }
                out.row(LINE_COLUMNS, false, TABLE_SIZE, ROW, code(line),
                        description.isEmpty() ? "" : description.get(0), PdfText.dollars(line.charge()),
                        PdfText.dollars(line.insurancePaid()), PdfText.dollars(line.adjustments()),
                        PdfText.dollars(line.patientPaid()), PdfText.dollars(line.awaitingInsurance()),
                        PdfText.dollars(line.patientDue()));
                for (String more : description.subList(Math.min(1, description.size()), description.size())) {
                    out.row(LINE_COLUMNS, false, TABLE_SIZE, ROW, "", more);
                }
            }
            DateTotals t = date.totals();
            if (out.ensureRoom(ROW)) {
                continued(patient);
                dateHeading(date, " (continued)");
            }
            out.row(LINE_COLUMNS, true, TABLE_SIZE, ROW, "", "Date total", PdfText.dollars(t.charges()),
                    PdfText.dollars(t.insurancePaid()), PdfText.dollars(t.adjustments()),
                    PdfText.dollars(t.patientPaid()), PdfText.dollars(t.awaitingInsurance()),
                    PdfText.dollars(t.patientDue()));
        }

        /** A page that goes on with a patient's section says whose it is. */
        private void continued(PatientSection patient) throws IOException {
            out.line(out.bold(), 11, "Patient: " + patient.patientName() + " (continued)");
        }

        private void dateHeading(ServiceDate date, String suffix) throws IOException {
            out.line(out.bold(), 9.5f, "Date of service: " + PdfText.usDate(date.dateOfService()) + suffix);
            out.row(LINE_COLUMNS, true, TABLE_SIZE, ROW, "Code", "Description", "Charge", "Ins. paid", "Adjustments",
                    "Patient paid", "Awaiting ins.", "Patient due");
        }

        /**
         * The summary box at the right, how to pay beside it, both kept whole on one page (how to pay flows on below
         * the box only when a clinic gives more lines than fit beside it).
         */
        private void summaryAndHowToPay() throws IOException {
            StatementTotals t = s.totals();
            List<String[]> rows = new ArrayList<>();
            rows.add(row("Total charges", t.charges()));
            rows.add(row("Insurance paid", t.insurancePaid()));
            rows.add(row("Adjustments", t.adjustments()));
            rows.add(row("Patient payments", t.patientPaid()));
            rows.add(row("Awaiting insurance (not due from you)", t.awaitingInsurance()));
            rows.add(row("Patient due for services", t.patientDue()));
            rows.add(row("Unapplied credit", t.unappliedCredit()));
            Money remaining = t.creditRemaining();
            boolean credit = remaining.amount().signum() > 0;
            float boxHeight = (rows.size() + 1 + (credit ? 1 : 0)) * LEADING + 14;
            List<String> howToPay = howToPayLines();
            boolean beside = howToPay.size() * LEADING <= boxHeight + 2 * LEADING;
            // the stub comes after, on the same page: the totals and the part to mail back are never apart
            out.ensureRoom(LEADING * 2 + boxHeight + (beside ? 0 : howToPay.size() * LEADING)
                    + (STUB_TOP - MARGIN + LEADING));
            out.gap();
            float headings = out.y();
            float boxLeft = MARGIN + WIDTH - SUMMARY_WIDTH;
            out.show(out.bold(), 11, boxLeft, headings, "Summary");
            float top = headings - 6;
            float left = boxLeft + 8;
            float right = MARGIN + WIDTH - 8;
            float y = top - LEADING;
            for (String[] row : rows) {
                out.show(out.regular(), 9.5f, left, y, row[0]);
                out.showRight(out.regular(), 9.5f, right, y, row[1]);
                y -= LEADING;
            }
            out.rule(left, y + LEADING - 4, right, false);
            y -= 3;
            out.show(out.bold(), 11, left, y, "AMOUNT DUE");
            out.showRight(out.bold(), 11, right, y, PdfText.dollars(t.amountDue()));
            y -= LEADING;
            if (credit) {
                out.show(out.regular(), 9.5f, left, y, "Credit remaining on your account");
                out.showRight(out.regular(), 9.5f, right, y, PdfText.dollars(remaining));
                y -= LEADING;
            }
            float bottom = y + LEADING - 6;
            out.box(boxLeft, bottom, SUMMARY_WIDTH, top - bottom);

            if (beside) {
                out.show(out.bold(), 11, MARGIN, headings, "How to pay");
                float h = headings - LEADING - 4;
                for (String line : howToPay) {
                    out.show(out.regular(), PdfWriter.SIZE, MARGIN, h, line);
                    h -= LEADING;
                }
                out.moveTo(Math.min(bottom - LEADING, h));
            } else {
                out.moveTo(bottom - LEADING - 4);
                out.line(out.bold(), 11, "How to pay");
                for (String line : howToPay) {
                    out.text(line);
                }
            }
        }

        private List<String> howToPayLines() {
            List<String> paragraphs = new ArrayList<>(s.howToPay());
            ClinicContact clinic = s.clinic();
            paragraphs.add("Questions about this statement? Call " + clinic.phone()
                    + (clinic.email() == null || clinic.email().isBlank() ? "" : " or email " + clinic.email())
                    + ".");
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(PdfText.wrap(out.regular(), PdfWriter.SIZE, PdfText.safe(out.regular(), paragraph),
                        HOW_TO_PAY_WIDTH));
            }
            return lines;
        }

        private static String[] row(String label, Money amount) {
            return new String[] {label, PdfText.dollars(amount)};
        }

        /** The part the guarantor tears off and mails back with a check. */
        private void stub() throws IOException {
            float right = MARGIN + WIDTH;
            out.rule(MARGIN, STUB_TOP, right, true);
            float y = STUB_TOP - LEADING;
            out.show(out.regular(), 8, MARGIN, y, "Please detach and return this portion with your payment.");
            y -= LEADING + 4;
            float column = MARGIN + WIDTH / 2 + 10;
            float left = y;
            out.show(out.bold(), 9.5f, MARGIN, left, "Make checks payable to and mail to:");
            left -= LEADING;
            out.show(out.regular(), 9.5f, MARGIN, left, s.clinic().name());
            left -= LEADING;
            for (String line : s.clinic().addressLines()) {
                out.show(out.regular(), 9.5f, MARGIN, left, line);
                left -= LEADING;
            }
            left -= 4;
            out.show(out.regular(), 9.5f, MARGIN, left, "Account holder: " + s.guarantor().name());

            y = labelled(column, right, y, "Account number", s.accountId(), false);
            y = labelled(column, right, y, "Statement number", s.statementNumber(), false);
            y = labelled(column, right, y, "Statement date", PdfText.usDate(s.statementDate()), false);
            y = labelled(column, right, y, "Due date", PdfText.usDate(s.dueDate()), false);
            y = labelled(column, right, y, "Amount due", PdfText.dollars(s.totals().amountDue()), true);
            y -= 6;
            labelled(column, right, y, "Amount enclosed", "$____________", false);
        }

        /** Every page's foot, and on later pages a running head naming the statement (not the guarantor). */
        private void pageFrame(int page, int pages) throws IOException {
            if (page > 1) {
                out.show(out.regular(), 8, MARGIN, PdfWriter.PAGE.getHeight() - 26,
                        s.clinic().name() + "  |  Statement " + s.statementNumber() + "  |  Account " + s.accountId());
            }
            out.showRight(out.regular(), 8, MARGIN + WIDTH, 22, "Page " + page + " of " + pages);
        }

        private static String code(ServiceLine line) {
            return line.modifiers().isEmpty() ? line.procedureCode()
                    : line.procedureCode() + "-" + String.join("-", line.modifiers());
        }
    }
}
