package org.infoops.model.cascade;

import it.unimi.dsi.fastutil.longs.LongHeapPriorityQueue;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One SEI trial, exactly the paper's pseudocode (section "SEI Model"):
 * <ol>
 *   <li>the source author u_S is exposed at time 0 with Orig(T_S) = u_S;</li>
 *   <li>while users are exposed: the one with the lowest infection time t_i becomes infective; each susceptible
 *       follower u_j draws x ~ U(0,1) and is exposed when x < IP = IM(u_j, Orig(T_i), T_i) (edge probability);
 *       an exposed follower gets t_j = t_i + Delta, Delta ~ Exponential(1), and with probability QM(u_j) quotes
 *       (a new strain T_j from the {@link Mutation} hook, Orig(T_j) = u_j), otherwise passes T_i on.</li>
 * </ol>
 * A follower that is not infected by one exposure stays susceptible and can be exposed again by another
 * infective (multiple exposures). The seed post's edge probabilities are precomputed once (as the paper does
 * without mutation); quote strains are evaluated per edge when used, since they cannot be known in advance.
 *
 * <p>The engine is immutable and shared by threads; each thread owns a {@link TrialState} reused across trials.
 */
public final class CascadeEngine {
    private final SpreadNetwork net;
    private final int[] offsets, targets;
    private final CascadePost seed;
    private final float[] seedProbability;
    private final InfectionModel model;
    private final float[] quoteProbability; // QM(u); null when nobody quotes
    private final Mutation mutation;
    private final Countermeasures countermeasures;
    private final int maxLayers;

    /**
     * @param seedProbability  IM for the seed post on every edge (from {@link InfectionModel#forPost})
     * @param quoteProbability QM(u) per node, or null for a cascade without quotes
     * @param maxLayers        infective users at this layer do not expose anyone (Fig 6 truncates after layer 1);
     *                         Integer.MAX_VALUE for full cascades
     */
    public CascadeEngine(SpreadNetwork net, CascadePost seed, float[] seedProbability, InfectionModel model,
                         float[] quoteProbability, Mutation mutation, Countermeasures countermeasures, int maxLayers) {
        if (seedProbability.length != net.edgeCount()) {
            throw new IllegalArgumentException("need " + net.edgeCount() + " edge probabilities, got " + seedProbability.length);
        }
        if (quoteProbability != null && quoteProbability.length != net.nodeCount()) {
            throw new IllegalArgumentException("need " + net.nodeCount() + " quote probabilities, got " + quoteProbability.length);
        }
        if (countermeasures.nodeCount() != net.nodeCount()) {
            throw new IllegalArgumentException("countermeasures are for " + countermeasures.nodeCount() + " nodes, network has " + net.nodeCount());
        }
        if (maxLayers < 0) {
            throw new IllegalArgumentException("max layers must be >= 0, was " + maxLayers);
        }
        this.net = net;
        this.offsets = net.offsetsArray();
        this.targets = net.targetsArray();
        this.seed = seed;
        this.seedProbability = seedProbability;
        this.model = model;
        this.quoteProbability = quoteProbability;
        this.mutation = mutation;
        this.countermeasures = countermeasures;
        this.maxLayers = maxLayers;
    }

    public SpreadNetwork network() {
        return net;
    }

    public CascadePost seed() {
        return seed;
    }

    /** Per-thread scratch state; after {@link #run} it holds the trial's infected users in infection order. */
    public static final class TrialState {
        private final int[] stamp;      // stamp[u] == epoch: u is exposed or infective in this trial
        private final double[] time;
        final int[] layer, infector, strain;
        final int[] order;              // infective users in the order they became infective; [0] is the source
        int infected;
        private int epoch;
        // fastutil's primitive heap of (float time bits << 32 | node): no boxing, reused across trials; the float
        // key only orders the heap, times themselves stay doubles. Ties go to the smaller node index.
        private final LongHeapPriorityQueue heap = new LongHeapPriorityQueue(1024);
        private final List<CascadePost> strains = new ArrayList<>();

        TrialState(int n) {
            stamp = new int[n];
            time = new double[n];
            layer = new int[n];
            infector = new int[n];
            strain = new int[n];
            order = new int[n];
        }

        /** Users infected in this trial, the source included, in infection order (entries 0..infected()-1). */
        public int user(int i) {
            return order[i];
        }

        public int infected() {
            return infected;
        }

        public int layer(int user) {
            return layer[user];
        }

        /** Who exposed {@code user} (-1 for the source). */
        public int infector(int user) {
            return infector[user];
        }

        public double time(int user) {
            return time[user];
        }

        /** The post {@code user} passed on: the seed post or a quote. */
        public CascadePost post(int user) {
            return strains.get(strain[user]);
        }
    }

    public TrialState newState() {
        return new TrialState(net.nodeCount());
    }

    /** Runs one trial with {@code rng}; the result is left in {@code s}. */
    public void run(TrialState s, UniformRandomProvider rng) {
        if (++s.epoch == Integer.MAX_VALUE) { // never in practice; keeps stamps valid after 2^31 trials
            java.util.Arrays.fill(s.stamp, 0);
            s.epoch = 1;
        }
        final int epoch = s.epoch;
        final int[] stamp = s.stamp;
        final double[] time = s.time;
        final LongHeapPriorityQueue heap = s.heap;
        final boolean intervened = countermeasures.any();
        final ZigguratSampler.Exponential delay = ZigguratSampler.Exponential.of(rng);
        heap.clear();
        s.strains.clear();
        s.strains.add(seed);
        s.infected = 0;

        int source = seed.author();
        stamp[source] = epoch;
        time[source] = 0;
        s.layer[source] = 0;
        s.infector[source] = -1;
        s.strain[source] = 0;
        heap.enqueue(key(0.0, source));

        while (!heap.isEmpty()) {
            int u = (int) heap.dequeueLong();
            s.order[s.infected++] = u;
            if (s.layer[u] >= maxLayers || (intervened && countermeasures.isBlocked(u))) {
                continue;
            }
            int strain = s.strain[u];
            CascadePost post = s.strains.get(strain);
            double tu = time[u];
            int childLayer = s.layer[u] + 1;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                int v = targets[e];
                if (stamp[v] == epoch) {
                    continue; // already exposed or infective
                }
                double ip = strain == 0 ? seedProbability[e] : model.probability(post, e);
                if (intervened) {
                    ip *= countermeasures.receptiveness(v);
                }
                if (rng.nextDouble() >= ip) {
                    continue; // not infected by this exposure; v stays susceptible
                }
                stamp[v] = epoch;
                double tv = tu + delay.sample();
                time[v] = tv;
                s.layer[v] = childLayer;
                s.infector[v] = u;
                s.strain[v] = strain;
                if (quoteProbability != null && rng.nextDouble() < quoteProbability[v]) {
                    CascadePost quote = mutation.quote(post, v, rng);
                    s.strain[v] = s.strains.size();
                    s.strains.add(quote);
                }
                heap.enqueue(key(tv, v));
            }
        }
    }

    /** Heap key: non-negative float bits order like the floats themselves. */
    private static long key(double t, int node) {
        return ((long) Float.floatToIntBits((float) t) << 32) | node;
    }
}
