package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.accounts.v1.AdjustmentPosted;
import io.claimline.contracts.accounts.v1.AppliedAmount;
import io.claimline.contracts.accounts.v1.BalanceChanged;
import io.claimline.contracts.accounts.v1.ChargePosted;
import io.claimline.contracts.accounts.v1.ChargeReversed;
import io.claimline.contracts.accounts.v1.PaymentPosted;
import io.claimline.contracts.accounts.v1.RefundIssued;
import io.claimline.contracts.accounts.v1.ResponsibilityTransferred;
import io.claimline.contracts.accounts.v1.StatementIssued;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The guarantor accounts' published samples are the contract: they decode, and encoding gives them back. */
class AccountEventsV1ContractTest {

    private static final String ACCOUNT = "5b1e9c3a-2f4d-4a6b-8c7e-9d0f1a2b3c4d";
    private static final String PAYER = "PAYER:2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e";

    private static final Map<String, Class<? extends KeyedPayload>> TYPES = Map.of(
            ChargePosted.TYPE, ChargePosted.class,
            ChargeReversed.TYPE, ChargeReversed.class,
            PaymentPosted.TYPE, PaymentPosted.class,
            AdjustmentPosted.TYPE, AdjustmentPosted.class,
            RefundIssued.TYPE, RefundIssued.class,
            ResponsibilityTransferred.TYPE, ResponsibilityTransferred.class,
            StatementIssued.TYPE, StatementIssued.class,
            BalanceChanged.TYPE, BalanceChanged.class);

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void everySampleDecodesWithEveryFieldPresentAndNamesTheAccountAsItsAggregate() throws IOException {
        for (var type : TYPES.entrySet()) {
            IntegrationEvent event = codec.decode(sample(type.getKey()));
            KeyedPayload payload = codec.payload(event, type.getValue());

            assertThat(event.type()).isEqualTo(type.getKey());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.aggregateType()).isEqualTo("PatientAccount");
            assertThat(event.aggregateId()).isEqualTo(payload.aggregateId()).isEqualTo(ACCOUNT);
            assertThat(payload).as(type.getKey()).hasNoNullFieldsOrPropertiesExcept("transferId");
        }
    }

    @Test
    void encodingADecodedPayloadGivesTheSamplesPayloadBack() throws IOException {
        for (var type : TYPES.entrySet()) {
            byte[] sample = sample(type.getKey());
            IntegrationEvent event = codec.decode(sample);
            JsonNode reencoded = codec.toPayload(codec.payload(event, type.getValue()));
            assertThat(reencoded).as(type.getKey()).isEqualTo(plain.readTree(sample).get("payload"));
            assertThat(plain.readTree(codec.encode(event))).as(type.getKey()).isEqualTo(plain.readTree(sample));
        }
    }

    @Test
    void samplesCarryEveryFieldTheEnvelopeSchemaRequires() throws IOException {
        JsonNode schema = plain.readTree(resource("/contracts/envelope.v1.schema.json"));
        for (String type : TYPES.keySet()) {
            JsonNode sample = plain.readTree(sample(type));
            for (Iterator<JsonNode> it = schema.get("required").elements(); it.hasNext(); ) {
                String field = it.next().asText();
                assertThat(sample.has(field)).as(type + " " + field).isTrue();
            }
        }
    }

    @Test
    void aChargeNamesItsLineDateOfServiceCodesAndWhoOwesItFirst() throws IOException {
        ChargePosted charge = payload(ChargePosted.TYPE, ChargePosted.class);

        assertThat(charge.dateOfService()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(charge.procedureCode()).isEqualTo("99213");
        assertThat(charge.modifiers()).containsExactly("25");
        assertThat(charge.responsibility()).isEqualTo(PAYER);
        assertThat(charge.amount()).isEqualTo(new BigDecimal("150.00"));
    }

    @Test
    void aPaymentIsWhatItAppliedPlusWhatItLeftUnappliedAndKnowsACardByItsLastFourOnly() throws IOException {
        PaymentPosted payment = payload(PaymentPosted.TYPE, PaymentPosted.class);

        assertThat(payment.applied().stream().map(AppliedAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(payment.unapplied())).isEqualTo(payment.amount());
        assertThat(payment.cardLastFour()).isEqualTo("4242");
        assertThat(new String(sample(PaymentPosted.TYPE))).doesNotContainPattern("[0-9]{12,19}");
        JsonNode encoded = codec.toPayload(payment);
        assertThat(encoded.get("amount").isTextual()).isTrue();
        assertThat(encoded.get("amount").asText()).isEqualTo("40.00");
        assertThat(encoded.at("/applied/0/amount").asText()).isEqualTo("25.00");
    }

    @Test
    void aBalanceChangedIsTheSumOfItsResponsibilitiesAndFollowsItsPostingsSequence() throws IOException {
        IntegrationEvent changedEvent = codec.decode(sample(BalanceChanged.TYPE));
        IntegrationEvent paymentEvent = codec.decode(sample(PaymentPosted.TYPE));
        BalanceChanged changed = codec.payload(changedEvent, BalanceChanged.class);

        assertThat(changed.balances()).extracting(BalanceChanged.ResponsibilityBalance::responsibility)
                .containsExactly("PATIENT", PAYER);
        assertThat(changed.balances()).extracting(BalanceChanged.ResponsibilityBalance::balance)
                .containsExactly(new BigDecimal("-15.00"), new BigDecimal("165.00"));
        assertThat(changed.balance()).isEqualTo(new BigDecimal("150.00"));
        assertThat(changed.postingId()).isEqualTo(codec.payload(paymentEvent, PaymentPosted.class).postingId());
        assertThat(changedEvent.sequence()).isEqualTo(paymentEvent.sequence());
        assertThat(changedEvent.eventId()).as("its own id, not its posting's").isNotEqualTo(paymentEvent.eventId());
    }

    @Test
    void aStatementGroupsItsLinesPerDateOfServiceWhoseTotalsAddUpAndKeepsAwaitingInsuranceApart()
            throws IOException {
        StatementIssued statement = payload(StatementIssued.TYPE, StatementIssued.class);
        StatementIssued.DateOfService visit = statement.datesOfService().get(0);

        assertThat(visit.lines()).extracting(StatementIssued.Line::procedureCode).containsExactly("99213", "36415");
        assertThat(sum(visit.lines(), StatementIssued.Line::charge)).isEqualTo(visit.charge());
        assertThat(sum(visit.lines(), StatementIssued.Line::patientDue)).isEqualTo(visit.patientDue());
        assertThat(sum(visit.lines(), StatementIssued.Line::awaitingInsurance)).isEqualTo(visit.awaitingInsurance());
        for (StatementIssued.Line line : visit.lines()) {
            assertThat(line.charge().subtract(line.insurancePaid()).subtract(line.adjustments())
                    .subtract(line.patientPaid())).isEqualTo(line.awaitingInsurance().add(line.patientDue()));
        }
        assertThat(statement.patientDue()).isEqualTo(new BigDecimal("25.00"));
        assertThat(statement.awaitingInsurance()).isEqualTo(new BigDecimal("12.00"));
        assertThat(new String(sample(StatementIssued.TYPE))).as("no guarantor, sealed or not")
                .doesNotContain("guarantor").doesNotContain("ciphertext");
    }

    @Test
    void aBadDebtRecoveryIsANegativeAdjustment() throws IOException {
        String recovery = new String(sample(AdjustmentPosted.TYPE)).replace("CONTRACTUAL", "BAD_DEBT_RECOVERY")
                .replace("\"32.53\"", "\"-32.53\"");

        AdjustmentPosted adjustment = codec.payload(codec.decode(recovery), AdjustmentPosted.class);

        assertThat(adjustment.amount()).isEqualTo(new BigDecimal("-32.53"));
        assertThat(adjustment.applied().get(0).amount()).isEqualTo(new BigDecimal("-32.53"));
    }

    @Test
    void aMissingRequiredFieldIsMalformedAndTheReasonNamesIt() throws IOException {
        String noLine = new String(sample(ChargePosted.TYPE))
                .replace("\"lineId\": \"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\",", "");
        String noBalances = new String(sample(BalanceChanged.TYPE)).replaceAll("\"balances\": \\[[^\\]]*\\],", "");

        assertMalformed(ChargePosted.TYPE, noLine, ChargePosted.class, "lineId is missing");
        assertMalformed(BalanceChanged.TYPE, noBalances, BalanceChanged.class, "balances is missing");
    }

    @Test
    void anAmountThatIsNoNumberIsMalformedAndTheReasonNamesItWithoutQuotingIt() throws IOException {
        String broken = new String(sample(PaymentPosted.TYPE)).replace("\"amount\": \"40.00\"",
                "\"amount\": \"forty\"");

        assertThatThrownBy(() -> codec.payload(codec.decode(broken), PaymentPosted.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("amount")
                .hasMessageNotContaining("forty");
    }

    @Test
    void anAmountWithFractionsOfACentIsMalformedWhereverItIs() throws IOException {
        for (var broken : List.of(
                new Broken(PaymentPosted.TYPE, "\"15.00\"", "\"15.001\"", PaymentPosted.class,
                        "unapplied has more than two decimals"),
                new Broken(PaymentPosted.TYPE, "\"25.00\"", "\"25.005\"", PaymentPosted.class,
                        "applied.amount has more than two decimals"),
                new Broken(ChargePosted.TYPE, "\"150.00\"", "\"150.0001\"", ChargePosted.class,
                        "amount has more than two decimals"),
                new Broken(BalanceChanged.TYPE, "\"165.00\"", "\"165.004\"", BalanceChanged.class,
                        "balances.balance has more than two decimals"),
                new Broken(StatementIssued.TYPE, "\"67.47\"", "\"67.475\"", StatementIssued.class,
                        "insurancePaid has more than two decimals"))) {
            String json = new String(sample(broken.type())).replace(broken.from(), broken.to());
            assertMalformed(broken.type(), json, broken.payload(), broken.reason());
        }
    }

    @Test
    void aNegativeChargeOrPaymentIsMalformedBecauseReversalsAndRecoveriesHaveTheirOwnShape() throws IOException {
        assertMalformed(ChargePosted.TYPE, new String(sample(ChargePosted.TYPE)).replace("\"150.00\"", "\"-150.00\""),
                ChargePosted.class, "amount is negative");
        assertMalformed(PaymentPosted.TYPE, new String(sample(PaymentPosted.TYPE)).replace("\"40.00\"", "\"-40.00\""),
                PaymentPosted.class, "amount is negative");
    }

    @Test
    void aBalanceThatIsNotTheSumOfItsResponsibilitiesIsMalformed() throws IOException {
        String wrongCent = new String(sample(BalanceChanged.TYPE)).replace("\"150.00\"", "\"150.01\"");

        assertMalformed(BalanceChanged.TYPE, wrongCent, BalanceChanged.class, "balance is not the sum of balances");
    }

    @Test
    void aResponsibilityIsPatientOrAPayerById() throws IOException {
        String unknown = new String(sample(ResponsibilityTransferred.TYPE)).replace("\"to\": \"PATIENT\"",
                "\"to\": \"GUARANTOR\"");
        String notAnId = new String(sample(ResponsibilityTransferred.TYPE)).replace(PAYER, "PAYER:acme");

        assertMalformed(ResponsibilityTransferred.TYPE, unknown, ResponsibilityTransferred.class,
                "to is neither PATIENT nor PAYER:<payer id>");
        assertMalformed(ResponsibilityTransferred.TYPE, notAnId, ResponsibilityTransferred.class,
                "from is not a UUID");
    }

    @Test
    void somethingLongerThanFourDigitsIsNeverTakenForACardsLastFour() throws IOException {
        String cardNumber = new String(sample(PaymentPosted.TYPE)).replace("\"4242\"", "\"4242424242424242\"");

        assertThatThrownBy(() -> codec.payload(codec.decode(cardNumber), PaymentPosted.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("cardLastFour is not four digits")
                .hasMessageNotContaining("4242424242424242");
    }

    private record Broken(String type, String from, String to, Class<? extends KeyedPayload> payload,
            String reason) {
    }

    private void assertMalformed(String type, String json, Class<? extends KeyedPayload> payload, String reason) {
        assertThatThrownBy(() -> codec.payload(codec.decode(json), payload)).as(type + ": " + reason)
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining(reason);
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private <T> T payload(String type, Class<T> payloadType) throws IOException {
        return codec.payload(codec.decode(sample(type)), payloadType);
    }

    private byte[] sample(String type) throws IOException {
        return resource("/contracts/" + Topics.ACCOUNT_EVENTS_V1 + "/" + type + ".v1.json");
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
