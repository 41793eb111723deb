package io.claimline.billing.estimate.web;

import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.billing.estimate.query.GoodFaithEstimateView;
import io.claimline.billing.pdf.PdfText;
import io.claimline.billing.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a good-faith estimate as the No Surprises Act asks (45 CFR 149.610(c), in the order of CMS's standard
 * form): the patient's name and date of birth, the primary service, the scheduled date, the convening provider,
 * every provider with NPI and TIN, the location, the itemised services with codes, quantities and expected charges,
 * the diagnosis codes, the total, and the required disclaimers. Built in memory per download (ADR 0020): the
 * patient's opened name and date of birth reach this class only as arguments and leave it only inside the PDF.
 */
final class GoodFaithEstimatePdf {

    /** The patient as the vault opened them; {@code toString} never shows the values. */
    record Patient(String name, String dateOfBirth) {

        @Override
        public String toString() {
            return "Patient[hidden]";
        }
    }

    static final List<String> DISCLAIMERS = List.of(
            "You have the right to receive a Good Faith Estimate explaining how much your medical care will cost. "
                    + "Under the law, health care providers need to give patients who don't have insurance or who "
                    + "are not using insurance an estimate of the bill for medical items and services.",
            "This Good Faith Estimate shows the costs of items and services that are reasonably expected for your "
                    + "health care needs for an item or service. The estimate is based on information known at the "
                    + "time the estimate was created. It is only an estimate: the actual items, services or charges "
                    + "may differ from it.",
            "The Good Faith Estimate does not include any unknown or unexpected costs that may arise during "
                    + "treatment. You could be charged more if complications or special circumstances occur. There "
                    + "may be additional items or services the convening provider or facility recommends as part of "
                    + "the course of care that must be scheduled or requested separately and are not reflected in "
                    + "this Good Faith Estimate.",
            "If you are billed for more than this Good Faith Estimate, you have the right to dispute the bill: "
                    + "if the billed charges are at least $400 more than the expected charges of any provider or "
                    + "facility listed here, you may start a patient-provider dispute resolution process with the "
                    + "U.S. Department of Health and Human Services (HHS). You may also contact the provider or "
                    + "facility to ask them to update the bill to match this estimate, to negotiate the bill, or to "
                    + "ask whether financial assistance is available.",
            "If you choose to use the dispute resolution process, you must start it within 120 calendar days "
                    + "(about 4 months) of the date on the original bill. There is a $25 fee to use the dispute "
                    + "process. If the agency reviewing your dispute agrees with you, you will have to pay the price "
                    + "on this Good Faith Estimate. If it disagrees with you and agrees with the provider or "
                    + "facility, you will have to pay the higher amount. Starting a dispute will not adversely "
                    + "affect the quality of the care you receive, nor will the provider or facility retaliate.",
            "To learn more and get a form to start the process, go to www.cms.gov/nosurprises or call "
                    + "1-800-985-3059. For questions or more information about your right to a Good Faith Estimate "
                    + "or the dispute process, visit www.cms.gov/nosurprises or call 1-800-985-3059.",
            "This Good Faith Estimate is not a contract and does not require you to obtain the items or services "
                    + "from any of the providers or facilities identified in it.",
            "Keep a copy of this Good Faith Estimate in a safe place or take pictures of it. You may need it if "
                    + "you are billed a higher amount.");

    private static final float MARGIN = 50;
    private static final List<PdfWriter.Column> ITEM_COLUMNS = List.of(PdfWriter.Column.left(0, 44),
            PdfWriter.Column.left(50, 54), PdfWriter.Column.left(110, 24), PdfWriter.Column.left(140, 194),
            PdfWriter.Column.left(340, 74), PdfWriter.Column.left(420, 94));

    private GoodFaithEstimatePdf() {
    }

    static byte[] render(GoodFaithEstimateView estimate, Patient patient) {
        GoodFaithEstimateContent c = estimate.content();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Good Faith Estimate"); // never the patient: metadata travels with the file unseen
            info.setProducer("Claimline");
            PdfWriter out = new PdfWriter(document, MARGIN);
            out.title("Good Faith Estimate");
            out.text("Estimate " + estimate.estimateId() + ", issued "
                    + PdfText.usDate(estimate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate()));
            out.gap();
            out.heading("Patient");
            out.text("Patient name: " + patient.name());
            out.text("Date of birth: " + usDate(patient.dateOfBirth()));
            out.gap();
            out.heading("Scheduled service");
            out.wrapped("Primary service: " + c.primaryService());
            out.text("Scheduled date of service: " + PdfText.usDate(c.scheduledDate()));
            out.text("Diagnosis codes: " + (c.diagnosisCodes().isEmpty() ? "none given"
                    : String.join(", ", c.diagnosisCodes().stream().map(GoodFaithEstimatePdf::withDot).toList())));
            out.gap();
            out.heading("Convening provider and location");
            out.text(c.convening().name() + "  NPI " + c.convening().npi() + "  TIN " + c.convening().tin());
            out.text(place(c.convening().address()));
            out.text("Location: " + c.location().name() + ", " + place(c.location().address()));
            out.gap();
            out.heading("Providers");
            for (GoodFaithEstimateContent.Provider p : c.providers()) {
                out.text(p.name() + (p.credential() == null ? "" : ", " + p.credential()) + "  NPI " + p.npi()
                        + "  TIN " + p.tin());
            }
            out.gap();
            out.heading("Items and services");
            out.row(ITEM_COLUMNS, true, PdfWriter.SIZE, "Code", "Modifiers", "Qty", "Description", "Provider NPI",
                    "Expected charge");
            for (GoodFaithEstimateContent.Item item : c.items()) {
                out.row(ITEM_COLUMNS, false, PdfWriter.SIZE, item.procedureCode(), String.join(" ", item.modifiers()),
                        String.valueOf(item.units()), item.description() == null ? "" : item.description(),
                        item.providerNpi(), PdfText.dollars(item.expectedCharge()));
            }
            out.gap();
            out.heading("Total expected charges: " + PdfText.dollars(c.total()));
            out.gap();
            out.heading("Disclaimer");
            for (String disclaimer : DISCLAIMERS) {
                out.wrapped(disclaimer);
                out.gap();
            }
            return out.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("good-faith estimate PDF could not be built", e);
        }
    }

    /** The vault answers dates as ISO (YYYY-MM-DD); anything else is printed as it came. */
    private static String usDate(String date) {
        if (date == null) {
            return "";
        }
        try {
            return PdfText.usDate(LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }

    private static String withDot(String code) {
        return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }

    private static String place(GoodFaithEstimateContent.Place place) {
        if (place == null) {
            return "";
        }
        return place.line1() + (place.line2() == null || place.line2().isBlank() ? "" : ", " + place.line2()) + ", "
                + place.city() + ", " + place.state() + " " + place.postalCode();
    }
}
