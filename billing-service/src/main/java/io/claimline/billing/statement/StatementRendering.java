package io.claimline.billing.statement;

import io.claimline.billing.account.api.SealedGuarantor;
import io.claimline.billing.account.api.StatementIssuedEvent;
import io.claimline.billing.account.api.StatementIssuedEvent.StatementLine;
import io.claimline.billing.estimate.query.PatientSeals;
import io.claimline.billing.practice.api.Address;
import io.claimline.billing.practice.query.PracticeProjection;
import io.claimline.billing.practice.query.PracticeSetup;
import io.claimline.billing.statement.document.Addressee;
import io.claimline.billing.statement.document.ClinicContact;
import io.claimline.billing.statement.document.PatientSection;
import io.claimline.billing.statement.document.ServiceDate;
import io.claimline.billing.statement.document.ServiceLine;
import io.claimline.billing.statement.document.StatementDocument;
import io.claimline.platform.kernel.AddressText;
import io.claimline.platform.kernel.UsAddress;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PhiVault.OpenedField;
import io.claimline.platform.phi.PhiVault.SealedField;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.phi.SealedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A statement as the guarantor reads it: the event's lines and totals (the ledger's, unchanged) with the names and
 * address the vault opens now, with purpose {@code patient_statement}, in one batch. The opened values live only in
 * the returned document, which is encrypted before it is stored.
 */
@Component
class StatementRendering {

    static final String GIVEN = PatientSeals.GIVEN_NAME;
    static final String FAMILY = PatientSeals.FAMILY_NAME;

    private final PhiVault vault;
    private final PatientSeals patients;
    private final PracticeProjection practice;
    private final StatementSettings settings;

    StatementRendering(PhiVault vault, PatientSeals patients, PracticeProjection practice,
            StatementSettings settings) {
        this.vault = vault;
        this.patients = patients;
        this.practice = practice;
        this.settings = settings;
    }

    /** The document, and the guarantor's e-mail when one is on file (for delivery; never stored). */
    record Rendered(StatementDocument document, String email) {
    }

    Rendered render(String clinicId, String onBehalfOf, StatementIssuedEvent statement) {
        List<SealedField> sealed = new ArrayList<>(guarantorFields(clinicId, statement));
        Map<UUID, Boolean> patientIds = new LinkedHashMap<>();
        statement.lines().forEach(line -> patientIds.put(line.patientId(), true));
        for (UUID patientId : patientIds.keySet()) {
            patients.sealed(patientId, clinicId).ifPresent(fields -> fields.stream()
                    .filter(f -> !f.field().equals(PatientSeals.DATE_OF_BIRTH))
                    .map(f -> new SealedField(f.patientId(), "patient." + f.field(), f.value()))
                    .forEach(sealed::add));
        }
        Map<String, String> opened = new LinkedHashMap<>();
        for (OpenedField field : vault.open(new PhiVault.PhiAccess(clinicId, onBehalfOf,
                PurposeOfUse.PATIENT_STATEMENT), sealed)) {
            if (field.outcome() == PhiVault.Outcome.OPENED) {
                opened.put(field.patientId() + "/" + field.field(), field.value());
            }
        }
        String subject = subject(statement);
        Addressee guarantor = new Addressee(name(opened, subject, GIVEN, FAMILY),
                addressLines(opened.get(subject + "/" + PatientSeals.ADDRESS)));
        List<PatientSection> sections = new ArrayList<>();
        for (UUID patientId : patientIds.keySet()) {
            List<StatementLine> lines = statement.lines().stream().filter(l -> l.patientId().equals(patientId))
                    .toList();
            Map<LocalDate, List<ServiceLine>> byDate = new LinkedHashMap<>();
            for (StatementLine line : lines) {
                byDate.computeIfAbsent(line.dateOfService(), d -> new ArrayList<>()).add(new ServiceLine(
                        line.procedureCode(), line.modifiers(), null, line.charge(), line.insurancePaid(),
                        line.adjustments(), line.patientPaid(), line.awaitingInsurance(), line.patientDue()));
            }
            List<ServiceDate> dates = byDate.entrySet().stream()
                    .map(e -> ServiceDate.of(e.getKey(), e.getValue())).toList();
            sections.add(PatientSection.of(name(opened, patientId.toString(), "patient." + GIVEN,
                    "patient." + FAMILY), dates));
        }
        StatementDocument document = StatementDocument.of(statement.statementId().toString(),
                statement.statementNumber(), statement.accountId().toString(), statement.issuedOn(),
                statement.dueDate(), guarantor, clinic(clinicId, statement.issuedOn()), sections,
                statement.unappliedCredit(), settings.howToPay());
        return new Rendered(document, opened.get(subject + "/" + PatientSeals.EMAIL));
    }

    /** The guarantor on file, or else the account's holder: the patient who is their own guarantor. */
    private List<SealedField> guarantorFields(String clinicId, StatementIssuedEvent statement) {
        SealedGuarantor guarantor = statement.guarantor();
        if (guarantor == null) {
            return patients.sealedMailing(statement.accountId().value(), clinicId).orElse(List.of());
        }
        List<SealedField> fields = new ArrayList<>();
        add(fields, guarantor.subjectId(), GIVEN, guarantor.givenName());
        add(fields, guarantor.subjectId(), FAMILY, guarantor.familyName());
        add(fields, guarantor.subjectId(), PatientSeals.ADDRESS, guarantor.address());
        add(fields, guarantor.subjectId(), PatientSeals.EMAIL, guarantor.email());
        return fields;
    }

    private static String subject(StatementIssuedEvent statement) {
        return statement.guarantor() == null ? statement.accountId().toString() : statement.guarantor().subjectId();
    }

    private static void add(List<SealedField> fields, String subject, String field, SealedValue value) {
        if (value != null) {
            fields.add(new SealedField(subject, field, value));
        }
    }

    private static String name(Map<String, String> opened, String subject, String given, String family) {
        String name = (opened.getOrDefault(subject + "/" + given, "") + " "
                + opened.getOrDefault(subject + "/" + family, "")).strip();
        return name.isEmpty() ? "Account holder" : name;
    }

    private static List<String> addressLines(String sealedJson) {
        if (sealedJson == null) {
            return List.of();
        }
        UsAddress address;
        try {
            address = AddressText.read(sealedJson);
        } catch (RuntimeException notStructured) {
            // Sealed before addresses were structured: print it as the vault gives it.
            return List.of(sealedJson);
        }
        List<String> lines = new ArrayList<>();
        lines.add(address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            lines.add(address.line2());
        }
        lines.add(address.city() + ", " + address.state() + " " + zip(address.postalCode()));
        return lines;
    }

    private static String zip(String postalCode) {
        return postalCode.length() == 9 ? postalCode.substring(0, 5) + "-" + postalCode.substring(5) : postalCode;
    }

    private ClinicContact clinic(String clinicId, LocalDate on) {
        PracticeSetup.Clinic clinic = practice.asOf(clinicId, on).map(PracticeSetup::clinic).orElse(null);
        if (clinic == null) {
            return new ClinicContact("Billing office", List.of(), settings.phone(), settings.email());
        }
        Address address = clinic.payToAddress() != null ? clinic.payToAddress() : clinic.billingAddress();
        List<String> lines = new ArrayList<>();
        if (address != null) {
            lines.add(address.line1());
            if (address.line2() != null && !address.line2().isBlank()) {
                lines.add(address.line2());
            }
            lines.add(address.city() + ", " + address.state() + " " + zip(address.postalCode()));
        }
        return new ClinicContact(clinic.legalName(), lines, settings.phone(), settings.email());
    }
}
