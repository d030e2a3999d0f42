package org.infoops.learn.federated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every message that left the clients it is attached to, in order: for auditing what a federated method
 * shares (the privacy test inspects it) and for counting its communication (the benchmark reports it).
 */
public final class Transcript {
    /** One message: who sent it and what. */
    public record Entry(String client, ClientUpdate update) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void record(String client, ClientUpdate update) {
        entries.add(new Entry(client, update));
    }

    public synchronized List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** Numbers sent in total (sum of payload lengths). */
    public synchronized long numbersSent() {
        return entries.stream().mapToLong(e -> e.update().payloadLength()).sum();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
