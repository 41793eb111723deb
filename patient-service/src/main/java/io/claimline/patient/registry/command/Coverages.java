package io.claimline.patient.registry.command;

import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.CoverageOrder;
import io.claimline.patient.registry.api.CoverageTerms;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.api.Priority;
import io.claimline.patient.registry.api.Relationship;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's coverages and the rules between them: no two coverages of the same priority in force on the same
 * day, a termination never before the effective date, and the order changes only by an explicit reorder.
 */
public final class Coverages {

    /** What the rules need of a coverage on file. */
    public record Coverage(String coverageId, Priority priority, LocalDate effectiveDate, LocalDate terminationDate) {

        boolean overlaps(Coverage other) {
            return !effectiveDate.isAfter(end(other.terminationDate))
                    && !other.effectiveDate.isAfter(end(terminationDate));
        }

        boolean inForceOn(LocalDate day) {
            return !effectiveDate.isAfter(day) && !day.isAfter(end(terminationDate));
        }

        private static LocalDate end(LocalDate terminationDate) {
            return terminationDate == null ? LocalDate.MAX : terminationDate;
        }
    }

    private final Map<String, Coverage> coverages = new LinkedHashMap<>();

    public Optional<Coverage> find(String coverageId) {
        return Optional.ofNullable(coverages.get(coverageId));
    }

    public void put(Coverage coverage) {
        coverages.put(coverage.coverageId(), coverage);
    }

    /** The terms, normalised, if a coverage with them may be added; otherwise the broken rules by field. */
    public CoverageTerms checkAdd(String coverageId, CoverageTerms terms, LocalDate today) {
        if (coverages.containsKey(coverageId)) {
            throw new IllegalStateException("coverage ids are fresh");
        }
        CoverageTerms checked = checkTerms(terms, today);
        requireNoOverlap(new Coverage(coverageId, checked.priority(), checked.effectiveDate(),
                checked.terminationDate()), "priority");
        return checked;
    }

    public CoverageTerms checkChange(String coverageId, CoverageTerms terms, LocalDate today) {
        Coverage existing = require(coverageId);
        CoverageTerms checked = checkTerms(terms, today);
        if (checked.priority() != existing.priority()) {
            throw InvalidFieldsException.of("priority", "changes only by reordering the patient's coverages");
        }
        requireNoOverlap(new Coverage(coverageId, checked.priority(), checked.effectiveDate(),
                checked.terminationDate()), "effectiveDate");
        return checked;
    }

    public void checkEnd(String coverageId, LocalDate terminationDate) {
        Coverage existing = require(coverageId);
        if (terminationDate == null) {
            throw InvalidFieldsException.of("terminationDate", "is required");
        }
        if (terminationDate.isBefore(existing.effectiveDate())) {
            throw InvalidFieldsException.of("terminationDate", "must not be before the effective date");
        }
    }

    public void checkReorder(List<CoverageOrder> order) {
        if (order == null || order.isEmpty()) {
            throw InvalidFieldsException.of("order", "must name at least one coverage");
        }
        Map<String, Coverage> after = new LinkedHashMap<>(coverages);
        for (int i = 0; i < order.size(); i++) {
            CoverageOrder entry = order.get(i);
            if (entry.priority() == null) {
                throw InvalidFieldsException.of("order[" + i + "].priority", "is required");
            }
            Coverage existing = coverages.get(entry.coverageId());
            if (existing == null) {
                throw new NotFoundException("coverage");
            }
            after.put(existing.coverageId(), new Coverage(existing.coverageId(), entry.priority(),
                    existing.effectiveDate(), existing.terminationDate()));
        }
        List<Coverage> all = new ArrayList<>(after.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).priority() == all.get(j).priority() && all.get(i).overlaps(all.get(j))) {
                    throw InvalidFieldsException.of("order",
                            "two coverages would have the same priority on the same days");
                }
            }
        }
    }

    /** The coverages in force on a day, in the order they pay. */
    public List<Coverage> inForceOn(LocalDate day) {
        return coverages.values().stream().filter(c -> c.inForceOn(day))
                .sorted((a, b) -> a.priority().compareTo(b.priority())).toList();
    }

    private Coverage require(String coverageId) {
        Coverage existing = coverages.get(coverageId);
        if (existing == null) {
            throw new NotFoundException("coverage");
        }
        return existing;
    }

    private void requireNoOverlap(Coverage candidate, String field) {
        for (Coverage other : coverages.values()) {
            if (!other.coverageId().equals(candidate.coverageId()) && other.priority() == candidate.priority()
                    && other.overlaps(candidate)) {
                throw InvalidFieldsException.of(field, "another " + candidate.priority().name().toLowerCase(Locale.ROOT)
                        + " coverage is in force on some of these days");
            }
        }
    }

    /** Field rules of one coverage's terms, each reported against its field. */
    static CoverageTerms checkTerms(CoverageTerms terms, LocalDate today) {
        Fields fields = new Fields();
        fields.check("payerId", terms.payerId() != null && !terms.payerId().isBlank(), "is required");
        String plan = fields.optional("planName", terms.planName(), raw -> text(raw, 60));
        String member = fields.required("memberId", terms.memberId(), Coverages::memberId);
        String group = fields.optional("groupNumber", terms.groupNumber(), Coverages::memberId);
        fields.check("relationship", terms.relationship() != null, "is required");
        fields.check("priority", terms.priority() != null, "is required");
        fields.check("effectiveDate", terms.effectiveDate() != null, "is required");
        if (terms.effectiveDate() != null && terms.terminationDate() != null) {
            fields.check("terminationDate", !terms.terminationDate().isBefore(terms.effectiveDate()),
                    "must not be before the effective date");
        }
        PersonDetails subscriber = terms.subscriber();
        if (terms.relationship() == Relationship.SELF) {
            fields.check("subscriber", subscriber == null, "must be empty when the patient is the subscriber");
        } else if (terms.relationship() != null) {
            if (subscriber == null) {
                fields.check("subscriber", false, "is required when the patient is not the subscriber");
            } else {
                subscriber = Demographics.check(subscriber, today, fields.nested("subscriber"));
            }
        }
        Benefits benefits = terms.benefits() == null ? Benefits.UNKNOWN : terms.benefits();
        checkBenefits(benefits, fields.nested("benefits"));
        fields.throwIfInvalid();
        return new CoverageTerms(terms.payerId().strip(), plan, member, group, terms.relationship(), subscriber,
                terms.priority(), terms.effectiveDate(), terms.terminationDate(), benefits);
    }

    static void checkBenefits(Benefits benefits, Fields fields) {
        amount(fields, "copay", benefits.copay());
        amount(fields, "deductible", benefits.deductible());
        amount(fields, "deductibleRemaining", benefits.deductibleRemaining());
        amount(fields, "outOfPocketMax", benefits.outOfPocketMax());
        amount(fields, "outOfPocketRemaining", benefits.outOfPocketRemaining());
        if (benefits.coinsurance() != null) {
            fields.check("coinsurance", benefits.coinsurance().signum() >= 0
                    && benefits.coinsurance().compareTo(BigDecimal.ONE) <= 0, "must be a fraction from 0 to 1");
        }
    }

    private static void amount(Fields fields, String field, BigDecimal value) {
        if (value != null) {
            fields.check(field, value.signum() >= 0 && value.scale() <= 2, "must be a non-negative amount in cents");
        }
    }

    /**
     * Member and group ids as payers print them: letters, digits and hyphens, at most 80 (NM109/REF02);
     * spaces typed in between are dropped and letters upper-cased, so one card reads one way.
     */
    static String memberId(String raw) {
        String id = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9-]{2,80}")) {
            throw new IllegalArgumentException("must be 2 to 80 letters, digits or hyphens");
        }
        return id;
    }

    private static String text(String raw, int max) {
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must be at most " + max + " printable characters");
        }
        return value;
    }
}
