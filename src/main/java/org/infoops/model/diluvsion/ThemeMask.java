package org.infoops.model.diluvsion;

/**
 * A set of themes as a bit mask (bit t-1 = theme Tt). Twelve themes fit an int, and Jaccard compatibility is
 * two bit-counts, which keeps the per-candidate scoring in the hot loop allocation-free.
 */
final class ThemeMask {
    private ThemeMask() {}

    static int of(int theme0) {
        return 1 << theme0;
    }

    static boolean has(int mask, int theme0) {
        return (mask & (1 << theme0)) != 0;
    }

    static int size(int mask) {
        return Integer.bitCount(mask);
    }

    /** RATIO[i * 33 + u] = i / u, the same double the division gives: the hot loops look it up instead of dividing. */
    private static final double[] RATIO = new double[33 * 33];
    static {
        for (int u = 1; u <= 32; u++) {
            for (int i = 0; i <= u; i++) RATIO[i * 33 + u] = (double) i / u;
        }
    }

    /** c_t = |T_a ∩ T_x| / |T_a ∪ T_x| (Diluvsion §3.8.2); 0 when both are empty. */
    static double jaccard(int a, int b) {
        return RATIO[Integer.bitCount(a & b) * 33 + Integer.bitCount(a | b)];
    }

    static String format(int mask) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < 32; t++) {
            if (has(mask, t)) sb.append(sb.length() == 0 ? "" : "|").append('T').append(t + 1);
        }
        return sb.toString();
    }
}
