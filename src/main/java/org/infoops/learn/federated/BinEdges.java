package org.infoops.learn.federated;

import java.util.Arrays;

/**
 * Per-feature histogram bin edges agreed by the server from the clients' quantile sketches. Feature j has
 * {@code edges[j].length + 1} bins; a value's bin is the number of edges at or below it, so bin b < c exactly
 * when the value is below {@code edges[j][c-1]} (the split threshold between bins c-1 and c).
 */
public final class BinEdges {
    /** Whole values 0 .. SMALL_INTEGERS - 1 are binned by table lookup (counts, hours, categories, flags). */
    private static final int SMALL_INTEGERS = 1024;
    private final double[][] edges;
    private final byte[][] binOfInteger; // per feature, the bin of each small whole value (null: more than 256 bins)

    public BinEdges(double[][] edges) {
        this.edges = Arrays.stream(edges).map(double[]::clone).toArray(double[][]::new);
        for (double[] e : this.edges) {
            for (int i = 1; i < e.length; i++) {
                if (!(e[i] > e[i - 1])) throw new IllegalArgumentException("bin edges must increase strictly: " + Arrays.toString(e));
            }
        }
        binOfInteger = new byte[this.edges.length][];
        for (int j = 0; j < this.edges.length; j++) {
            if (this.edges[j].length > 255) continue;
            binOfInteger[j] = new byte[SMALL_INTEGERS];
            for (int k = 0; k < SMALL_INTEGERS; k++) binOfInteger[j][k] = (byte) search(this.edges[j], k);
        }
    }

    /** The edges of every feature (the arrays themselves: do not modify). */
    public double[][] edges() {
        return edges;
    }

    public int features() {
        return edges.length;
    }

    public int bins(int feature) {
        return edges[feature].length + 1;
    }

    /** Where feature j's bins start in a histogram laid out feature after feature. */
    public int[] offsets() {
        int[] off = new int[edges.length + 1];
        for (int j = 0; j < edges.length; j++) off[j + 1] = off[j] + bins(j);
        return off;
    }

    /** The bin of a value: the number of the feature's edges at or below it. */
    public int bin(int feature, double value) {
        int k = (int) value;
        byte[] table = binOfInteger[feature];
        if (k == value && k >= 0 && k < SMALL_INTEGERS && table != null) return table[k] & 0xFF; // the same as searching
        return search(edges[feature], value);
    }

    private static int search(double[] e, double value) {
        int lo = 0;
        int hi = e.length; // first edge > value
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The threshold separating bins below {@code cut} from the rest: left iff value < threshold. */
    public double threshold(int feature, int cut) {
        return edges[feature][cut - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinEdges b && Arrays.deepEquals(b.edges, edges);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(edges);
    }

    @Override
    public String toString() {
        return "BinEdges" + Arrays.deepToString(edges);
    }
}
