package org.infoops.kernel;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntHeapPriorityQueue;
import java.util.Arrays;

/**
 * A discrete-event queue (the DASH framework's scheduler): events are kept in time order and, at equal times, in
 * the order they were scheduled, so a run is reproducible. An event is a kind and two int arguments (agent ids,
 * post ids), stored in primitive slot arrays so scheduling does not allocate an object per event; the time order
 * comes from fastutil's int heap over slot numbers with a comparator on (time, insertion sequence).
 *
 * <p>{@link #schedule} returns a handle; {@link #cancel} and {@link #reschedule} take it. A cancelled event stays
 * in the heap until it reaches the front and is then skipped (lazy deletion), which keeps cancel O(1). Handles of
 * events already run or cancelled are recognised as stale (the insertion sequence is part of the handle), so a
 * late cancel never hits an unrelated event that reused the slot. Times are whole minutes since the start.
 *
 * <p>Use: {@code while (q.next()) switch (q.kind()) ...} reads the current event through {@link #time()},
 * {@link #kind()}, {@link #a()} and {@link #b()}. Not thread-safe (one queue per world).
 */
public final class EventQueue {
    private static final int SLOT_BITS = 26;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;

    private long[] time = new long[1024];
    private long[] seq = new long[1024];
    private int[] kind = new int[1024];
    private int[] argA = new int[1024];
    private int[] argB = new int[1024];
    private boolean[] live = new boolean[1024];
    private int slots;
    private final IntArrayList free = new IntArrayList();
    private final IntHeapPriorityQueue heap = new IntHeapPriorityQueue((x, y) -> {
        int c = Long.compare(time[x], time[y]);
        return c != 0 ? c : Long.compare(seq[x], seq[y]);
    });
    private long nextSeq;
    private int pending;
    private long now;
    private int current = -1;
    private long processed;

    /** Schedules an event at {@code at} (not before the current time); returns its handle. */
    public long schedule(long at, int eventKind, int a, int b) {
        if (at < now) throw new IllegalArgumentException("event time " + at + " is before the current time " + now);
        int s = free.isEmpty() ? newSlot() : free.popInt();
        long q = nextSeq++;
        time[s] = at;
        seq[s] = q;
        kind[s] = eventKind;
        argA[s] = a;
        argB[s] = b;
        live[s] = true;
        heap.enqueue(s);
        pending++;
        return (q << SLOT_BITS) | s;
    }

    /** Cancels a pending event; false if the handle is stale (already run or cancelled). */
    public boolean cancel(long handle) {
        int s = (int) (handle & SLOT_MASK);
        if (s >= slots || seq[s] != (handle >>> SLOT_BITS) || !live[s] || s == current) return false;
        live[s] = false;
        pending--;
        return true;
    }

    /** Moves a pending event to another time (as a new insertion for tie-breaks); the new handle, or -1 if stale. */
    public long reschedule(long handle, long at) {
        int s = (int) (handle & SLOT_MASK);
        if (s >= slots || seq[s] != (handle >>> SLOT_BITS) || !live[s] || s == current) return -1;
        int k = kind[s], a = argA[s], b = argB[s];
        cancel(handle);
        return schedule(at, k, a, b);
    }

    /** True if the event of this handle is still pending. */
    public boolean isPending(long handle) {
        int s = (int) (handle & SLOT_MASK);
        return s < slots && seq[s] == (handle >>> SLOT_BITS) && live[s] && s != current;
    }

    /** Advances to the next pending event; false when none is left. The clock moves to its time. */
    public boolean next() {
        release();
        while (!heap.isEmpty()) {
            int s = heap.dequeueInt();
            if (!live[s]) {
                free.add(s);
                continue;
            }
            current = s;
            now = time[s];
            pending--;
            processed++;
            return true;
        }
        return false;
    }

    /** The time of the next pending event, or Long.MAX_VALUE when none is pending. */
    public long peekTime() {
        while (!heap.isEmpty() && !live[heap.firstInt()]) free.add(heap.dequeueInt());
        return heap.isEmpty() ? Long.MAX_VALUE : time[heap.firstInt()];
    }

    private void release() {
        if (current >= 0) {
            live[current] = false;
            free.add(current);
            current = -1;
        }
    }

    /** Current time: the time of the event being handled (or of the last one). */
    public long time() {
        return now;
    }

    public int kind() {
        return kind[current];
    }

    public int a() {
        return argA[current];
    }

    public int b() {
        return argB[current];
    }

    /** Events pending (scheduled, not run, not cancelled). */
    public int size() {
        return pending;
    }

    public boolean isEmpty() {
        return pending == 0;
    }

    /** Events handed out by {@link #next()} so far. */
    public long processed() {
        return processed;
    }

    private int newSlot() {
        if (slots == time.length) {
            int n = slots * 2;
            if (n > SLOT_MASK) throw new IllegalStateException("more than " + SLOT_MASK + " events pending");
            time = Arrays.copyOf(time, n);
            seq = Arrays.copyOf(seq, n);
            kind = Arrays.copyOf(kind, n);
            argA = Arrays.copyOf(argA, n);
            argB = Arrays.copyOf(argB, n);
            live = Arrays.copyOf(live, n);
        }
        return slots++;
    }
}
