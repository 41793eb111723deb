package io.claimline.simulator.clearinghouse;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /clearinghouse/received}: the files the clearinghouse received, oldest first, with the outcome of each
 * claim by patient control number. For tests and operators; it holds no PHI (no member ids, no names), so it sits
 * beside the simulator's other unauthenticated operator endpoints (health, metrics).
 */
@RestController
@ConditionalOnProperty(prefix = "claimline.simulator.clearinghouse", name = "enabled", havingValue = "true")
class ClearinghouseController {

    private final ReceivedFiles received;

    ClearinghouseController(ReceivedFiles received) {
        this.received = received;
    }

    @GetMapping("/clearinghouse/received")
    List<ReceivedFile> received() {
        return received.list();
    }
}
