package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code billing.account-events.v1} type {@code StatementIssued}, version 1: a statement was issued to the
 * guarantor: the account's open service lines grouped per patient and date of service, with their totals; what is
 * awaiting insurance (never due from the patient), the patient's unapplied credit and the amount due. Who it is
 * addressed to (the guarantor's sealed name and address) is not published: collections needs the numbers, the
 * document goes out from billing. Amounts are signed (a line can hold a credit).
 *
 * @param statementNumber the number printed on the statement
 * @param patientDue Σ of the dates of service's {@code patientDue}
 * @param amountDue what the guarantor is asked to pay: patient due less the unapplied credit, never below zero
 * @param onDemand true when a biller issued it outside the statement cycle
 */
public record StatementIssued(
        String clinicId,
        String accountId,
        String statementId,
        String statementNumber,
        LocalDate issuedOn,
        LocalDate dueDate,
        List<DateOfService> datesOfService,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal awaitingInsurance,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal patientDue,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unappliedCredit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountDue,
        boolean onDemand,
        Instant issuedAt) implements KeyedPayload {

    public static final String TYPE = "StatementIssued";
    public static final int VERSION = 1;

    public StatementIssued {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(statementId, "statementId");
        Require.present(statementNumber, "statementNumber");
        Require.present(issuedOn, "issuedOn");
        Require.present(dueDate, "dueDate");
        datesOfService = List.copyOf(Require.present(datesOfService, "datesOfService"));
        Require.cents(Require.present(awaitingInsurance, "awaitingInsurance"), "awaitingInsurance");
        Require.cents(Require.present(patientDue, "patientDue"), "patientDue");
        Require.unsignedCents(unappliedCredit, "unappliedCredit");
        Require.unsignedCents(amountDue, "amountDue");
        Require.present(issuedAt, "issuedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }

    /** One patient's services on one date, with the totals of its lines. */
    public record DateOfService(
            String patientId,
            LocalDate dateOfService,
            List<Line> lines,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal charge,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal insurancePaid,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal adjustments,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal patientPaid,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal awaitingInsurance,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal patientDue) {

        public DateOfService {
            Require.uuid(patientId, "datesOfService.patientId");
            Require.present(dateOfService, "datesOfService.dateOfService");
            lines = List.copyOf(Require.present(lines, "datesOfService.lines"));
            amounts("datesOfService.", charge, insurancePaid, adjustments, patientPaid, awaitingInsurance,
                    patientDue);
        }
    }

    /**
     * One service line: charge − insurancePaid − adjustments − patientPaid = awaitingInsurance + patientDue
     * ({@code insurancePaid} net of what was refunded to or is owed back to a payer).
     */
    public record Line(
            String lineId,
            String procedureCode,
            List<String> modifiers,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal charge,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal insurancePaid,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal adjustments,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal patientPaid,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal awaitingInsurance,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal patientDue) {

        public Line {
            Require.uuid(lineId, "datesOfService.lines.lineId");
            Require.present(procedureCode, "datesOfService.lines.procedureCode");
            modifiers = List.copyOf(Require.present(modifiers, "datesOfService.lines.modifiers"));
            amounts("datesOfService.lines.", charge, insurancePaid, adjustments, patientPaid, awaitingInsurance,
                    patientDue);
        }
    }

    private static void amounts(String prefix, BigDecimal charge, BigDecimal insurancePaid, BigDecimal adjustments,
            BigDecimal patientPaid, BigDecimal awaitingInsurance, BigDecimal patientDue) {
        Require.cents(Require.present(charge, prefix + "charge"), prefix + "charge");
        Require.cents(Require.present(insurancePaid, prefix + "insurancePaid"), prefix + "insurancePaid");
        Require.cents(Require.present(adjustments, prefix + "adjustments"), prefix + "adjustments");
        Require.cents(Require.present(patientPaid, prefix + "patientPaid"), prefix + "patientPaid");
        Require.cents(Require.present(awaitingInsurance, prefix + "awaitingInsurance"), prefix + "awaitingInsurance");
        Require.cents(Require.present(patientDue, prefix + "patientDue"), prefix + "patientDue");
    }
}
