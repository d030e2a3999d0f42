package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shared graph cache and the frozen, copy-on-write graphs it hands out. */
class GraphCacheTest {
    static final GraphSettings COVID = new GraphSettings("schweimer", "Covid", 3, null);

    @Test
    void aCachedGraphIsTheFactorysGraphFrozenAndBuiltOnce() {
        GraphCache cache = new GraphCache(Long.MAX_VALUE);
        FollowerGraph first = cache.get(COVID, 300, 1);
        assertTrue(first.isFrozen());
        GraphIOTest.assertSameGraph(GraphFactory.build(COVID, 300, 1), first);
        assertSame(first, cache.get(COVID, 300, 1));
        assertNotSame(first, cache.get(COVID, 300, 2));
        assertNotSame(first, cache.get(new GraphSettings("schweimer", "Covid", 4, null), 300, 1));
        assertEquals(3, cache.builds());
        assertEquals(1, cache.hits());
    }

    @Test
    void aFrozenGraphRefusesChangesAndItsCopiesChangeAlone() {
        FollowerGraph frozen = GraphFactory.build(COVID, 200, 0).freeze();
        FollowerGraph reference = GraphFactory.build(COVID, 200, 0);
        assertThrows(IllegalStateException.class, () -> frozen.follow(0, 1));
        assertThrows(IllegalStateException.class, () -> frozen.unfollow(0, 1));
        FollowerGraph a = frozen.copy();
        FollowerGraph b = frozen.withExtraNodes(3);
        // Change the copies the way a run does: unfollow existing edges, follow new ones (swap-removes included).
        FollowerGraph expected = reference.copy();
        for (int u = 0; u < 200; u += 7) {
            if (a.followeeCount(u) > 0) {
                int v = a.followeesArray(u)[0];
                assertTrue(a.unfollow(u, v));
                assertTrue(expected.unfollow(u, v));
            }
            int w = (u * 31 + 5) % 200;
            assertEquals(expected.follow(u, w), a.follow(u, w));
        }
        assertTrue(b.follow(201, 4));
        GraphIOTest.assertSameGraph(expected, a);
        GraphIOTest.assertSameGraph(reference, frozen); // the shared original is untouched
        assertEquals(203, b.size());
        assertEquals(reference.edgeCount() + 1, b.edgeCount());
        assertEquals(reference.followerCount(4) + 1, b.followerCount(4));
        assertEquals(reference.followerCount(4), frozen.followerCount(4));
    }

    @Test
    void leastRecentlyUsedGraphsGoPastTheByteBound() {
        long oneGraph = GraphFactory.build(COVID, 300, 0).freeze().memoryBytes();
        GraphCache cache = new GraphCache(oneGraph * 5 / 2); // room for two graphs of about this size
        FollowerGraph g0 = cache.get(COVID, 300, 0);
        cache.get(COVID, 300, 1);
        assertSame(g0, cache.get(COVID, 300, 0)); // 0 is now the most recently used
        cache.get(COVID, 300, 2); // evicts 1
        assertEquals(2, cache.size());
        assertTrue(cache.bytes() <= cache.capacityBytes(), cache.bytes() + " > " + cache.capacityBytes());
        assertSame(g0, cache.get(COVID, 300, 0));
        long builds = cache.builds();
        cache.get(COVID, 300, 1);
        assertEquals(builds + 1, cache.builds(), "graph 1 was evicted and is rebuilt");
    }

    @Test
    void aGraphLargerThanTheBoundIsReturnedButNotKept() {
        GraphCache cache = new GraphCache(1);
        FollowerGraph g = cache.get(COVID, 100, 0);
        assertEquals(100, g.size());
        assertEquals(0, cache.size());
        assertEquals(0, cache.bytes());
    }

    @Test
    void concurrentUsersOfOneGraphShareOneBuild() throws Exception {
        GraphCache cache = new GraphCache(Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FollowerGraph>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) got.add(pool.submit(() -> cache.get(COVID, 2000, 0)));
            FollowerGraph first = got.get(0).get();
            for (Future<FollowerGraph> f : got) assertSame(first, f.get());
            assertEquals(1, cache.builds());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedBuildIsReportedToEveryCallerAndNotCached() {
        GraphCache cache = new GraphCache(Long.MAX_VALUE);
        GraphSettings bad = new GraphSettings("erdos", null, 1, null);
        assertThrows(IllegalArgumentException.class, () -> cache.get(bad, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> cache.get(bad, 10, 0));
        assertEquals(0, cache.size());
        assertFalse(cache.get(COVID, 10, 0).edgeCount() < 0);
        assertThrows(IllegalArgumentException.class, () -> new GraphCache(0));
    }
}
