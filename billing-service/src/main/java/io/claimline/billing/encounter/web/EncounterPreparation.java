package io.claimline.billing.encounter.web;

import io.claimline.billing.account.query.CoverageCopies;
import io.claimline.billing.account.query.CoverageCopy;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.command.EncounterShape;
import io.claimline.billing.practice.query.PracticeProjection;
import io.claimline.billing.practice.query.PracticeSetup;
import io.claimline.billing.pricing.query.LineToPrice;
import io.claimline.billing.pricing.query.Prices;
import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSets;
import io.claimline.codesets.Membership;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.codes.LoadedCodeSets;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.Npi;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.security.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a request into an encounter's content, or refuses it with every problem named by field: first the
 * request's own form (codes, counts, pointers, units: 400), then what it refers to (patient, coverage, provider,
 * location: 404 when the clinic has no such thing, 409 when it has it but not on the dates of service), then the
 * codes' validity on the dates of service where a code file is loaded, and the charges from the chargemaster. Nothing
 * is stored until all of it holds.
 */
@Component
class EncounterPreparation {

    /** 837P NTE02 holds at most 80 characters. */
    static final int MAX_NOTE = 80;

    private final CoverageCopies coverages;
    private final PracticeProjection practices;
    private final LoadedCodeSets codeSets;
    private final Prices prices;
    private final PhiVault vault;

    EncounterPreparation(CoverageCopies coverages, PracticeProjection practices, LoadedCodeSets codeSets,
            Prices prices, PhiVault vault) {
        this.coverages = coverages;
        this.practices = practices;
        this.codeSets = codeSets;
        this.prices = prices;
        this.vault = vault;
    }

    /** The encounter's content, priced, its notes sealed, or every problem with the request. */
    EncounterData prepare(Actor actor, EncounterRequest request) {
        String clinicId = actor.clinicId();
        Fields fields = new Fields();
        UUID patientId = fields.required("patientId", request.patientId(), UUID::fromString);
        UUID coverageId = fields.optional("coverageId", request.coverageId(), UUID::fromString);
        UUID locationId = fields.required("locationId", request.locationId(), UUID::fromString);
        UUID providerId = fields.required("renderingProviderId", request.renderingProviderId(), UUID::fromString);
        LocalDate from = request.serviceFrom();
        fields.check("serviceFrom", from != null, "is required");
        LocalDate to = request.serviceTo() != null ? request.serviceTo() : from;
        String placeOfService = fields.optional("placeOfService", request.placeOfService(),
                code -> CodeFormats.placeOfService(code).orThrow());
        EncounterData.ReferringProvider referring = referring(request.referringProvider(), fields.nested(
                "referringProvider"));
        List<String> diagnoses = diagnoses(request.diagnoses(), fields);
        List<LineForm> lines = lines(request.lines(), from, fields);
        fields.throwIfInvalid();

        CodeSets codes = codeSets.forClinic(clinicId);
        if (!coverages.isPatientOf(patientId, clinicId)) {
            throw new NotFoundException("patientId", "Patient");
        }
        CoverageCopy coverage = coverageId == null ? null : coverage(clinicId, patientId, coverageId, from, to);
        PracticeSetup practice = practices.asOf(clinicId, from).orElseThrow(() -> new StateConflictException(
                "serviceFrom", "the practice setup has no clinic profile on the first date of service"));
        PracticeSetup.Location location = location(practice, locationId, to);
        PracticeSetup.Provider rendering = provider(practice, providerId, to);
        if (placeOfService == null) {
            placeOfService = location.placeOfService();
        }

        Fields membership = new Fields();
        checkMembership(codes, CodeKind.PLACE_OF_SERVICE, placeOfService, from, membership, "placeOfService");
        for (int i = 0; i < diagnoses.size(); i++) {
            checkMembership(codes, CodeKind.ICD_10_CM, diagnoses.get(i), from, membership, "diagnoses[" + i + "]");
        }
        UUID payerId = coverage == null ? null : UUID.fromString(coverage.payerId());
        List<SealedValue> notes = sealNotes(actor, patientId, lines);
        List<EncounterData.Line> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineForm line = lines.get(i);
            Fields at = membership.nested("lines[" + i + "]");
            checkMembership(codes, line.code().type().kind(), line.code().value(), line.serviceDate(), at,
                    "procedureCode");
            for (int j = 0; j < line.modifiers().size(); j++) {
                checkMembership(codes, CodeKind.MODIFIER, line.modifiers().get(j), line.serviceDate(), at,
                        "modifiers[" + j + "]");
            }
            priced.add(price(clinicId, payerId, line, notes.get(i)));
        }
        membership.throwIfInvalid();

        EncounterData data = new EncounterData(patientId, coverageId, payerId, from, to, placeOfService, locationId,
                new EncounterData.RenderingProvider(providerId, rendering.npi(), rendering.givenName(),
                        rendering.familyName(), rendering.taxonomy()),
                new EncounterData.BillingProvider(practice.clinic().billingNpi(), practice.clinic().taxId(),
                        practice.clinic().legalName(), practice.clinic().taxonomy()),
                referring, diagnoses, priced);
        EncounterShape.check(data);
        return data;
    }

    /**
     * Seals the lines' notes under the patient's key, in one call to the vault, before anything is stored: free
     * text may identify the patient. No notes, no call. A patient whose key was destroyed takes no new PHI (409).
     */
    private List<SealedValue> sealNotes(Actor actor, UUID patientId, List<LineForm> lines) {
        List<Integer> withNote = new ArrayList<>();
        List<PhiVault.PlainField> plain = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).note() != null) {
                withNote.add(i);
                plain.add(new PhiVault.PlainField(patientId.toString(), "lineNote", lines.get(i).note()));
            }
        }
        List<SealedValue> notes = new ArrayList<>(java.util.Collections.nCopies(lines.size(), (SealedValue) null));
        if (plain.isEmpty()) {
            return notes;
        }
        List<PhiVault.SealedField.Result> sealed = vault.seal(new PhiVault.PhiAccess(actor.clinicId(),
                actor.userId(), PurposeOfUse.CHARGE_CAPTURE), plain);
        for (int k = 0; k < withNote.size(); k++) {
            PhiVault.SealedField.Result result = sealed.get(k);
            switch (result.outcome()) {
                case SEALED -> notes.set(withNote.get(k), result.value());
                case ERASED -> throw new StateConflictException("patientId",
                        "the patient's personal data was erased: nothing new can be kept about them");
                default -> throw new NotFoundException("patientId", "Patient");
            }
        }
        return notes;
    }

    private EncounterData.Line price(String clinicId, UUID payerId, LineForm line, SealedValue note) {
        Money unitPrice = prices.unitPrice(clinicId, line.code(), line.serviceDate()).orElse(null);
        Money charge = line.charge() != null ? line.charge()
                : unitPrice == null ? null : EncounterShape.chargeOf(unitPrice, line.units());
        Money expected = payerId == null || charge == null ? null
                : prices.expectedReimbursement(clinicId, payerId,
                        new LineToPrice(line.code(), line.modifiers(), line.units(), charge), line.serviceDate())
                        .orElse(null);
        return new EncounterData.Line(line.lineId(), line.serviceDate(), line.code().value(), line.modifiers(),
                line.units(), line.pointers(), unitPrice, charge, blankToNull(line.overrideReason()), expected, note);
    }

    private CoverageCopy coverage(String clinicId, UUID patientId, UUID coverageId, LocalDate from, LocalDate to) {
        CoverageCopy coverage = coverages.find(patientId, coverageId, clinicId)
                .orElseThrow(() -> new NotFoundException("coverageId", "Coverage of the patient"));
        boolean started = coverage.effectiveDate() != null && !coverage.effectiveDate().isAfter(from);
        boolean notEnded = coverage.terminationDate() == null || !coverage.terminationDate().isBefore(to);
        if (!started || !notEnded) {
            throw new StateConflictException("coverageId", "the coverage is not in force on every date of service");
        }
        return coverage;
    }

    private static PracticeSetup.Location location(PracticeSetup practice, UUID locationId, LocalDate to) {
        PracticeSetup.Location location = practice.locations().stream()
                .filter(candidate -> candidate.locationId().equals(locationId.toString())).findFirst()
                .orElseThrow(() -> new NotFoundException("locationId", "Service location on the date of service"));
        requireStillThere(location.effectiveTo(), to, "locationId", "the service location");
        return location;
    }

    private static PracticeSetup.Provider provider(PracticeSetup practice, UUID providerId, LocalDate to) {
        PracticeSetup.Provider provider = practice.providers().stream()
                .filter(candidate -> candidate.providerId().equals(providerId.toString())).findFirst()
                .orElseThrow(() -> new NotFoundException("renderingProviderId",
                        "Rendering provider on the date of service"));
        requireStillThere(provider.effectiveTo(), to, "renderingProviderId", "the rendering provider");
        return provider;
    }

    private static void requireStillThere(LocalDate lastDay, LocalDate to, String field, String what) {
        if (lastDay != null && lastDay.isBefore(to)) {
            throw new StateConflictException(field, what + " left the practice before the last date of service");
        }
    }

    private static EncounterData.ReferringProvider referring(EncounterRequest.Referring referring, Fields fields) {
        if (referring == null) {
            return null;
        }
        String npi = fields.required("npi", referring.npi(), value -> Npi.of(value).value());
        fields.check("familyName", referring.familyName() != null && !referring.familyName().isBlank(),
                "is required");
        fields.check("familyName", referring.familyName() == null || referring.familyName().length() <= 60,
                "must be at most 60 characters");
        fields.check("givenName", referring.givenName() == null || referring.givenName().length() <= 35,
                "must be at most 35 characters");
        return new EncounterData.ReferringProvider(npi, blankToNull(referring.givenName()),
                referring.familyName() == null ? null : referring.familyName().strip());
    }

    private static List<String> diagnoses(List<String> given, Fields fields) {
        List<String> diagnoses = new ArrayList<>();
        List<String> raw = given == null ? List.of() : given;
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i);
            String normalised = fields.required("diagnoses[" + i + "]", code,
                    value -> CodeFormats.icd10Cm(value).orThrow());
            diagnoses.add(Objects.requireNonNullElse(normalised, ""));
        }
        fields.check("diagnoses", !raw.isEmpty(), "must hold at least one diagnosis");
        fields.check("diagnoses", raw.size() <= EncounterShape.MAX_DIAGNOSES,
                "must hold at most " + EncounterShape.MAX_DIAGNOSES + " diagnoses (837P HI)");
        return diagnoses;
    }

    private static List<LineForm> lines(List<EncounterRequest.Line> given, LocalDate from, Fields fields) {
        List<EncounterRequest.Line> raw = given == null ? List.of() : given;
        fields.check("lines", !raw.isEmpty(), "must hold at least one service line");
        List<LineForm> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            EncounterRequest.Line line = raw.get(i);
            Fields at = fields.nested("lines[" + i + "]");
            if (line == null) {
                at.check("", false, "must be a service line");
                continue;
            }
            UUID lineId = lineId(line.lineId(), at);
            ProcedureCode code = at.required("procedureCode", line.procedureCode(), ProcedureCode::of);
            List<String> modifiers = new ArrayList<>();
            List<String> rawModifiers = line.modifiers() == null ? List.of() : line.modifiers();
            for (int j = 0; j < rawModifiers.size(); j++) {
                modifiers.add(Objects.requireNonNullElse(at.required("modifiers[" + j + "]", rawModifiers.get(j),
                        value -> CodeFormats.modifier(value).orThrow()), ""));
            }
            at.check("units", line.units() != null, "is required");
            at.check("units", line.units() == null || line.units() > 0, "must be positive");
            Money charge = at.optional("charge", line.charge(), EncounterPreparation::charge);
            String note = blankToNull(line.note());
            at.check("note", note == null || note.length() <= MAX_NOTE, "must be at most " + MAX_NOTE
                    + " characters (837P NTE02)");
            at.check("note", note == null || note.chars().noneMatch(Character::isISOControl),
                    "must be one line of printable text");
            lines.add(new LineForm(lineId, line.serviceDate() != null ? line.serviceDate() : from, code, modifiers,
                    line.units() == null ? 0 : line.units(),
                    line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers(), charge,
                    line.chargeOverrideReason(), note));
        }
        return lines;
    }

    /** A line keeps the id it is given (a clinic system's own, or an amended line's); a new line gets one. */
    private static UUID lineId(String given, Fields at) {
        if (given == null || given.isBlank()) {
            return UUID.randomUUID();
        }
        UUID id = at.value("lineId", () -> UUID.fromString(given));
        return id == null ? UUID.randomUUID() : id;
    }

    private static Money charge(String amount) {
        try {
            return Money.of(amount.strip(), Money.USD);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be an amount such as 125.00");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must have at most 2 decimals");
        }
    }

    private static void checkMembership(CodeSets codes, CodeKind kind, String code, LocalDate date, Fields fields,
            String field) {
        Membership membership = codes.isValid(kind, code, date);
        fields.check(field, membership.isAcceptable(), switch (membership) {
            case NOT_VALID_ON_DATE -> "is not valid on the date of service";
            case NOT_BILLABLE -> "is a category, not a billable code: give a more specific code";
            default -> "is not in the loaded " + NAMES.get(kind) + " code set";
        });
    }

    private static final Map<CodeKind, String> NAMES = Map.of(CodeKind.ICD_10_CM, "ICD-10-CM", CodeKind.CPT, "CPT",
            CodeKind.HCPCS_LEVEL_II, "HCPCS Level II", CodeKind.MODIFIER, "modifier", CodeKind.PLACE_OF_SERVICE,
            "place-of-service");

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A line as the request gives it, its form checked. */
    private record LineForm(UUID lineId, LocalDate serviceDate, ProcedureCode code, List<String> modifiers, int units,
            List<Integer> pointers, Money charge, String overrideReason, String note) {

        @Override
        public String toString() {
            return "LineForm[lineId=" + lineId + ", code=" + code.value() + "]"; // never the note
        }
    }
}
