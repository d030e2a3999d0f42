package org.infoops.env.cascade;

import org.infoops.scenario.ScenarioLoader;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.infoops.env.Footprint;
import org.infoops.env.Options;
import org.infoops.env.ScenarioOption;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.CascadeSetup;
import org.infoops.model.cascade.CascadeWorld;
import org.infoops.model.cascade.LayeredCascade;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.scenario.cascade.CascadeScenario;
import org.infoops.scenario.cascade.CascadeBinder;
import org.infoops.scenario.cascade.CascadeWorlds;
import org.infoops.scenario.cascade.TrainedModelCache;
import org.infoops.scenario.ScenarioException;

/**
 * What the moderator environment keeps for its whole life: the cloned network, the seed post's precomputed edge
 * probabilities, and the static rule's spreader ranking from a base simulation (built once per instance).
 */
final class ModeratorWorld {
    /** The paper's inoculation: -20% +/- 2% (section "Inoculation of dominant infection-spreading communities"). */
    static final double REDUCTION = 0.20, REDUCTION_SD = 0.02;

    private final SpreadNetwork net;
    private final int source;
    private final float[] probability;
    private final int[] staticRanking;

    private ModeratorWorld(SpreadNetwork net, int source, float[] probability, int[] staticRanking) {
        this.net = net;
        this.source = source;
        this.probability = probability;
        this.staticRanking = staticRanking;
    }

    static ModeratorWorld load(Options options, int baseTrials) {
        ScenarioOption choice = ScenarioOption.read(options, "scenario", "cascade");
        CascadeBinder.Loaded loaded;
        CascadeWorld world;
        CascadeSetup setup;
        try {
            loaded = new ScenarioLoader().load(choice.reference(), CascadeBinder.Loaded.class);
            options.admit(footprint(loaded.scenario(), baseTrials));
            // a server's sessions share its trained models; an in-process environment keeps its own
            TrainedModelCache trainedModels = options.trainedModels().orElseGet(TrainedModelCache::new);
            world = CascadeWorlds.world(loaded.scenario(), loaded.baseDirectory(), trainedModels);
            setup = CascadeWorlds.setup(loaded.scenario(), world, loaded.baseDirectory(), trainedModels);
        } catch (ScenarioException e) {
            throw choice.loadFailure(options, "scenario", "cascade", e);
        }
        CascadeScenario s = loaded.scenario();
        CascadePost post = new CascadePost(0, world.sourceNode(), s.source().text(), s.source().topic());
        var base = setup.run(post, baseTrials, new RandomStreams(s.seed()).child("moderator-base"), 1);
        int[] ranking = Arrays.stream(base.topSpreaders(Math.min(world.network().nodeCount(), 1001)))
                .filter(u -> u != world.sourceNode()).toArray();
        return new ModeratorWorld(world.network(), world.sourceNode(), setup.seedProbabilities(post), ranking);
    }

    /**
     * Heap and work of the moderator's world. Bytes: about 4 KiB per user of the generated network (users,
     * edges, communities and each edge's probability) and 256 MiB more for the calibrated infection model
     * (embeddings and trees). Work: the base simulation, {@code baseTrials} trials over the network.
     */
    static Footprint footprint(CascadeScenario s, int baseTrials) {
        long users = Math.max(s.network().size(), s.network().synthetic() == null ? 0 : s.network().synthetic().users());
        boolean calibrated = "calibrated".equals(s.infection().model());
        long bytes = Footprint.times(users, 4096) + (calibrated ? 256L << 20 : 0) + (16L << 20);
        return new Footprint(bytes, Footprint.times(baseTrials, s.network().size()), "base_trials", String.valueOf(baseTrials));
    }

    SpreadNetwork network() {
        return net;
    }

    int communities() {
        return net.communityCount();
    }

    LayeredCascade newCascade(UniformRandomProvider rng) {
        return new LayeredCascade(net, probability, source, rng);
    }

    /** The paper's static rule (Fig 8A): the k users who caused the most infections in the base simulation. */
    int[] staticRanking(int k) {
        return Arrays.copyOf(staticRanking, Math.min(k, staticRanking.length));
    }

    /** The current layer's top {@code k} unblocked users by expected spread (ties: smaller index). */
    int[] rankCandidates(LayeredCascade cascade, int k) {
        int[] frontier = cascade.frontier();
        double[] spread = new double[net.nodeCount()];
        for (int u : frontier) spread[u] = cascade.expectedSpread(u);
        return IntStream.of(frontier).filter(u -> !cascade.isBlocked(u)).boxed()
                .sorted((a, b) -> spread[a] != spread[b] ? Double.compare(spread[b], spread[a]) : Integer.compare(a, b))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** Inoculates every not-yet-infected member of {@code community}. */
    void inoculate(LayeredCascade cascade, int community, UniformRandomProvider rng) {
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int u = 0; u < net.nodeCount(); u++) {
            if (net.community(u) == community && !cascade.isInfected(u)) {
                double r = Math.max(0, Math.min(1, REDUCTION + REDUCTION_SD * normal.sample()));
                cascade.scaleReceptiveness(u, 1 - r);
            }
        }
    }

    /** Per community: infected share, inoculated (0/1), share of the current layer. */
    float[] communityFeatures(LayeredCascade cascade, boolean[] inoculated, int[] frontier) {
        int c = communities();
        int[] size = net.communitySizes();
        int[] infected = new int[c], inFrontier = new int[c];
        for (int u = 0; u < net.nodeCount(); u++) if (cascade.isInfected(u)) infected[net.community(u)]++;
        for (int u : frontier) inFrontier[net.community(u)]++;
        float[] f = new float[c * 3];
        for (int i = 0; i < c; i++) {
            f[i * 3] = size[i] == 0 ? 0 : (float) infected[i] / size[i];
            f[i * 3 + 1] = inoculated[i] ? 1 : 0;
            f[i * 3 + 2] = frontier.length == 0 ? 0 : (float) inFrontier[i] / frontier.length;
        }
        return f;
    }
}
