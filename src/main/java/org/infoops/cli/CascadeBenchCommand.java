package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.CascadeResult;
import org.infoops.model.cascade.CascadeSetup;
import org.infoops.model.cascade.CascadeWorld;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.StaticInfectionModel;
import org.infoops.model.cascade.SyntheticRetweets;
import org.infoops.model.cascade.TopicAffinityInfectionModel;
import org.infoops.scenario.cascade.CascadeScenario;
import org.infoops.scenario.cascade.CascadeBinder;
import org.infoops.scenario.cascade.CascadeWorlds;
import org.infoops.scenario.cascade.TrainedModelCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The cascade benchmark: (1) 1,000 trials of one seed post on the 10,000-user clone with precomputed
 * probabilities (the paper's Julia: ~20 s without mutation; target < 1 s on 2 cores); (2) a 1,000,000-user synthetic
 * network: time to build it and its probabilities, trials per second, peak heap.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true,
        description = "Time SEI cascade trials: 10,000-user clone (1,000 trials) and a 1,000,000-user synthetic network.")
public final class CascadeBenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "cascade/static", description = "Scenario for the clone (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--trials", defaultValue = "1000", description = "Trials per measurement (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--repeats", defaultValue = "5", description = "Measured repeats after 2 warm-ups; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--large-users", defaultValue = "1000000", description = "Users of the large synthetic network; 0 skips it (default: ${DEFAULT-VALUE}).")
    int largeUsers;

    @Option(names = "--large-trials", defaultValue = "200", description = "Trials on the large network (default: ${DEFAULT-VALUE}).")
    int largeTrials;

    @Option(names = "--large-rate", defaultValue = "0.05", description = "Static infection rate on the large network (default: ${DEFAULT-VALUE}).")
    double largeRate;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        System.out.printf("%d cores available, %d threads, max heap %s%n", Runtime.getRuntime().availableProcessors(), n,
                HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
        var loaded = new ScenarioLoader().load(scenario, CascadeBinder.Loaded.class);
        CascadeScenario s = loaded.scenario();
        long t0 = System.nanoTime();
        TrainedModelCache trainedModels = new TrainedModelCache();
        CascadeWorld world = CascadeWorlds.world(s, loaded.baseDirectory(), trainedModels);
        CascadeSetup setup = CascadeWorlds.setup(s, world, loaded.baseDirectory(), trainedModels);
        double build = seconds(t0);
        SpreadNetwork net = world.network();
        CascadePost post = new CascadePost(0, world.sourceNode(), s.source().text(), s.source().topic());
        long t1 = System.nanoTime();
        setup.seedProbabilities(post);
        double probs = seconds(t1);
        System.out.printf("clone (%s, infection %s): %,d users, %,d edges, %d communities; built (base world, snowball, Leiden) in %.2f s; probabilities %.3f s%n",
                s.name(), s.infection().model(), net.nodeCount(), net.edgeCount(), net.communityCount(), build, probs);
        double[] t = time(setup, post, trials, n);
        CascadeResult r = setup.run(post, trials, new RandomStreams(s.seed()), n);
        System.out.printf("clone: %,d trials in %.3f s (median of %d; min %.3f s), mean %.1f infections/trial -> %,.0f trials/s [paper's Julia: ~20 s; target < 1 s]%n",
                trials, t[t.length / 2], repeats, t[0], r.meanInfections(), trials / t[t.length / 2]);
        if (largeUsers > 0) large(n);
        return 0;
    }

    private void large(int n) {
        HeapPeaks.reset();
        long t0 = System.nanoTime();
        SyntheticRetweets.Base base = new SyntheticRetweets(largeUsers, 50, 3, 2.2, 5000, 0.08, 1.0)
                .generate(new RandomStreams(1).stream("synthetic-retweets"));
        double gen = seconds(t0);
        long t1 = System.nanoTime();
        SpreadNetwork net = base.network();
        double csr = seconds(t1);
        int source = 0;
        for (int u = 1; u < net.nodeCount(); u++) if (net.followerCount(u) > net.followerCount(source)) source = u;
        CascadePost post = new CascadePost(0, source, "post", 0);
        long t2 = System.nanoTime();
        CascadeSetup staticSetup = CascadeSetup.of(net, new StaticInfectionModel(largeRate));
        staticSetup.seedProbabilities(post);
        double staticProbs = seconds(t2);
        long t3 = System.nanoTime();
        CascadeSetup topicSetup = CascadeSetup.of(net, new TopicAffinityInfectionModel(net, largeRate, 1, 0.8, new RandomStreams(2).stream("a")));
        topicSetup.seedProbabilities(post);
        double topicProbs = seconds(t3);
        System.out.printf("large: %,d users, %,d edges, %d planted communities; retweets generated in %.2f s, CSR built in %.2f s; "
                        + "probabilities for %,d edges: static %.3f s, topic-affinity (per-edge function) %.3f s%n",
                net.nodeCount(), net.edgeCount(), net.communityCount(), gen, csr, net.edgeCount(), staticProbs, topicProbs);
        double[] t = time(staticSetup, post, largeTrials, n);
        CascadeResult r = staticSetup.run(post, largeTrials, new RandomStreams(3), n);
        System.out.printf("large: %,d trials in %.2f s (median of %d), mean %,.0f infections/trial -> %,.1f trials/s, %,.0f infections/s%n",
                largeTrials, t[t.length / 2], repeats, r.meanInfections(), largeTrials / t[t.length / 2],
                r.meanInfections() * largeTrials / t[t.length / 2]);
        System.out.printf("large: peak heap (sum of heap pool peaks) %s%n", HeapPeaks.mib(HeapPeaks.peak()));
    }

    private double[] time(CascadeSetup setup, CascadePost post, int trials, int threads) {
        for (int w = 0; w < 2; w++) setup.run(post, trials, new RandomStreams(100 + w), threads);
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long s = System.nanoTime();
            setup.run(post, trials, new RandomStreams(200 + i), threads);
            t[i] = seconds(s);
        }
        Arrays.sort(t);
        return t;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
