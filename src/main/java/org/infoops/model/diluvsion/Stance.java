package org.infoops.model.diluvsion;

/** The three discrete stances, poles at distance 1 from the neutral midpoint (Diluvsion §3.1). */
public enum Stance {
    NEGATIVE(-1), NEUTRAL(0), POSITIVE(1);

    public static final Stance[] ALL = values();
    private final int position;

    Stance(int position) {
        this.position = position;
    }

    /** Position on the stance axis: -1, 0, +1. */
    public int position() {
        return position;
    }

    /** |Δs| between two stance indices (0, 1 or 2). */
    public static int distance(int a, int b) {
        return Math.abs(a - b);
    }

    public String label() {
        return name().toLowerCase();
    }
}
