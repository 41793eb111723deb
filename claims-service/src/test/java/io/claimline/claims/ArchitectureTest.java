package io.claimline.claims;

import io.claimline.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheLayeringAndTakesTimeFromTheClock() {
        ArchitectureRules.check("io.claimline.claims");
    }
}
