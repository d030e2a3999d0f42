package org.infoops.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    @Test
    void timeOrderWithTiesByInsertion() {
        EventQueue q = new EventQueue();
        q.schedule(10, 1, 0, 0);
        q.schedule(5, 2, 0, 0);
        q.schedule(10, 3, 0, 0);
        q.schedule(5, 4, 0, 0);
        List<Integer> kinds = new ArrayList<>();
        while (q.next()) kinds.add(q.kind());
        assertEquals(List.of(2, 4, 1, 3), kinds);
        assertEquals(10, q.time());
    }

    @Test
    void cancelSkipsAndStaleHandlesAreRefused() {
        EventQueue q = new EventQueue();
        long h1 = q.schedule(1, 1, 7, 8);
        long h2 = q.schedule(2, 2, 0, 0);
        assertTrue(q.cancel(h2));
        assertFalse(q.cancel(h2));
        assertEquals(1, q.size());
        assertTrue(q.next());
        assertEquals(7, q.a());
        assertEquals(8, q.b());
        assertFalse(q.cancel(h1), "the running event cannot be cancelled");
        long h3 = q.schedule(3, 3, 0, 0); // may reuse a slot
        assertFalse(q.cancel(h2), "a stale handle must not hit the event that reused its slot");
        assertTrue(q.isPending(h3));
        assertTrue(q.next());
        assertEquals(3, q.kind());
        assertFalse(q.next());
    }

    @Test
    void rescheduleMovesTheEvent() {
        EventQueue q = new EventQueue();
        long h = q.schedule(100, 9, 1, 2);
        q.schedule(50, 1, 0, 0);
        long moved = q.reschedule(h, 20);
        assertFalse(q.isPending(h));
        assertTrue(q.isPending(moved));
        assertTrue(q.next());
        assertEquals(9, q.kind());
        assertEquals(20, q.time());
        assertEquals(-1, q.reschedule(h, 30));
    }

    @Test
    void refusesThePast() {
        EventQueue q = new EventQueue();
        q.schedule(10, 1, 0, 0);
        q.next();
        assertThrows(IllegalArgumentException.class, () -> q.schedule(9, 1, 0, 0));
    }

    /** Property: against a sorted reference, with random cancels and events scheduled while running. */
    @Test
    void matchesAStableSortReference() {
        SplittableRandom r = new SplittableRandom(42);
        EventQueue q = new EventQueue();
        List<long[]> ref = new ArrayList<>(); // time, id
        List<Long> handles = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            long t = r.nextInt(1000);
            handles.add(q.schedule(t, 0, i, 0));
            ref.add(new long[] {t, i});
        }
        java.util.Set<Integer> cancelled = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            int id = r.nextInt(5000);
            if (q.cancel(handles.get(id))) cancelled.add(id);
        }
        ref.removeIf(e -> cancelled.contains((int) e[1]));
        ref.sort((x, y) -> Long.compare(x[0], y[0])); // stable: ties stay in insertion order
        int k = 0;
        while (q.next()) {
            assertEquals(ref.get(k)[1], q.a(), "event " + k);
            assertEquals(ref.get(k)[0], q.time());
            k++;
        }
        assertEquals(ref.size(), k);
        assertEquals(0, q.size());
    }
}
