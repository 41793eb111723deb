package io.claimline.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo claim set's 837P files, kept under docs/examples/837P as golden files (one segment per line for
 * reading; the writer's own output has no line breaks). Each is regenerated with the fixed clock and must be
 * identical, and must read back to the same batch.
 *
 * <p>After an intended change, regenerate them with
 * {@code ./mvnw -B -o verify -pl x12 -Dtest=Claim837GoldenFilesTest -Dx12.regenerateGoldenFiles=true}
 * and review the diff.
 */
class Claim837GoldenFilesTest {

    /** Maven runs tests in the module directory; the examples live in the repository's docs. */
    static final Path DIRECTORY = Path.of("..", "docs", "examples", "837P");

    static final Map<String, Supplier<ProfessionalClaimBatch>> DEMO_SET = Map.of(
            "a-self-subscriber.x12", DemoClaims::selfSubscriber,
            "b-dependent.x12", DemoClaims::dependent,
            "c-four-lines-with-modifiers.x12", DemoClaims::fourLinesWithModifiers,
            "d1-rejected.x12", DemoClaims::rejected,
            "d2-resubmitted-as-new-original.x12", DemoClaims::resubmitted);

    static Stream<Arguments> demoSet() {
        return DEMO_SET.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoSet")
    void regeneratesIdentically(String file, Supplier<ProfessionalClaimBatch> demo) throws IOException {
        ProfessionalClaimBatch batch = demo.get();
        String generated = new Claim837Writer().write(batch).replace("~", "~\n");
        Path golden = DIRECTORY.resolve(file);
        if (Boolean.getBoolean("x12.regenerateGoldenFiles")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(golden, generated, StandardCharsets.US_ASCII);
        }

        assertThat(golden).as("golden file (regenerate with -Dx12.regenerateGoldenFiles=true)").exists();
        String kept = Files.readString(golden, StandardCharsets.US_ASCII);
        assertThat(generated).isEqualTo(kept);
        assertThat(new Claim837Reader().read(kept)).isEqualTo(batch);
    }
}
