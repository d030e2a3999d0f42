package org.infoops.model.cascade;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Interventions applied inside the SEI engine (section "Countermeasure evaluation"):
 * <ul>
 *   <li>blocking (Fig 8A): a blocked user "cannot infect other users" - it may still be infected, but its
 *       followers are never exposed through it;</li>
 *   <li>inoculation (Fig 8B): an inoculated user's probability of passing the post on, i.e. of becoming infected
 *       when exposed, is multiplied by (1 - r) with r drawn once per user from Normal(0.20, 0.02) (the paper's
 *       "20% +/- 2%", taken from the randomized trial it cites).</li>
 * </ul>
 * Immutable once built; arrays are indexed by node.
 */
public final class Countermeasures {
    private final boolean[] blocked;
    private final float[] receptiveness;
    private final boolean any;

    private Countermeasures(boolean[] blocked, float[] receptiveness) {
        this.blocked = blocked;
        this.receptiveness = receptiveness;
        boolean a = false;
        for (int u = 0; u < blocked.length && !a; u++) a = blocked[u] || receptiveness[u] != 1f;
        this.any = a;
    }

    public static Countermeasures none(int nodes) {
        float[] r = new float[nodes];
        Arrays.fill(r, 1f);
        return new Countermeasures(new boolean[nodes], r);
    }

    /** These countermeasures plus blocking {@code users}. */
    public Countermeasures block(int[] users) {
        boolean[] b = blocked.clone();
        for (int u : users) b[u] = true;
        return new Countermeasures(b, receptiveness);
    }

    /**
     * These countermeasures plus inoculating {@code users}: each one's infection probability is multiplied by
     * 1 - r, r ~ Normal(meanReduction, sdReduction) clipped to [0, 1], drawn from {@code rng} in the given order.
     */
    public Countermeasures inoculate(int[] users, double meanReduction, double sdReduction, UniformRandomProvider rng) {
        float[] r = receptiveness.clone();
        var normal = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        for (int u : users) {
            double reduction = Math.max(0, Math.min(1, meanReduction + sdReduction * normal.sample()));
            r[u] *= (float) (1 - reduction);
        }
        return new Countermeasures(blocked, r);
    }

    public boolean isBlocked(int u) {
        return blocked[u];
    }

    /** Multiplier on the probability that u is infected when exposed (1 = not inoculated). */
    public float receptiveness(int u) {
        return receptiveness[u];
    }

    /** True when some user is blocked or inoculated (the engine skips the look-ups otherwise). */
    public boolean any() {
        return any;
    }

    public int nodeCount() {
        return blocked.length;
    }

    public int blockedCount() {
        int c = 0;
        for (boolean b : blocked) if (b) c++;
        return c;
    }
}
