package org.infoops.graph;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Generated follower graphs shared by every user of one cache (a server's sessions, one environment instance),
 * bounded by bytes and evicting the least recently used. A graph is fully determined by (settings, nodes, run
 * index) ({@link GraphFactory#build}), so a shared graph gives exactly the trajectories a private one gives. Graphs
 * are {@link FollowerGraph#freeze frozen} before they are shared: users {@link FollowerGraph#copy copy} them (in
 * O(nodes), copy-on-write) before changing anything.
 *
 * <p>Thread-safe. Two users asking for the same missing graph wait for one build; builds of different graphs run
 * in parallel, outside the lock. A graph larger than the whole bound is built and returned but not kept.
 */
public final class GraphCache {
    /** What determines a graph. */
    public record Key(GraphSettings settings, int nodes, int runIndex) {}

    private final long capacityBytes;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true); // access order: LRU first
    private long bytes;
    private long builds;
    private long hits;

    private static final class Entry {
        final CompletableFuture<FollowerGraph> graph = new CompletableFuture<>();
        long bytes; // 0 until built
    }

    /** @param capacityBytes most bytes of graphs kept at once (at least 1) */
    public GraphCache(long capacityBytes) {
        if (capacityBytes < 1) throw new IllegalArgumentException("graph cache capacity " + capacityBytes + " bytes: allowed 1 or more");
        this.capacityBytes = capacityBytes;
    }

    /**
     * The frozen graph {@link GraphFactory#build}{@code (settings, nodes, runIndex)} returns, built at most once
     * while it stays cached.
     *
     * @throws IllegalArgumentException as {@link GraphFactory#build} does (the failure is not cached)
     */
    public FollowerGraph get(GraphSettings settings, int nodes, int runIndex) {
        Key key = new Key(settings, nodes, runIndex);
        Entry entry;
        boolean mine = false;
        synchronized (this) {
            entry = entries.get(key);
            if (entry == null) {
                entry = new Entry();
                entries.put(key, entry);
                mine = true;
            } else {
                hits++;
            }
        }
        if (mine) return build(key, entry);
        try {
            return entry.graph.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another caller built graph " + key, e);
        } catch (ExecutionException e) {
            // The builder's own call reports the cause; this caller builds for itself rather than share a failure.
            return GraphFactory.build(settings, nodes, runIndex).freeze();
        }
    }

    private FollowerGraph build(Key key, Entry entry) {
        FollowerGraph graph;
        try {
            graph = GraphFactory.build(key.settings(), key.nodes(), key.runIndex()).freeze();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                entries.remove(key, entry);
            }
            entry.graph.completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            builds++;
            entry.bytes = graph.memoryBytes();
            if (entries.get(key) == entry) {
                bytes += entry.bytes;
                evictDownTo(capacityBytes);
            }
        }
        entry.graph.complete(graph);
        return graph;
    }

    /** Drops built graphs, least recently used first, until the built ones hold at most {@code limit} bytes. */
    private void evictDownTo(long limit) {
        for (Iterator<Entry> it = entries.values().iterator(); bytes > limit && it.hasNext(); ) {
            Entry e = it.next();
            if (e.bytes == 0) continue; // still being built by someone
            bytes -= e.bytes;
            it.remove();
        }
    }

    public long capacityBytes() {
        return capacityBytes;
    }

    /** Bytes of the graphs held now. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Graphs held now (built or being built). */
    public synchronized int size() {
        return entries.size();
    }

    /** Graphs built so far (misses). */
    public synchronized long builds() {
        return builds;
    }

    /** Requests answered by a cached or in-flight graph. */
    public synchronized long hits() {
        return hits;
    }
}
