package io.claimline.patient;

import io.claimline.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheLayeringAndTakesTimeFromTheClock() {
        ArchitectureRules.check("io.claimline.patient");
    }
}
