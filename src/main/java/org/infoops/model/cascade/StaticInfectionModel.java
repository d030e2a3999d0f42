package org.infoops.model.cascade;

/**
 * The paper's static-probability baseline (section "Results", Fig 7A): every exposure infects with the same
 * probability, "a fixed infection rate equal to the average reshare rate of all posts within N_A",
 * whatever the post, its author or the follower.
 */
public final class StaticInfectionModel implements InfectionModel {
    private final double rate;

    public StaticInfectionModel(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("static infection rate must be in [0, 1], was " + rate);
        }
        this.rate = rate;
    }

    public double rate() {
        return rate;
    }

    @Override
    public double probability(CascadePost post, int edge) {
        return rate;
    }

    @Override
    public float[] forPost(CascadePost post, SpreadNetwork net) {
        float[] p = new float[net.edgeCount()];
        java.util.Arrays.fill(p, (float) rate);
        return p;
    }

    @Override
    public String toString() {
        return "static(" + rate + ")";
    }
}
