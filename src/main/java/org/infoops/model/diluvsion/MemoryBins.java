package org.infoops.model.diluvsion;

/**
 * One kind of FIFO memory bin for every agent (Diluvsion §3.2): seen tweets, own tweets or seen users.
 * The newest item displaces the oldest once an agent's bin is full. All agents' rings live in one flat int
 * array (allocated once per run) so that pushes in the delivery hot loop touch no objects.
 */
final class MemoryBins {
    private final int[] data;
    private final int[] offset;
    private final int[] capacity;
    private final int[] size;
    private final int[] next; // slot the next push writes

    MemoryBins(int[] capacities) {
        int n = capacities.length;
        offset = new int[n];
        capacity = capacities.clone();
        size = new int[n];
        next = new int[n];
        long total = 0;
        for (int a = 0; a < n; a++) {
            offset[a] = (int) total;
            total += capacities[a];
        }
        data = new int[Math.toIntExact(total)];
    }

    /** Pushes an item; returns the item it displaced, or -1 when the bin was not full. */
    int push(int agent, int item) {
        int cap = capacity[agent];
        int slot = offset[agent] + next[agent];
        int evicted = size[agent] == cap ? data[slot] : -1;
        data[slot] = item;
        next[agent] = next[agent] + 1 == cap ? 0 : next[agent] + 1;
        if (size[agent] < cap) size[agent]++;
        return evicted;
    }

    int size(int agent) {
        return size[agent];
    }

    int capacity(int agent) {
        return capacity[agent];
    }

    /** Item i of the agent's bin, 0 = oldest held .. size-1 = newest. */
    int get(int agent, int i) {
        int cap = capacity[agent];
        int start = size[agent] < cap ? 0 : next[agent];
        int slot = start + i;
        if (slot >= cap) slot -= cap;
        return data[offset[agent] + slot];
    }
}
