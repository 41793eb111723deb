package io.claimline.claims.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 277CA files as a clearinghouse writes them, for tests: one receiver, one billing provider, a claim status per
 * patient control number (accepted A1:20 with a payer claim number, or rejected with the given category, status and
 * entity). The segment count and control numbers are computed, so the file is well-formed for any claims.
 */
final class AcknowledgementFiles {

    private AcknowledgementFiles() {
    }

    /** One claim's answer: {@code category} A1 (accepted) or a rejection (A3, A6, A7, A8). */
    record Answer(String patientControlNumber, String category, String status, String entity, String total) {
    }

    private static String total(List<Answer> answers) {
        return answers.stream().map(answer -> new java.math.BigDecimal(answer.total()))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString();
    }

    static String claimAcknowledgement(int controlNumber, LocalDate date, String billingNpi, List<Answer> answers) {
        String d = date.toString().replace("-", "");
        List<String> body = new ArrayList<>();
        body.add("ST*277*0001*005010X214");
        body.add("BHT*0085*08*ACK" + controlNumber + "*" + d + "*0815*TH");
        body.add("HL*1**20*1");
        body.add("NM1*PR*2*LAKESIDE HEALTH PLAN*****PI*LHP01");
        body.add("TRN*1*RCPT" + controlNumber);
        body.add("DTP*050*D8*" + d);
        body.add("DTP*009*D8*" + d);
        body.add("HL*2*1*21*1");
        body.add("NM1*41*2*CLAIMLINE BILLING*****46*CLAIMLINE");
        body.add("TRN*2*BATCH" + controlNumber);
        body.add("STC*A1:19:PR*" + d + "*WQ*" + total(answers));
        body.add("HL*3*2*19*1");
        body.add("NM1*85*2*RIVERSIDE FAMILY MEDICINE LLC*****XX*" + billingNpi);
        body.add("TRN*1*PROV" + controlNumber);
        body.add("STC*A1:19:PR**WQ*" + total(answers));
        int hl = 4;
        for (Answer answer : answers) {
            body.add("HL*" + hl++ + "*3*PT");
            body.add("NM1*QC*1*DOE*JANE****MI*W900112233");
            body.add("TRN*2*" + answer.patientControlNumber());
            boolean accepted = answer.category().equals("A1") || answer.category().equals("A2");
            body.add("STC*" + answer.category() + ":" + answer.status()
                    + (answer.entity() == null ? "" : ":" + answer.entity()) + "*" + d + "*" + (accepted ? "WQ" : "U")
                    + "*" + answer.total());
            if (accepted) {
                body.add("REF*1K*PAYER" + answer.patientControlNumber());
            }
            body.add("DTP*472*D8*20261127");
        }
        body.add("SE*" + (body.size() + 1) + "*0001");
        String n = String.format("%09d", controlNumber);
        return "ISA*00*          *00*          *ZZ*CLAIMLINESIM   *ZZ*CLAIMLINE      *" + d.substring(2) + "*0815*^*00501*"
                + n + "*0*T*:~GS*HN*CLAIMLINESIM*CLAIMLINE*" + d + "*0815*" + controlNumber + "*X*005010X214~"
                + String.join("~", body) + "~GE*1*" + controlNumber + "~IEA*1*" + n + "~";
    }
}
