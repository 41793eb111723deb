package io.claimline.simulator.clearinghouse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent received files, oldest first; bounded, since the simulator may run for days. */
public class ReceivedFiles {

    private static final int KEPT = 1_000;

    private final Deque<ReceivedFile> files = new ArrayDeque<>();

    synchronized void add(ReceivedFile file) {
        files.addLast(file);
        while (files.size() > KEPT) {
            files.removeFirst();
        }
    }

    public synchronized List<ReceivedFile> list() {
        return List.copyOf(files);
    }
}
