package io.claimline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Reader;
import io.claimline.x12.claim.Claim837Writer;
import io.claimline.x12.claim.ClaimGuides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchClaimsTest {

    @Test
    void readsTheWorkQueueCounts() {
        assertThat(BenchClaims.queueCounts("""
                {"NEEDS_CORRECTION":2,"REJECTED":0,"UNACKNOWLEDGED":0,"TIMELY_FILING":1,"READY":300,"SUBMITTED":7}"""))
                .containsEntry("READY", 300L).containsEntry("NEEDS_CORRECTION", 2L).containsEntry("SUBMITTED", 7L)
                .hasSize(6);
    }

    @Test
    void countsTheClaimsAndFilesOfACut() {
        BenchClaims.Cut cut = BenchClaims.cutOf("""
                [{"batchId":"6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f","payerId":"2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e",
                  "interchangeControlNumber":7,"fileName":"CL837P-000000007.x12","fileSha256":"ab",
                  "claimIds":["3c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21","4c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21"],
                  "totalCharge":330.00,"leftOut":["5c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21"]}]""");
        assertThat(cut.fileNames()).containsExactly("CL837P-000000007.x12");
        assertThat(cut.claims()).isEqualTo(2);
        assertThat(cut.leftOut()).isEqualTo(1);
        assertThat(BenchClaims.cutOf("[]").claims()).isZero();
    }

    @Test
    void namesAProblemsFieldsAndMessagesOnly() {
        assertThat(BenchClaims.fieldErrors("""
                {"type":"about:blank","title":"Invalid request","status":400,"errors":[
                 {"field":"diagnoses[0]","message":"is not valid on the date of service"},
                 {"message":"must hold at least one service line","field":"lines"}]}"""))
                .isEqualTo(": diagnoses[0] is not valid on the date of service; lines must hold at least one service line");
        assertThat(BenchClaims.fieldErrors("{\"status\":409}")).isEmpty();
        assertThat(BenchClaims.fieldErrors(null)).isEmpty();
    }

    @Test
    void theRawBatchIsAValid837WithTheWorkloadsShape() {
        String file = new Claim837Writer().write(BenchClaims.rawBatch(25, LocalDate.of(2026, 11, 20), 3));
        List<Segment> segments = X12Reader.read(file, ClaimGuides.PROFESSIONAL_837, ReadLimits.DEFAULT);
        assertThat(segments.stream().filter(s -> s.id().equals("CLM"))).hasSize(25);
        assertThat(segments.stream().filter(s -> s.id().equals("SV1"))).hasSize(50);
        assertThat(segments.stream().filter(s -> s.id().equals("HI"))).hasSize(25);
        assertThat(file).contains("HC:99213:25").contains("NM1*82*");
    }

    @Test
    void aRawRateCountsClaimsPerSecondOverTheMeasuredFiles() {
        BenchClaims.RawRate rate = BenchClaims.rawRate(10, control -> new Claim837Writer()
                .write(BenchClaims.rawBatch(10, LocalDate.of(2026, 11, 20), control)).length(), Duration.ZERO,
                Duration.ofMillis(200));
        assertThat(rate.files()).isGreaterThanOrEqualTo(3);
        assertThat(rate.claimsPerSecond()).isCloseTo(rate.files() * 10 / rate.seconds(),
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(rate.bytes()).isPositive();
    }

    @Test
    void readsAProcesssCpuTimeFromItsPidFile(@TempDir Path run) throws IOException {
        Files.writeString(run.resolve("claims-service.pid"), ProcessHandle.current().pid() + "\n");
        // Burn some CPU so this process has ticks to show.
        long sum = 0;
        for (long until = System.nanoTime() + 50_000_000; System.nanoTime() < until; ) {
            sum += Long.numberOfTrailingZeros(System.nanoTime());
        }
        Map<String, Long> ticks = BenchClaims.cpuTicks(run, run.resolve("postmaster.pid"));
        assertThat(ticks).containsKeys(BenchClaims.COMPONENTS.toArray(String[]::new));
        assertThat(ticks.get("claims-service")).as("sum %d", sum).isPositive();
        assertThat(ticks.get("gateway")).isZero();
        assertThat(ticks.get("postgres")).isZero();
    }
}
