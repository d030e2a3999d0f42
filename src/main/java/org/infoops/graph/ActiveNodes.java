package org.infoops.graph;

/**
 * The nodes that still have a remaining (reciprocal or in-) degree, as an indexable set: O(1) membership,
 * O(1) removal (swap with the last), and O(1) access by position, so a uniformly random member is one
 * {@code nextInt(size())}. Order inside carries no meaning.
 */
final class ActiveNodes {
    private final int[] members;
    private final int[] position; // position[v] = index in members, or -1
    private int size;

    /** The nodes v with {@code degree[v] != 0}. */
    ActiveNodes(int[] degree) {
        members = new int[degree.length];
        position = new int[degree.length];
        for (int v = 0; v < degree.length; v++) {
            if (degree[v] != 0) {
                position[v] = size;
                members[size++] = v;
            } else {
                position[v] = -1;
            }
        }
    }

    int size() {
        return size;
    }

    int get(int index) {
        return members[index];
    }

    boolean contains(int v) {
        return position[v] >= 0;
    }

    void remove(int v) {
        int i = position[v];
        if (i < 0) return;
        int last = members[--size];
        members[i] = last;
        position[last] = i;
        position[v] = -1;
    }
}
