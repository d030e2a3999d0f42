package org.infoops.env;

/** Bounds on one agent's reward per step; either may be infinite. */
public record RewardRange(double min, double max) {
    public static final RewardRange UNBOUNDED = new RewardRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public RewardRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("reward range [" + min + ", " + max + "] is not an interval");
        }
    }

    public boolean contains(double reward) {
        return reward >= min && reward <= max;
    }
}
