package io.claimline.billing.statement.document;

import static io.claimline.billing.statement.document.StatementMother.CLINIC;
import static io.claimline.billing.statement.document.StatementMother.GUARANTOR;
import static io.claimline.billing.statement.document.StatementMother.HOW_TO_PAY;
import static io.claimline.billing.statement.document.StatementMother.STATEMENT_DATE;
import static io.claimline.billing.statement.document.StatementMother.date;
import static io.claimline.billing.statement.document.StatementMother.line;
import static io.claimline.billing.statement.document.StatementMother.statement;
import static io.claimline.billing.statement.document.StatementMother.twoPatients;
import static io.claimline.billing.statement.document.StatementMother.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.claimline.platform.web.StrictJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The statement's numbers are consistent by construction: the factory sums them, the records refuse anything else. */
class StatementDocumentTest {

    private static final LocalDate DOS = LocalDate.of(2026, 10, 14);

    @Nested
    class Totals {

        @Test
        void theFactorySumsEveryColumnAndTakesTheCreditOffWhatIsDue() {
            StatementTotals totals = twoPatients().totals();

            assertThat(totals).isEqualTo(new StatementTotals(usd("3540.67"), usd("2134.17"), usd("424.00"),
                    usd("20.00"), usd("777.77"), usd("184.73"), usd("10.00"), usd("174.73")));
            assertThat(twoPatients().patients()).extracting(PatientSection::patientDue)
                    .containsExactly(usd("132.23"), usd("52.50"));
            assertThat(twoPatients().patients().get(0).dates().get(0).totals()).isEqualTo(new DateTotals(
                    usd("1150.00"), usd("90.00"), usd("130.00"), usd("20.00"), usd("777.77"), usd("132.23")));
        }

        @Test
        void aBalanceAwaitingInsuranceIsNeverPartOfTheAmountDue() {
            StatementDocument onlyAwaited = statement("0.00", PatientSection.of("Bram Quillfeather",
                    List.of(date(DOS, line("99214", "400.00", "0.00", "0.00", "0.00", "400.00")))));

            assertThat(onlyAwaited.totals().awaitingInsurance()).isEqualTo(usd("400.00"));
            assertThat(onlyAwaited.totals().amountDue()).isEqualTo(usd("0.00"));
        }

        @Test
        void aCreditLargerThanWhatIsDueLeavesNothingDueAndIsShownInFull() {
            StatementDocument statement = statement("80.00", PatientSection.of("Bram Quillfeather",
                    List.of(date(DOS, line("99214", "100.00", "50.00", "0.00", "0.00", "0.00")))));

            assertThat(statement.totals().amountDue()).isEqualTo(usd("0.00"));
            assertThat(statement.totals().unappliedCredit()).isEqualTo(usd("80.00"));
            assertThat(statement.totals().creditRemaining()).isEqualTo(usd("30.00"));
        }

        @Test
        void aStatementWithoutPatientsStillShowsTheCredit() {
            StatementDocument statement = statement("25.00");

            assertThat(statement.totals().amountDue()).isEqualTo(usd("0.00"));
            assertThat(statement.totals().creditRemaining()).isEqualTo(usd("25.00"));
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesALineThatDoesNotBalance() {
            assertThatThrownBy(() -> new ServiceLine("99214", List.of(), null, usd("100.00"), usd("50.00"),
                    usd("0.00"), usd("0.00"), usd("0.00"), usd("40.00")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not balance");
        }

        @Test
        void refusesANegativeAwaitedAmount() {
            assertThatThrownBy(() -> line("99214", "100.00", "0.00", "0.00", "0.00", "-10.00"))
                    .hasMessageContaining("awaitingInsurance must not be negative");
        }

        @Test
        void refusesDateTotalsThatAreNotTheSumOfTheLines() {
            List<ServiceLine> lines = List.of(line("99214", "100.00", "60.00", "0.00", "0.00", "0.00"));
            DateTotals wrong = new DateTotals(usd("100.00"), usd("60.00"), usd("0.00"), usd("0.00"), usd("0.00"),
                    usd("50.00"));

            assertThatThrownBy(() -> new ServiceDate(DOS, lines, wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("totals.patientDue is 50.00 USD but should be 40.00 USD");
        }

        @Test
        void refusesAPatientDueThatIsNotTheSumOfTheDates() {
            List<ServiceDate> dates = List.of(date(DOS, line("99214", "100.00", "60.00", "0.00", "0.00", "0.00")));

            assertThatThrownBy(() -> new PatientSection("Bram Quillfeather", dates, usd("39.99")))
                    .hasMessage("patientDue is 39.99 USD but should be 40.00 USD");
        }

        @Test
        void refusesStatementTotalsThatAreNotTheSumOfTheSections() {
            StatementDocument good = twoPatients();
            StatementTotals t = good.totals();
            StatementTotals awaitedCountedAsPaid = new StatementTotals(t.charges(), t.insurancePaid(),
                    t.adjustments(), t.patientPaid().plus(usd("1.00")), t.awaitingInsurance(), t.patientDue(),
                    t.unappliedCredit(), t.amountDue());

            assertThatThrownBy(() -> new StatementDocument(good.statementId(), good.statementNumber(),
                    good.accountId(), good.statementDate(), good.dueDate(), good.guarantor(), good.clinic(),
                    good.patients(), awaitedCountedAsPaid, good.howToPay()))
                    .hasMessage("totals.patientPaid is 21.00 USD but should be 20.00 USD");
        }

        @Test
        void refusesAnAmountDueThatIncludesTheAwaitedBalanceOrIgnoresTheCredit() {
            StatementTotals t = twoPatients().totals();

            assertThatThrownBy(() -> new StatementTotals(t.charges(), t.insurancePaid(), t.adjustments(),
                    t.patientPaid(), t.awaitingInsurance(), t.patientDue(), t.unappliedCredit(),
                    t.amountDue().plus(t.awaitingInsurance())))
                    .hasMessage("totals.amountDue is 952.50 USD but should be 174.73 USD");
            assertThatThrownBy(() -> new StatementTotals(t.charges(), t.insurancePaid(), t.adjustments(),
                    t.patientPaid(), t.awaitingInsurance(), t.patientDue(), t.unappliedCredit(), t.patientDue()))
                    .hasMessageContaining("totals.amountDue");
        }

        @Test
        void refusesANegativeAmountDueWhenTheCreditIsLarger() {
            assertThatThrownBy(() -> new StatementTotals(usd("100.00"), usd("50.00"), usd("0.00"), usd("0.00"),
                    usd("0.00"), usd("50.00"), usd("80.00"), usd("-30.00")))
                    .hasMessage("totals.amountDue is -30.00 USD but should be 0.00 USD");
        }

        @Test
        void refusesADueDateBeforeTheStatementDateAndAStatementWithoutHowToPay() {
            assertThatThrownBy(() -> StatementDocument.of("id", "S-1", "acct", STATEMENT_DATE,
                    STATEMENT_DATE.minusDays(1), GUARANTOR, CLINIC, List.of(), usd("0.00"), HOW_TO_PAY))
                    .hasMessage("dueDate is before statementDate");
            assertThatThrownBy(() -> StatementDocument.of("id", "S-1", "acct", STATEMENT_DATE, STATEMENT_DATE,
                    GUARANTOR, CLINIC, List.of(), usd("0.00"), List.of()))
                    .hasMessage("howToPay needs at least one line");
        }

        @Test
        void refusesTheSameDateOfServiceTwiceForOnePatient() {
            ServiceDate once = date(DOS, line("99214", "100.00", "60.00", "0.00", "0.00", "0.00"));

            assertThatThrownBy(() -> PatientSection.of("Bram Quillfeather", List.of(once, once)))
                    .hasMessage("a date of service appears twice in one patient section");
        }
    }

    @Nested
    class Privacy {

        @Test
        void namesAndDatesOfServiceNeverShowInToString() {
            String text = twoPatients().toString();

            assertThat(text).doesNotContain("Quillfeather", "Elm Street", "2026-10-14")
                    .contains("S-2026-000123", "174.73 USD");
        }
    }

    @Nested
    class Json {

        /** As Spring Boot configures the application's mapper: ISO dates; Money as its own tested JSON form. */
        private final ObjectMapper writer = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        /** The API's strict reader: unknown fields, numbers for text and dates as arrays are refused. */
        private final ObjectMapper strictReader = StrictJson.of(writer);

        @Test
        void roundTripsThroughTheStrictReader() throws Exception {
            StatementDocument statement = twoPatients();

            String json = writer.writeValueAsString(statement);

            assertThat(strictReader.readValue(json, StatementDocument.class)).isEqualTo(statement);
        }

        @Test
        void writesAmountsAsStringsAndDatesAsIsoWithClearNames() throws Exception {
            JsonNode json = writer.readTree(writer.writeValueAsString(twoPatients()));

            assertThat(json.path("statementNumber").asText()).isEqualTo("S-2026-000123");
            assertThat(json.path("statementDate").asText()).isEqualTo("2026-12-01");
            assertThat(json.path("guarantor").path("name").asText()).isEqualTo("Ada Quillfeather");
            assertThat(json.path("totals").path("amountDue").toString())
                    .isEqualTo("{\"amount\":\"174.73\",\"currency\":\"USD\"}");
            assertThat(json.path("totals").path("awaitingInsurance").path("amount").asText()).isEqualTo("777.77");
            JsonNode firstLine = json.path("patients").path(0).path("dates").path(0).path("lines").path(0);
            assertThat(firstLine.path("procedureCode").asText()).isEqualTo("99214");
            assertThat(firstLine.path("modifiers").get(0).asText()).isEqualTo("25");
            assertThat(firstLine.path("patientDue").path("amount").asText()).isEqualTo("102.23");
            assertThat(json.path("patients").path(0).path("dates").path(0).path("dateOfService").asText())
                    .isEqualTo("2026-10-14");
            assertThat(json.path("totals").has("creditRemaining")).isFalse();
        }

        @Test
        void aTamperedTotalDoesNotRead() throws Exception {
            ObjectNode json = (ObjectNode) writer.readTree(writer.writeValueAsString(twoPatients()));
            ((ObjectNode) json.path("totals").path("amountDue")).put("amount", "952.50");

            assertThatThrownBy(() -> strictReader.treeToValue(json, StatementDocument.class))
                    .isInstanceOf(ValueInstantiationException.class)
                    .hasMessageContaining("totals.amountDue");
        }
    }
}
