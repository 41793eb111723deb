package io.claimline.simulator.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.simulator.StaediSegments;
import io.claimline.x12.ack.Ack999Reader;
import io.claimline.x12.ack.ClaimAcknowledgement277Reader;
import io.claimline.x12.ack.ClaimAcknowledgementReport;
import io.claimline.x12.ack.FunctionalGroupAcknowledgement;
import io.claimline.x12.ack.InterchangeAcknowledgement;
import io.claimline.x12.ack.SegmentError;
import io.claimline.x12.ack.Ta1Reader;
import io.claimline.x12.ack.TransactionSetAcknowledgement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.RequiredServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The clearinghouse end to end: the simulator started as an application (random HTTP port, SFTP port 0), 837P
 * files made from the repository's golden files uploaded over SFTP with MINA SSHD's client the way claims-service
 * uploads them ({@code .part}, then renamed), and the answers fetched from /out. TA1s and 999s are read back with
 * the x12 module's Ta1Reader and Ack999Reader (our own readers, schema-validated: the answers interoperate), the
 * 277CA with StAEDI directly.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class ClearinghouseSftpIT {

    private static final String USER = "claimline";
    private static final String PASSWORD = "claimline-sftp-secret"; // the local profile's development value
    private static final Path ROOT = temporaryDirectory();
    private static SshClient client;

    @LocalServerPort int httpPort;
    @Autowired Clearinghouse clearinghouse;

    @DynamicPropertySource
    static void clearinghouse(DynamicPropertyRegistry registry) {
        registry.add("claimline.simulator.clearinghouse.sftp-port", () -> "0");
        registry.add("claimline.simulator.clearinghouse.root", () -> ROOT.resolve("root").toString());
        registry.add("claimline.simulator.clearinghouse.host-key", () -> ROOT.resolve("host-key.pem").toString());
        registry.add("claimline.simulator.clearinghouse.poll-interval", () -> "100ms");
    }

    @BeforeAll
    static void startTheClient() {
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterAll
    static void stopTheClient() throws IOException {
        client.stop();
    }

    @Test
    void anAcceptedClaimIsAcknowledgedByTa1999And277ca() throws Exception {
        String x12 = Claim837Files.golden("c-four-lines-with-modifiers.x12")
                .replace("*00501*000000103*0*", "*00501*000000103*1*"); // ISA14: a TA1, please

        upload("accepted.x12", x12);
        await().atMost(Duration.ofSeconds(20)).until(() -> received("accepted.x12") != null);

        InterchangeAcknowledgement ta1 = new Ta1Reader().read(answer("accepted.x12.ta1"));
        assertThat(ta1.interchangeControlNumber()).isEqualTo("000000103");
        assertThat(ta1.status()).isEqualTo(InterchangeAcknowledgement.Status.ACCEPTED);
        assertThat(ta1.noteCode()).isEqualTo("000");
        FunctionalGroupAcknowledgement ack = new Ack999Reader().read(answer("accepted.x12.999"));
        assertThat(ack.groupControlNumber()).isEqualTo("203");
        assertThat(ack.status()).isEqualTo(FunctionalGroupAcknowledgement.GroupStatus.ACCEPTED);
        assertThat(ack.transactionSets()).singleElement().satisfies(set -> {
            assertThat(set.transactionSetControlNumber()).isEqualTo("0003");
            assertThat(set.status()).isEqualTo(TransactionSetAcknowledgement.Status.ACCEPTED);
        });
        StaediSegments ca = StaediSegments.read(answer("accepted.x12.277"));
        assertThat(ca.errors()).isEmpty();
        assertThat(segment(ca, "ST")).containsExactly("ST", "277", "0001", "005010X214");
        assertThat(segment(ca, "BHT").subList(0, 3)).containsExactly("BHT", "0085", "08");
        assertThat(segments(ca, "TRN")).extracting(trn -> trn.get(1) + "/" + trn.get(2))
                .contains("2/BATCH-1003", "2/CL-000103");
        assertThat(segments(ca, "DTP")).extracting(dtp -> dtp.get(1)).containsExactly("050", "009", "472");
        assertThat(segments(ca, "STC")).extracting(stc -> stc.get(1) + " " + stc.get(3) + " " + stc.get(4))
                .containsExactly("A1:19:PR WQ 370.75", "A1:19:PR WQ 370.75", "A1:20 WQ 370.75");
        // What claims-service reads: the x12 module's 277CA reader validates it against 005010X214.
        ClaimAcknowledgementReport report = new ClaimAcknowledgement277Reader().read(answer("accepted.x12.277"));
        assertThat(report.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.patientControlNumber()).isEqualTo("CL-000103");
            assertThat(claim.accepted()).isTrue();
        });
        assertThat(segments(ca, "NM1")).extracting(nm1 -> nm1.get(1) + " " + nm1.get(3))
                .containsExactly("AY CLAIMLINE SIMULATOR", "41 CLAIMLINE BIRCHWOOD", "85 BIRCHWOOD FAMILY CLINIC",
                        "QC QUILL");
        assertThat(find(ca, "NM1", "85").get(9)).isEqualTo("1999999984");
        assertThat(find(ca, "REF", "1K").get(2)).isNotBlank();
        assertThat(find(ca, "DTP", "472")).containsExactly("DTP", "472", "RD8", "20260302-20260302");
        assertThat(segments(ca, "QTY")).extracting(qty -> qty.get(1) + "=" + qty.get(2)).containsExactly("90=1",
                "QA=1");
        assertThat(segments(ca, "AMT")).extracting(amt -> amt.get(1) + "=" + amt.get(2))
                .containsExactly("YU=370.75", "YU=370.75");

        Map<String, Object> received = received("accepted.x12");
        assertThat(received).containsEntry("interchangeControlNumber", "000000103")
                .containsEntry("transactionSets", 1).containsEntry("claims", 1).containsEntry("outcome", "accepted")
                .containsEntry("duplicate", false).containsKey("receivedAt");
        assertThat(received.get("claimOutcomes")).isEqualTo(
                List.of(Map.of("patientControlNumber", "CL-000103", "outcome", "accepted")));
        assertThat(Files.exists(ROOT.resolve("root/claimline/in/processed/accepted.x12"))).isTrue();
        assertThat(metrics()).contains("claimline_simulator_clearinghouse_files_total{outcome=\"accepted\"",
                "claimline_simulator_clearinghouse_claims_total{outcome=\"accepted\"");
    }

    @Test
    void aRejectClaimRuleRejectsThatClaimOnlyIn277ca() throws Exception {
        upload("two-claims.x12", Claim837Files.twoSubscribers("W900112233", "REJ277-0001", "CL-000201"));

        FunctionalGroupAcknowledgement ack = new Ack999Reader().read(answer("two-claims.x12.999"));
        assertThat(ack.status()).isEqualTo(FunctionalGroupAcknowledgement.GroupStatus.ACCEPTED);
        StaediSegments ca = StaediSegments.read(answer("two-claims.x12.277"));
        assertThat(ca.errors()).isEmpty();
        assertThat(new ClaimAcknowledgement277Reader().read(answer("two-claims.x12.277")).claims())
                .extracting(claim -> claim.patientControlNumber() + " " + claim.outcome())
                .contains("CL-000201 REJECTED").filteredOn(text -> text.endsWith("ACCEPTED")).hasSize(1);
        assertThat(segments(ca, "STC")).extracting(stc -> stc.get(1) + " " + stc.get(3) + " " + stc.get(4))
                .containsExactly("A1:19:PR WQ 250", "A1:19:PR WQ 250", "A1:20 WQ 125", "A7:164:IL U 125");
        List<List<String>> all = ca.segments();
        int rejected = all.indexOf(List.of("TRN", "2", "CL-000201"));
        int accepted = all.indexOf(List.of("TRN", "2", "CL-000101"));
        assertThat(all.get(accepted + 1).get(1)).isEqualTo("A1:20");
        assertThat(all.get(accepted + 2).subList(0, 2)).containsExactly("REF", "1K");
        assertThat(all.get(rejected + 1).get(1)).isEqualTo("A7:164:IL");
        assertThat(all.get(rejected + 2).subList(0, 2)).containsExactly("DTP", "472"); // no REF*1K
        assertThat(segments(ca, "REF")).hasSize(1);
        assertThat(segments(ca, "QTY")).extracting(qty -> qty.get(1) + "=" + qty.get(2))
                .containsExactly("90=1", "AA=1", "QA=1", "QC=1");
        assertThat(segments(ca, "AMT")).extracting(amt -> amt.get(1) + "=" + amt.get(2))
                .containsExactly("YU=125", "YY=125", "YU=125", "YY=125");
        assertThat(received("two-claims.x12").get("claimOutcomes")).isEqualTo(List.of(
                Map.of("patientControlNumber", "CL-000101", "outcome", "accepted"),
                Map.of("patientControlNumber", "CL-000201", "outcome", "rejected")));
    }

    @Test
    void aRejectTransactionSetRuleRejectsTheSetWithIk3AndIk4() throws Exception {
        upload("rejected-set.x12", Claim837Files.selfSubscriber("REJ999-0001"));

        FunctionalGroupAcknowledgement ack = new Ack999Reader().read(answer("rejected-set.x12.999"));
        assertThat(ack.status()).isEqualTo(FunctionalGroupAcknowledgement.GroupStatus.REJECTED);
        assertThat(ack.accepted()).isZero();
        TransactionSetAcknowledgement set = ack.transactionSets().get(0);
        assertThat(set.status()).isEqualTo(TransactionSetAcknowledgement.Status.REJECTED);
        assertThat(set.statusCodes()).containsExactly("5");
        SegmentError error = set.segmentErrors().get(0);
        assertThat(error.segmentId()).isEqualTo("NM1");
        assertThat(error.position()).isEqualTo(14); // NM1*IL in a-self-subscriber.x12, ST = 1
        assertThat(error.loopId()).isEqualTo("2010BA");
        assertThat(error.elementErrors()).singleElement().satisfies(element -> {
            assertThat(element.position()).isEqualTo(9);
            assertThat(element.reference()).isEqualTo("67");
            assertThat(element.code()).isEqualTo("7");
        });
        assertNoAnswer("rejected-set.x12.277", "rejected-set.x12.ta1");
        assertThat(received("rejected-set.x12")).containsEntry("outcome", "rejected");
    }

    @Test
    void aRejectInterchangeRuleAnswersWithTa1Only() throws Exception {
        upload("rejected-interchange.x12", Claim837Files.selfSubscriber("REJTA1-0001"));

        InterchangeAcknowledgement ta1 = new Ta1Reader().read(answer("rejected-interchange.x12.ta1"));
        assertThat(ta1.status()).isEqualTo(InterchangeAcknowledgement.Status.REJECTED);
        assertThat(ta1.noteCode()).isEqualTo("024");
        assertThat(ta1.interchangeControlNumber()).isEqualTo("000000101");
        assertNoAnswer("rejected-interchange.x12.999", "rejected-interchange.x12.277");
        assertThat(received("rejected-interchange.x12")).containsEntry("outcome", "interchange-rejected");
    }

    @Test
    void aWrongSegmentCountIsRejectedBy999() throws Exception {
        upload("wrong-count.x12", Claim837Files.wrongSegmentCount(Claim837Files.selfSubscriber("W900112233")));

        FunctionalGroupAcknowledgement ack = new Ack999Reader().read(answer("wrong-count.x12.999"));
        assertThat(ack.transactionSets()).singleElement().satisfies(set -> {
            assertThat(set.status()).isEqualTo(TransactionSetAcknowledgement.Status.REJECTED);
            assertThat(set.statusCodes()).containsExactly("4"); // number of included segments does not match
        });
        assertNoAnswer("wrong-count.x12.277");
    }

    @Test
    void aClaimTheSchemaRejectsGetsTheRealIk3AndIk4() throws Exception {
        upload("bad-code.x12", Claim837Files.selfSubscriber("W900112233")
                .replace("SV1*HC:99213*", "SV1*XX:99213*"));

        FunctionalGroupAcknowledgement ack = new Ack999Reader().read(answer("bad-code.x12.999"));
        SegmentError error = ack.transactionSets().get(0).segmentErrors().get(0);
        assertThat(error.segmentId()).isEqualTo("SV1");
        assertThat(error.position()).isEqualTo(24);
        assertThat(error.loopId()).isEqualTo("2400");
        assertThat(error.elementErrors()).singleElement().satisfies(element -> {
            assertThat(element.position()).isEqualTo(1);
            assertThat(element.component()).contains(1);
            assertThat(element.reference()).isEqualTo("235");
            assertThat(element.code()).isEqualTo("7");
        });
        assertNoAnswer("bad-code.x12.277");
    }

    @Test
    void aTruncatedFileIsRejectedByTa1() throws Exception {
        upload("truncated.x12", Claim837Files.truncated(Claim837Files.selfSubscriber("W900112233")));

        InterchangeAcknowledgement ta1 = new Ta1Reader().read(answer("truncated.x12.ta1"));
        assertThat(ta1.status()).isEqualTo(InterchangeAcknowledgement.Status.REJECTED);
        assertThat(ta1.noteCode()).isEqualTo("023"); // premature end of file
        assertNoAnswer("truncated.x12.999", "truncated.x12.277");
    }

    @Test
    void aFileNameIsProcessedOnceAndASecondUploadIsADuplicate() throws Exception {
        String x12 = Claim837Files.golden("b-dependent.x12");
        upload("twice.x12", x12);
        String first = answer("twice.x12.999");
        await().atMost(Duration.ofSeconds(20)).until(() -> received("twice.x12") != null);

        upload("twice.x12", x12);

        await().atMost(Duration.ofSeconds(20)).until(() -> receivedAll("twice.x12").size() == 2);
        List<Map<String, Object>> both = receivedAll("twice.x12");
        assertThat(both).extracting(file -> file.get("duplicate")).containsExactly(false, true);
        assertThat(both.get(1)).containsEntry("outcome", "duplicate");
        assertThat(download("twice.x12.999")).contains(first);
        assertThat(metrics()).contains("claimline_simulator_clearinghouse_files_total{outcome=\"duplicate\"");
    }

    @Test
    void aPartFileIsLeftAlone() throws Exception {
        try (SftpClient sftp = sftp()) {
            write(sftp, "/in/pending.x12.part", Claim837Files.golden("a-self-subscriber.x12"));
        }
        upload("after-pending.x12", Claim837Files.golden("a-self-subscriber.x12"));
        answer("after-pending.x12.999");

        try (SftpClient sftp = sftp()) {
            assertThat(names(sftp, "/in")).contains("pending.x12.part");
            assertThat(names(sftp, "/out")).noneMatch(name -> name.startsWith("pending"));
        }
        assertThat(receivedAll("pending.x12.part")).isEmpty();
    }

    @Test
    void theInspectionApiHoldsNoMemberIdsOrNames() {
        String body = RestClient.create("http://localhost:" + httpPort).get().uri("/clearinghouse/received")
                .retrieve().body(String.class);

        assertThat(body).doesNotContain("W900112233", "REJ277", "QUILL", "MARTA");
    }

    @Test
    void theHostKeyIsKeptAndAWrongPasswordIsRefused() throws Exception {
        assertThat(ROOT.resolve("host-key.pem")).exists();
        try (ClientSession session = client.connect(USER, "localhost", clearinghouse.sftpPort())
                .verify(Duration.ofSeconds(10)).getSession()) {
            session.addPasswordIdentity("not-the-password");
            assertThat(session.auth().await(Duration.ofSeconds(10))).isTrue();
            assertThat(session.isAuthenticated()).isFalse();
        }
    }

    // --- SFTP -----------------------------------------------------------------------------------------------

    /** As claims-service uploads: {@code <name>.part}, then renamed to its final name. */
    private void upload(String name, String x12) throws IOException {
        try (SftpClient sftp = sftp()) {
            write(sftp, "/in/" + name + ClearinghouseInbox.PART, x12);
            sftp.rename("/in/" + name + ClearinghouseInbox.PART, "/in/" + name);
        }
    }

    private static void write(SftpClient sftp, String path, String content) throws IOException {
        try (OutputStream out = sftp.write(path)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String answer(String answer) throws IOException {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> download(answer) != null);
        return download(answer);
    }

    private void assertNoAnswer(String... answers) throws IOException {
        // The answers of one file are written in one pass, before it is listed as received.
        try (SftpClient sftp = sftp()) {
            assertThat(names(sftp, "/out")).doesNotContain(answers);
        }
    }

    private String download(String answer) throws IOException {
        try (SftpClient sftp = sftp()) {
            if (!names(sftp, "/out").contains(answer)) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (InputStream in = sftp.read("/out/" + answer)) {
                in.transferTo(bytes);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(SftpClient sftp, String directory) throws IOException {
        return StreamSupport.stream(sftp.readDir(directory).spliterator(), false)
                .map(SftpClient.DirEntry::getFilename).toList();
    }

    /** A session that trusts only the simulator's own host key (read from the file it persisted). */
    private SftpClient sftp() throws IOException {
        ClientSession session = client.connect(USER, "localhost", clearinghouse.sftpPort())
                .verify(Duration.ofSeconds(10)).getSession();
        session.setServerKeyVerifier(new RequiredServerKeyVerifier(hostKey()));
        session.addPasswordIdentity(PASSWORD);
        session.auth().verify(Duration.ofSeconds(10));
        return SftpClientFactory.instance().createSftpClient(session).singleSessionInstance();
    }

    private static PublicKey hostKey() throws IOException {
        // Reads the persisted key (a provider generates only when the file is missing).
        return new SimpleGeneratorHostKeyProvider(ROOT.resolve("host-key.pem")).loadKeys(null).iterator().next()
                .getPublic();
    }

    // --- the inspection API ------------------------------------------------------------------------------------

    private Map<String, Object> received(String fileName) {
        List<Map<String, Object>> files = receivedAll(fileName);
        return files.isEmpty() ? null : files.get(0);
    }

    private List<Map<String, Object>> receivedAll(String fileName) {
        List<Map<String, Object>> all = RestClient.create("http://localhost:" + httpPort).get()
                .uri("/clearinghouse/received").retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        return all.stream().filter(file -> fileName.equals(file.get("fileName"))).toList();
    }

    private String metrics() {
        return RestClient.create("http://localhost:" + httpPort).get().uri("/actuator/prometheus").retrieve()
                .body(String.class);
    }

    // --- reading answers ---------------------------------------------------------------------------------------

    private static List<String> segment(StaediSegments x12, String tag) {
        return segments(x12, tag).get(0);
    }

    private static List<List<String>> segments(StaediSegments x12, String tag) {
        return x12.segments().stream().filter(segment -> segment.get(0).equals(tag)).toList();
    }

    private static List<String> find(StaediSegments x12, String tag, String first) {
        Optional<List<String>> found = segments(x12, tag).stream()
                .filter(segment -> segment.size() > 1 && segment.get(1).equals(first)).findFirst();
        return found.orElseThrow();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("clearinghouse-it");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
