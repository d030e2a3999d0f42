package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** FIFO memory bins (Diluvsion §3.2): the newest item displaces the oldest once a bin is full. */
class MemoryBinsTest {

    @Test
    void thirtyFirstPushDisplacesTheOldestAndReturnsIt() {
        MemoryBins bins = new MemoryBins(new int[] {30});
        for (int i = 0; i < 30; i++) assertEquals(-1, bins.push(0, 100 + i), "push " + (i + 1) + " into a non-full bin");
        assertEquals(30, bins.size(0));
        assertEquals(100, bins.push(0, 130));
        assertEquals(30, bins.size(0));
        for (int i = 0; i < 30; i++) assertEquals(101 + i, bins.get(0, i), "item " + i + " (oldest first)");
        assertEquals(101, bins.push(0, 131));
        assertEquals(102, bins.get(0, 0));
        assertEquals(131, bins.get(0, 29));
    }

    @Test
    void orderIsOldestToNewestBeforeAndAfterWrapping() {
        MemoryBins bins = new MemoryBins(new int[] {5});
        bins.push(0, 1);
        bins.push(0, 2);
        bins.push(0, 3);
        assertEquals(3, bins.size(0));
        assertEquals(1, bins.get(0, 0));
        assertEquals(3, bins.get(0, 2));
        for (int i = 4; i <= 17; i++) {
            int evicted = bins.push(0, i);
            assertEquals(i <= 5 ? -1 : i - 5, evicted, "push " + i);
            int size = bins.size(0);
            for (int j = 0; j < size; j++) assertEquals(i - size + 1 + j, bins.get(0, j));
        }
    }

    @Test
    void agentsBinsAreIndependentAndDuplicatesAreKept() {
        MemoryBins bins = new MemoryBins(new int[] {3, 120, 2});
        for (int i = 0; i < 200; i++) bins.push(1, i);
        bins.push(0, 7);
        bins.push(0, 7);
        bins.push(2, 9);
        assertEquals(2, bins.size(0));
        assertEquals(7, bins.get(0, 0));
        assertEquals(7, bins.get(0, 1));
        assertEquals(120, bins.size(1));
        assertEquals(120, bins.capacity(1));
        assertEquals(80, bins.get(1, 0));
        assertEquals(199, bins.get(1, 119));
        assertEquals(1, bins.size(2));
        assertEquals(9, bins.get(2, 0));
        assertEquals(-1, bins.push(2, 10));
        assertEquals(9, bins.push(2, 11));
        assertEquals(10, bins.get(2, 0));
    }
}
