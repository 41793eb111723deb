package io.claimline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator depends on the x12 module for its 837P schema resources only: its own code reads and writes X12,
 * so a bug in Claimline's X12 library cannot hide behind the same bug here. (Tests may use the library's readers
 * to prove the answers interoperate.)
 */
class ClaimlineX12ClassesTest {

    @Test
    void mainCodeUsesNoClassOfTheX12Module() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            List<Path> offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(ClaimlineX12ClassesTest::mentionsTheX12Module).toList();

            assertThat(offenders).isEmpty();
        }
    }

    private static boolean mentionsTheX12Module(Path source) {
        try {
            return Files.readString(source).contains("io.claimline.x12.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
