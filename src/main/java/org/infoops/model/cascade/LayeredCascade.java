package org.infoops.model.cascade;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The SEI cascade advanced one infection layer at a time, so a moderator can act between layers (the
 * {@code cascade/moderator-v0} environment). Within a layer, infective users expose their susceptible followers
 * in order of their own exposure times, with the paper's Bernoulli draw and Exponential(1) delay; a follower not
 * infected stays susceptible for later exposures. Unlike {@link CascadeEngine}'s single global time order, a user
 * of layer L+1 never spreads before every user of layer L has: that only changes which of several infectives
 * claims a shared follower first. Seed-post probabilities only (no quote strains).
 */
public final class LayeredCascade {
    private final SpreadNetwork net;
    private final float[] probability;
    private final boolean[] blocked;
    private final float[] receptiveness;
    private final boolean[] infected;
    private final double[] time;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.Exponential delay;
    private int[] frontier;
    private int layer;
    private int total;

    public LayeredCascade(SpreadNetwork net, float[] probability, int source, UniformRandomProvider rng) {
        this.net = net;
        this.probability = probability;
        this.blocked = new boolean[net.nodeCount()];
        this.receptiveness = new float[net.nodeCount()];
        Arrays.fill(receptiveness, 1f);
        this.infected = new boolean[net.nodeCount()];
        this.time = new double[net.nodeCount()];
        this.rng = rng;
        this.delay = ZigguratSampler.Exponential.of(rng);
        infected[source] = true;
        frontier = new int[] {source};
    }

    /** The users of the current layer: infected, not yet spread. */
    public int[] frontier() {
        return frontier.clone();
    }

    public int layer() {
        return layer;
    }

    /** Users infected so far, the source excluded. */
    public int totalInfected() {
        return total;
    }

    public boolean isInfected(int u) {
        return infected[u];
    }

    public boolean isBlocked(int u) {
        return blocked[u];
    }

    public void block(int u) {
        blocked[u] = true;
    }

    public void scaleReceptiveness(int u, double factor) {
        receptiveness[u] *= (float) factor;
    }

    public float receptiveness(int u) {
        return receptiveness[u];
    }

    /** Expected number of users u would infect now: the sum of its edge probabilities to susceptible followers. */
    public double expectedSpread(int u) {
        if (blocked[u]) return 0;
        double s = 0;
        for (int e = net.firstEdge(u); e < net.endEdge(u); e++) {
            int v = net.target(e);
            if (!infected[v]) s += probability[e] * receptiveness[v];
        }
        return s;
    }

    public int susceptibleFollowers(int u) {
        int c = 0;
        for (int e = net.firstEdge(u); e < net.endEdge(u); e++) if (!infected[net.target(e)]) c++;
        return c;
    }

    public boolean finished() {
        return frontier.length == 0;
    }

    /** Spreads the current layer; returns the number of newly infected users (the next layer). */
    public int advance() {
        Integer[] order = Arrays.stream(frontier).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> time[a] != time[b] ? Double.compare(time[a], time[b]) : Integer.compare(a, b));
        int[] next = new int[16];
        int n = 0;
        for (int u : order) {
            if (blocked[u]) continue;
            for (int e = net.firstEdge(u); e < net.endEdge(u); e++) {
                int v = net.target(e);
                if (infected[v]) continue;
                if (rng.nextDouble() >= probability[e] * receptiveness[v]) continue;
                infected[v] = true;
                time[v] = time[u] + delay.sample();
                if (n == next.length) next = Arrays.copyOf(next, n * 2);
                next[n++] = v;
            }
        }
        frontier = Arrays.copyOf(next, n);
        layer++;
        total += n;
        return n;
    }
}
