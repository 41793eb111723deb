package io.claimline.simulator.x12;

import java.util.concurrent.atomic.AtomicLong;

/** Interchange and group control numbers of the answers, unique for the life of the process. */
public final class ControlNumbers {

    private final AtomicLong next = new AtomicLong(1);

    public long next() {
        return next.getAndIncrement();
    }
}
