package io.claimline.claims.submission;

import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.patientcopy.query.ClaimCoverage;
import io.claimline.claims.patientcopy.query.ClaimPeople;
import io.claimline.claims.patientcopy.query.CoverageCopies;
import io.claimline.claims.payer.query.PayerCopies;
import io.claimline.claims.practice.query.PracticeCopy;
import io.claimline.platform.copies.ClinicProfile;
import io.claimline.platform.copies.PayerCopy;
import io.claimline.platform.kernel.UsAddress;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.x12.Envelope;
import io.claimline.x12.claim.Address;
import io.claimline.x12.claim.BillingProvider;
import io.claimline.x12.claim.BillingProviderClaims;
import io.claimline.x12.claim.Claim837Writer;
import io.claimline.x12.claim.ClaimFrequency;
import io.claimline.x12.claim.ClaimInformation;
import io.claimline.x12.claim.Diagnosis;
import io.claimline.x12.claim.Patient;
import io.claimline.x12.claim.Payer;
import io.claimline.x12.claim.PayerResponsibility;
import io.claimline.x12.claim.ProfessionalClaim;
import io.claimline.x12.claim.ProfessionalClaimBatch;
import io.claimline.x12.claim.Receiver;
import io.claimline.x12.claim.RenderingProvider;
import io.claimline.x12.claim.ServiceLine;
import io.claimline.x12.claim.Submitter;
import io.claimline.x12.claim.Subscriber;
import io.claimline.x12.eligibility.Sex;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes one batch of a clinic's ready claims for one payer as an 837P interchange (x12 module, validated against
 * the 005010X222A1 schema before it is returned). The patient's and subscriber's demographics, the member id and the
 * notes are opened through the vault (purpose claim submission, on behalf of whoever cut the batch) only for the
 * writing: the plaintext exists in this method's memory and in the file, which is stored encrypted.
 */
@Component
class ClaimFileComposer {

    private static final Map<String, String> RELATIONSHIP_CODES = Map.of("SPOUSE", "01", "CHILD", "19", "OTHER",
            "G8");

    private final ClaimPeople people;
    private final CoverageCopies coverages;
    private final PayerCopies payers;
    private final PracticeCopy practice;
    private final PhiVault vault;
    private final SubmissionSettings settings;
    private final Clock clock;
    private final Claim837Writer writer = new Claim837Writer();

    ClaimFileComposer(ClaimPeople people, CoverageCopies coverages, PayerCopies payers, PracticeCopy practice,
            PhiVault vault, SubmissionSettings settings, Clock clock) {
        this.people = people;
        this.coverages = coverages;
        this.payers = payers;
        this.practice = practice;
        this.vault = vault;
        this.settings = settings;
        this.clock = clock;
    }

    /** The interchange's text; throws {@link UnwritableClaimException} naming the claim that cannot be written. */
    String write(String clinicId, String onBehalfOf, UUID payerId, String batchId, int controlNumber,
            List<ReadyClaim> claims) {
        PayerCopy payer = payers.find(clinicId, payerId)
                .orElseThrow(() -> new IllegalStateException("no copy of payer " + payerId));
        LocalDate firstService = claims.stream().map(claim -> claim.content().serviceFrom())
                .min(LocalDate::compareTo).orElseThrow();
        ClinicProfile clinic = practice.clinicAsOf(clinicId, firstService)
                .orElseThrow(() -> new IllegalStateException("no practice profile for the clinic"));
        // One vault call for every claim's people and one for every note: a batch is one opening, not one per claim.
        Map<ClaimPeople.Subject, ClaimPeople.Opened> opened = people.openAll(clinicId, onBehalfOf,
                claims.stream().map(ClaimFileComposer::subject).toList());
        Map<String, String> notes = notes(clinicId, onBehalfOf, claims);
        Map<String, List<ReadyClaim>> byBillingNpi = claims.stream().collect(Collectors.groupingBy(
                claim -> claim.content().billingProvider().npi(), java.util.TreeMap::new, Collectors.toList()));
        List<BillingProviderClaims> providers = new ArrayList<>();
        byBillingNpi.forEach((npi, ofProvider) -> {
            ClaimContent.BillingProvider billing = ofProvider.get(0).content().billingProvider();
            providers.add(new BillingProviderClaims(new BillingProvider(billing.legalName(), billing.npi(),
                    Optional.ofNullable(billing.taxonomy()), billing.taxId(), address(clinic.billingAddress())),
                    Optional.ofNullable(clinic.payToAddress()).map(ClaimFileComposer::address),
                    ofProvider.stream().map(claim -> claim(clinicId, payer, claim, opened.get(subject(claim)),
                            notes)).toList()));
        });
        Envelope envelope = new Envelope(settings.senderQualifier(), settings.senderId(),
                settings.receiverQualifier(), settings.receiverId(), controlNumber, controlNumber, controlNumber,
                settings.production() ? Envelope.Usage.PRODUCTION : Envelope.Usage.TEST, settings.senderId(),
                settings.receiverId(), LocalDateTime.now(clock).withSecond(0).withNano(0));
        return writer.write(new ProfessionalClaimBatch(envelope, batchReference(batchId),
                new Submitter(settings.submitterName(), settings.senderId(), settings.submitterContact(),
                        settings.submitterPhone()),
                new Receiver(settings.receiverName(), settings.receiverId()), providers));
    }

    /** BHT03: the batch's id without dashes, cut to the 30 characters the element holds. */
    static String batchReference(String batchId) {
        return batchId.replace("-", "").substring(0, 30).toUpperCase(java.util.Locale.ROOT);
    }

    private static ClaimPeople.Subject subject(ReadyClaim claim) {
        return new ClaimPeople.Subject(UUID.fromString(claim.content().patientId()),
                UUID.fromString(claim.content().coverageId()));
    }

    private ProfessionalClaim claim(String clinicId, PayerCopy payer, ReadyClaim ready, ClaimPeople.Opened opened,
            Map<String, String> allNotes) {
        ClaimContent content = ready.content();
        UUID patientId = UUID.fromString(content.patientId());
        if (opened == null || !opened.erased().isEmpty()) {
            throw new UnwritableClaimException(ready.claimId(),
                    "the subscriber or patient cannot be opened (no coverage copy, or erased)");
        }
        ClaimCoverage coverage = coverages.ofPatient(patientId, clinicId).orElse(List.of()).stream()
                .filter(c -> c.coverageId().equals(content.coverageId())).findFirst()
                .orElseThrow(() -> new UnwritableClaimException(ready.claimId(), "no copy of the coverage"));
        String own = ready.claimId() + "/";
        Map<String, String> notes = allNotes.entrySet().stream().filter(note -> note.getKey().startsWith(own))
                .collect(Collectors.toMap(note -> note.getKey().substring(own.length()), Map.Entry::getValue));
        boolean self = "SELF".equals(opened.relationship());
        try {
            Subscriber subscriber = new Subscriber(opened.subscriber().familyName(),
                    opened.subscriber().givenName(), opened.memberId(), opened.subscriber().dateOfBirth(),
                    sex(opened.subscriber().sex()), address(opened.subscriber().address()),
                    PayerResponsibility.PRIMARY, Optional.ofNullable(coverage.groupNumber()),
                    payer.claimFilingIndicator() == null ? "CI" : payer.claimFilingIndicator());
            Optional<Patient> patient = self ? Optional.empty() : Optional.of(new Patient(
                    opened.patient().familyName(), opened.patient().givenName(), opened.patient().dateOfBirth(),
                    sex(opened.patient().sex()), address(opened.patient().address()),
                    RELATIONSHIP_CODES.getOrDefault(opened.relationship(), "G8")));
            ClaimInformation information = new ClaimInformation(ready.patientControlNumber(),
                    content.totalCharge().amount(), content.placeOfService(), ClaimFrequency.ORIGINAL,
                    content.diagnoses().stream().map(Diagnosis::icd10).toList(), Optional.empty(),
                    Optional.ofNullable(ready.fields().priorAuthorization()), Optional.empty(),
                    Optional.ofNullable(notes.get("claim")), Optional.ofNullable(ready.fields().delayReasonCode()));
            ClaimContent.RenderingProvider rendering = content.renderingProvider();
            return new ProfessionalClaim(subscriber, new Payer(payer.name(), payer.ediPayerId(),
                    Optional.ofNullable(payer.address()).map(ClaimFileComposer::address)), patient, information,
                    rendering == null || rendering.npi().equals(content.billingProvider().npi()) ? Optional.empty()
                            : Optional.of(new RenderingProvider(rendering.familyName(), rendering.givenName(),
                                    rendering.npi(), rendering.taxonomy())),
                    content.lines().stream().map(line -> new ServiceLine(line.procedureCode(), line.modifiers(),
                            line.charge().amount(), BigDecimal.valueOf(line.units()), Optional.empty(),
                            line.diagnosisPointers(), line.serviceDate() == null ? content.serviceFrom()
                                    : line.serviceDate(), Optional.empty(),
                            ready.patientControlNumber() + "-" + line.lineNumber(),
                            Optional.ofNullable(notes.get(String.valueOf(line.lineNumber()))))).toList());
        } catch (IllegalArgumentException | NullPointerException invalid) {
            // The model's message names the element, never the value.
            throw new UnwritableClaimException(ready.claimId(), invalid.getMessage());
        }
    }

    /**
     * Every claim's and line's note, opened in one call: keyed {@code <claimId>/claim} and {@code <claimId>/<line
     * number>}. A note that cannot be opened (erased) is left out of the file.
     */
    private Map<String, String> notes(String clinicId, String onBehalfOf, List<ReadyClaim> claims) {
        List<PhiVault.SealedField> sealed = new ArrayList<>();
        Map<String, String> keys = new java.util.HashMap<>();
        for (ReadyClaim ready : claims) {
            String patientId = ready.content().patientId();
            if (ready.fields().note() != null) {
                String label = "n" + keys.size();
                keys.put(label, ready.claimId() + "/claim");
                sealed.add(new PhiVault.SealedField(patientId, label, ready.fields().note()));
            }
            for (ClaimContent.Line line : ready.content().lines()) {
                if (line.note() != null) {
                    String label = "n" + keys.size();
                    keys.put(label, ready.claimId() + "/" + line.lineNumber());
                    sealed.add(new PhiVault.SealedField(patientId, label, line.note()));
                }
            }
        }
        if (sealed.isEmpty()) {
            return Map.of();
        }
        return vault.open(new PhiVault.PhiAccess(clinicId, onBehalfOf, PurposeOfUse.CLAIM_SUBMISSION), sealed)
                .stream().filter(opened -> opened.outcome() == PhiVault.Outcome.OPENED)
                .collect(Collectors.toMap(opened -> keys.get(opened.field()), PhiVault.OpenedField::value));
    }

    private static Sex sex(String sex) {
        if (sex == null) {
            return Sex.UNKNOWN;
        }
        return switch (sex.toUpperCase(java.util.Locale.ROOT)) {
            case "F", "FEMALE" -> Sex.FEMALE;
            case "M", "MALE" -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
    }

    private static Address address(ClaimPeople.Address address) {
        return address == null ? null : new Address(address.line1(), Optional.ofNullable(blank(address.line2())),
                address.city(), address.state(), address.postalCode().replace("-", ""));
    }

    private static Address address(io.claimline.contracts.practice.v1.Address address) {
        return new Address(address.line1(), Optional.ofNullable(blank(address.line2())), address.city(),
                address.state(), address.postalCode().replace("-", ""));
    }

    private static Address address(UsAddress address) {
        return new Address(address.line1(), Optional.ofNullable(blank(address.line2())), address.city(),
                address.state(), address.postalCode().replace("-", ""));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
