package io.claimline.billing.statement.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any lines, the factory's totals are the sums, and the amount due is max(0, patient due − credit). */
class StatementDocumentPropertiesTest {

    @Property
    void theFactorysTotalsAreTheSumsOfTheLines(@ForAll("patients") List<List<List<ServiceLine>>> patients,
            @ForAll("cents") BigDecimal credit) {
        List<PatientSection> sections = new ArrayList<>();
        for (int p = 0; p < patients.size(); p++) {
            List<ServiceDate> dates = new ArrayList<>();
            for (int d = 0; d < patients.get(p).size(); d++) {
                dates.add(ServiceDate.of(LocalDate.of(2026, 1, 1).plusDays(d), patients.get(p).get(d)));
            }
            sections.add(PatientSection.of("Patient " + p, dates));
        }
        List<ServiceLine> all = patients.stream().flatMap(List::stream).flatMap(List::stream).toList();

        StatementDocument statement = StatementMother.statement(credit.toPlainString(),
                sections.toArray(PatientSection[]::new));

        StatementTotals t = statement.totals();
        assertThat(t.charges()).isEqualTo(sum(all, ServiceLine::charge));
        assertThat(t.insurancePaid()).isEqualTo(sum(all, ServiceLine::insurancePaid));
        assertThat(t.adjustments()).isEqualTo(sum(all, ServiceLine::adjustments));
        assertThat(t.patientPaid()).isEqualTo(sum(all, ServiceLine::patientPaid));
        assertThat(t.awaitingInsurance()).isEqualTo(sum(all, ServiceLine::awaitingInsurance));
        assertThat(t.patientDue()).isEqualTo(sum(all, ServiceLine::patientDue));
        assertThat(t.unappliedCredit()).isEqualTo(Money.usd(credit.toPlainString()));
        BigDecimal due = sum(all, ServiceLine::patientDue).amount().subtract(credit);
        assertThat(t.amountDue()).isEqualTo(new Money(due.max(BigDecimal.ZERO), Money.USD));
        for (int p = 0; p < sections.size(); p++) {
            List<ServiceLine> ofPatient = patients.get(p).stream().flatMap(List::stream).toList();
            assertThat(sections.get(p).patientDue()).isEqualTo(sum(ofPatient, ServiceLine::patientDue));
            for (ServiceDate date : sections.get(p).dates()) {
                assertThat(date.totals().charges()).isEqualTo(sum(date.lines(), ServiceLine::charge));
                assertThat(date.totals().awaitingInsurance())
                        .isEqualTo(sum(date.lines(), ServiceLine::awaitingInsurance));
                assertThat(date.totals().patientDue()).isEqualTo(sum(date.lines(), ServiceLine::patientDue));
            }
        }
        // what the factory built, the checking constructor accepts as it is
        assertThat(new StatementDocument(statement.statementId(), statement.statementNumber(),
                statement.accountId(), statement.statementDate(), statement.dueDate(), statement.guarantor(),
                statement.clinic(), statement.patients(), statement.totals(), statement.howToPay()))
                .isEqualTo(statement);
    }

    private static Money sum(List<ServiceLine> lines, Function<ServiceLine, Money> amount) {
        return new Money(lines.stream().map(amount).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                Money.USD);
    }

    @Provide
    Arbitrary<List<List<List<ServiceLine>>>> patients() {
        return line().list().ofMinSize(1).ofMaxSize(4) // lines of a date
                .list().ofMinSize(1).ofMaxSize(3) // dates of a patient
                .list().ofMaxSize(3); // patients
    }

    @Provide
    Arbitrary<BigDecimal> cents() {
        return Arbitraries.longs().between(0, 500_000).map(c -> BigDecimal.valueOf(c, 2));
    }

    /** A line from its parts; the charge is what they add up to, the patient due sometimes an overpayment. */
    private Arbitrary<ServiceLine> line() {
        Arbitrary<BigDecimal> part = Arbitraries.longs().between(0, 10_000_000).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<BigDecimal> due = Arbitraries.longs().between(-5_000, 1_000_000).map(c -> BigDecimal.valueOf(c, 2));
        return Combinators.combine(part, part, part, part, due, Arbitraries.of("99213", "99214", "71046"))
                .as((insurance, adjustments, patientPaid, awaiting, patientDue, code) -> ServiceLine.of(code,
                        List.of(), null,
                        usd(insurance.add(adjustments).add(patientPaid).add(awaiting).add(patientDue)),
                        usd(insurance), usd(adjustments), usd(patientPaid), usd(awaiting)));
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, Money.USD);
    }
}
