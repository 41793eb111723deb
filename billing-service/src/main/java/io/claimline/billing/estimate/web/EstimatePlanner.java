package io.claimline.billing.estimate.web;

import io.claimline.billing.account.query.CoverageCopies;
import io.claimline.billing.account.query.CoverageCopy;
import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.billing.estimate.command.ResponsibilityEstimator;
import io.claimline.billing.estimate.query.PatientSeals;
import io.claimline.billing.practice.api.Address;
import io.claimline.billing.practice.query.PracticeProjection;
import io.claimline.billing.practice.query.PracticeSetup;
import io.claimline.billing.pricing.query.LineToPrice;
import io.claimline.billing.pricing.query.Prices;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns planned lines into estimates from what billing knows: the patient's coverage copy, the practice setup on
 * the date, and the chargemaster and payer contracts ({@link Prices}). The arithmetic is
 * {@link ResponsibilityEstimator}'s; this class only gathers its inputs and refuses what cannot be estimated.
 */
@Component
class EstimatePlanner {

    private final CoverageCopies coverages;
    private final PatientSeals patients;
    private final PracticeProjection practices;
    private final Prices prices;

    /**
     * {@code prices} is resolved at first use: the pricing package implements the port, and a billing-service
     * built without it still starts (every estimate then fails until it is there).
     */
    EstimatePlanner(CoverageCopies coverages, PatientSeals patients, PracticeProjection practices,
            Prices prices) {
        this.coverages = coverages;
        this.patients = patients;
        this.practices = practices;
        this.prices = prices;
    }

    ResponsibilityEstimate responsibility(String clinicId, ResponsibilityEstimateRequest.Parsed request) {
        List<CoverageCopy> held = coverages.ofPatient(request.patientId(), clinicId);
        if (held.isEmpty() && !patients.knows(request.patientId(), clinicId)) {
            throw new NotFoundException("patient");
        }
        CoverageCopy coverage = held.stream().filter(c -> c.coverageId().equals(request.coverageId().toString()))
                .findFirst().orElseThrow(() -> new NotFoundException("coverage"));
        if (!inForce(coverage, request.dateOfService())) {
            throw new EstimateConflictException("coverageId", "the coverage is not in force on the date of service");
        }
        UUID payerId = UUID.fromString(coverage.payerId());
        List<Money> charges = charges(clinicId, request.lines(), request.dateOfService());
        List<Money> allowed = new ArrayList<>();
        List<Boolean> contractPriced = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PlannedLineRequest.Planned line = request.lines().get(i);
            Money charge = charges.get(i);
            Optional<Money> contract = prices.expectedReimbursement(clinicId, payerId,
                    new LineToPrice(line.code(), line.modifiers(), line.units(), charge), request.dateOfService());
            // Payers pay the lesser of the contract's amount and the charge; the port promises it, this keeps it.
            allowed.add(contract.map(amount -> amount.amount().compareTo(charge.amount()) > 0 ? charge : amount)
                    .orElse(charge));
            contractPriced.add(contract.isPresent());
        }
        List<ResponsibilityEstimator.Assumption> assumed = contractPriced.contains(false)
                ? List.of(ResponsibilityEstimator.Assumption.NO_CONTRACT_PRICE) : List.of();
        CoverageCopy.Benefits b = coverage.benefits() != null ? coverage.benefits()
                : new CoverageCopy.Benefits(null, null, null, null, null, null);
        ResponsibilityEstimator.Split split = ResponsibilityEstimator.split(allowed,
                new ResponsibilityEstimator.Benefits(b.copay(), b.coinsurance(), b.deductible(),
                        b.deductibleRemaining(), b.outOfPocketMax(), b.outOfPocketRemaining()), assumed);

        List<ResponsibilityEstimate.Line> lines = new ArrayList<>();
        Money totalCharge = Money.zero(Money.USD);
        for (int i = 0; i < split.lines().size(); i++) {
            PlannedLineRequest.Planned planned = request.lines().get(i);
            ResponsibilityEstimator.LineSplit s = split.lines().get(i);
            lines.add(new ResponsibilityEstimate.Line(planned.code().value(), planned.modifiers(), planned.units(),
                    charges.get(i), s.allowed(), contractPriced.get(i), s.copay(), s.deductible(), s.coinsurance(),
                    s.patient(), s.insurance()));
            totalCharge = totalCharge.plus(charges.get(i));
        }
        return new ResponsibilityEstimate(request.patientId().toString(), coverage.coverageId(), coverage.payerId(),
                coverage.planName(), request.dateOfService(),
                new ResponsibilityEstimate.Benefits(b.copay(), b.coinsurance(), b.deductible(),
                        b.deductibleRemaining(), b.outOfPocketMax(), b.outOfPocketRemaining()),
                lines, new ResponsibilityEstimate.Totals(totalCharge, split.allowed(), split.copay(),
                        split.deductible(), split.coinsurance(), split.patient(), split.insurance()),
                split.assumptions().stream().map(ResponsibilityEstimator.Assumption::text).toList());
    }

    GoodFaithEstimateContent goodFaith(String clinicId, GoodFaithEstimateRequest.Parsed request) {
        if (!patients.knows(request.patientId(), clinicId)) {
            throw new NotFoundException("patient");
        }
        boolean insured = coverages.ofPatient(request.patientId(), clinicId).stream()
                .anyMatch(c -> inForce(c, request.scheduledDate()));
        if (insured && !request.selfPay()) {
            throw new EstimateConflictException("selfPay", "the patient has coverage in force on the scheduled date: "
                    + "a good-faith estimate is for uninsured patients or those who choose to pay themselves");
        }
        PracticeSetup practice = practices.asOf(clinicId, request.scheduledDate()).orElseThrow(
                () -> new EstimateConflictException("scheduledDate", "the clinic has no practice setup on that date"));
        PracticeSetup.Location location = practice.locations().stream()
                .filter(l -> l.locationId().equals(request.locationId().toString())).findFirst()
                .orElseThrow(() -> InvalidFieldsException.of("locationId",
                        "is not a service location of the clinic on the scheduled date"));

        String tin = practice.clinic().taxId();
        Map<String, GoodFaithEstimateContent.Provider> providers = new LinkedHashMap<>();
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        List<PracticeSetup.Provider> furnishing = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            UUID providerId = request.lines().get(i).providerId() != null ? request.lines().get(i).providerId()
                    : request.providerId();
            Optional<PracticeSetup.Provider> provider = practice.providers().stream()
                    .filter(p -> p.providerId().equals(providerId.toString())).findFirst();
            if (provider.isEmpty()) {
                problems.add(new InvalidFieldsException.Problem(request.lines().get(i).providerId() != null
                        ? "lines[" + i + "].providerId" : "providerId",
                        "is not a provider of the clinic on the scheduled date"));
                continue;
            }
            PracticeSetup.Provider p = provider.get();
            furnishing.add(p);
            providers.putIfAbsent(p.providerId(), new GoodFaithEstimateContent.Provider(p.providerId(),
                    p.givenName() + " " + p.familyName(), p.credential(), p.npi(), tin));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems.stream().distinct().toList());
        }
        List<Money> charges = charges(clinicId, request.lines(), request.scheduledDate());
        List<GoodFaithEstimateContent.Item> items = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PlannedLineRequest.Planned line = request.lines().get(i);
            items.add(new GoodFaithEstimateContent.Item(line.code().value(), line.modifiers(), line.units(),
                    line.description(), furnishing.get(i).npi(), charges.get(i)));
        }
        Money total = charges.stream().reduce(Money::plus).orElseThrow();
        var clinic = practice.clinic();
        return new GoodFaithEstimateContent(request.patientId().toString(), request.scheduledDate(),
                request.primaryService(), request.diagnosisCodes(),
                new GoodFaithEstimateContent.Facility(clinic.legalName(), clinic.billingNpi(), tin,
                        place(clinic.billingAddress())),
                new GoodFaithEstimateContent.Location(location.locationId(), location.name(),
                        place(location.address())),
                List.copyOf(providers.values()), items, total);
    }

    /** Each line's charge: as given, else the chargemaster's unit price on the date × units (exact). */
    private List<Money> charges(String clinicId, List<PlannedLineRequest.Planned> lines, LocalDate date) {
        List<Money> charges = new ArrayList<>();
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlannedLineRequest.Planned line = lines.get(i);
            if (line.charge() != null) {
                charges.add(line.charge());
                continue;
            }
            Optional<Money> unit = prices.unitPrice(clinicId, line.code(), date);
            if (unit.isEmpty()) {
                problems.add(new InvalidFieldsException.Problem("lines[" + i + "].charge",
                        "is required: the chargemaster has no price for the code on the date"));
                continue;
            }
            charges.add(unit.get().multiply(BigDecimal.valueOf(line.units()), java.math.RoundingMode.UNNECESSARY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return charges;
    }

    private static boolean inForce(CoverageCopy coverage, LocalDate date) {
        return !coverage.effectiveDate().isAfter(date)
                && (coverage.terminationDate() == null || !coverage.terminationDate().isBefore(date));
    }

    private static GoodFaithEstimateContent.Place place(Address address) {
        return address == null ? null : new GoodFaithEstimateContent.Place(address.line1(), address.line2(),
                address.city(), address.state(), address.postalCode());
    }
}
