package io.claimline.platform.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The vault takes at most 500 items a request: the client sends larger lists in order, in parts. */
class HttpPhiVaultChunksTest {

    @Test
    void aLongListGoesInPartsOfAtMostTheVaultsLimitInOrder() {
        List<Integer> items = IntStream.range(0, 1201).boxed().toList();

        List<List<Integer>> chunks = HttpPhiVault.chunks(items);

        assertThat(chunks).extracting(List::size).containsExactly(500, 500, 201);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(items);
        assertThat(HttpPhiVault.chunks(List.of())).isEmpty();
        assertThat(HttpPhiVault.chunks(List.of(7))).containsExactly(List.of(7));
    }
}
