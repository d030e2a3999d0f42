package org.infoops.model.diluvsion;

/**
 * One kind of FIFO memory bin for every agent (Diluvsion §3.2): seen tweets or own tweets. The newest item
 * displaces the oldest once an agent's bin is full. All agents' rings live in one flat int array (allocated once
 * per run), and each agent's bookkeeping (offset, capacity, next slot, size) sits in four adjacent ints: a push
 * to a random follower then costs two cache lines, which is what makes delivery at 100,000 agents affordable.
 */
final class MemoryBins {
    private static final int OFFSET = 0, CAPACITY = 1, NEXT = 2, SIZE = 3;
    private final int[] data;
    private final int[] meta;

    MemoryBins(int[] capacities) {
        int n = capacities.length;
        meta = new int[n * 4];
        long total = 0;
        for (int a = 0; a < n; a++) {
            meta[a * 4 + OFFSET] = (int) total;
            meta[a * 4 + CAPACITY] = capacities[a];
            total += capacities[a];
        }
        data = new int[Math.toIntExact(total)];
    }

    /** Pushes an item; returns the item it displaced, or -1 when the bin was not full. */
    int push(int agent, int item) {
        int m = agent << 2;
        int cap = meta[m + CAPACITY];
        int next = meta[m + NEXT];
        int size = meta[m + SIZE];
        int slot = meta[m + OFFSET] + next;
        int evicted = size == cap ? data[slot] : -1;
        data[slot] = item;
        meta[m + NEXT] = next + 1 == cap ? 0 : next + 1;
        if (size < cap) meta[m + SIZE] = size + 1;
        return evicted;
    }

    int size(int agent) {
        return meta[(agent << 2) + SIZE];
    }

    int capacity(int agent) {
        return meta[(agent << 2) + CAPACITY];
    }

    /** Item i of the agent's bin, 0 = oldest held .. size-1 = newest. */
    int get(int agent, int i) {
        int m = agent << 2;
        int cap = meta[m + CAPACITY];
        int start = meta[m + SIZE] < cap ? 0 : meta[m + NEXT];
        int slot = start + i;
        if (slot >= cap) slot -= cap;
        return data[meta[m + OFFSET] + slot];
    }
}
