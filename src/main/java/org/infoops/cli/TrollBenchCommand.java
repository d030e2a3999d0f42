package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.util.List;
import java.util.concurrent.Callable;
import org.infoops.learn.BoostingSettings;
import org.infoops.learn.federated.FederatedBoostedTrees;
import org.infoops.learn.federated.FederatedClient;
import org.infoops.learn.federated.FederatedModel;
import org.infoops.model.troll.PostingPolicy;
import org.infoops.model.troll.TrainingData;
import org.infoops.model.troll.TrollParameters;
import org.infoops.model.troll.TrollSociety;
import org.infoops.model.troll.TrollWorld;
import org.infoops.scenario.troll.TrollScenario;
import org.infoops.scenario.troll.TrollBinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Whole-run benchmark of the troll-attack world on one thread: society build time, wall time of a full run
 * (default: 22,000 users over 9 months), events per second and peak heap; optionally the time of one federated
 * boosted-trees round over the influencers' data of the training months. Issue target: under 30 s per run.
 */
@Command(name = "troll", mixinStandardHelpOptions = true,
        description = "Time whole troll-world runs on one thread (events/s, wall time, peak heap) and a federated round.")
public final class TrollBenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "troll/default", description = "Scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--federated-round", description = "Also time one federated boosted-trees round over the training months' data of all influencers.")
    boolean federated;

    @Option(names = "--trees-per-round", defaultValue = "10", description = "Trees the timed federated round grows (default: ${DEFAULT-VALUE}).")
    int treesPerRound;

    @Override
    public Integer call() {
        TrollScenario s = new ScenarioLoader().load(scenario, TrollScenario.class); // a bad scenario: Main reports it, exit 2
        TrollParameters p = s.parameters();
        long seed = s.runSeed(0);
        System.out.printf("scenario %s: %,d background users + %,d influencers, %d + %d days; %d warm-up + %d measured runs; %d cores, max heap %s%n",
                s.name(), p.world().backgroundUsers(), p.world().influencers(), p.world().trainingDays(), p.world().evaluationDays(),
                warmup, runs, Runtime.getRuntime().availableProcessors(), HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
        HeapPeaks.reset();
        long g0 = System.nanoTime();
        TrollSociety society = TrollSociety.build(p, seed);
        System.out.printf("society built in %.2f s%n", (System.nanoTime() - g0) / 1e9);
        for (int w = 0; w < warmup; w++) new TrollWorld(p, society, seed, false).run(PostingPolicy.NONE);
        double[] seconds = new double[runs];
        TrollWorld last = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            last = new TrollWorld(p, society, seed, false);
            last.run(PostingPolicy.NONE);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            System.out.printf("run %d: %.3f s, %,d events, %,d posts%n", r, seconds[r], last.events(), last.posts().size());
        }
        double median = RunSpread.print("wall time", seconds);
        System.out.printf("events/s: %,.0f (median run)%n", last.events() / median);
        System.out.printf("peak heap (sum of heap pool peaks): %s%n", HeapPeaks.mib(HeapPeaks.peak()));
        if (federated) {
            List<FederatedClient> clients = TrainingData.clients(last, 0, p.world().trainingMinutes());
            long rows = clients.stream().mapToLong(FederatedClient::size).sum();
            FederatedBoostedTrees fbt = new FederatedBoostedTrees(BoostingSettings.defaults(), treesPerRound);
            long t0 = System.nanoTime();
            FederatedModel m = fbt.round(null, clients, seed);
            System.out.printf("federated boosted-trees round (%d trees) over %d influencers (%,d client rows): %.2f s%n",
                    treesPerRound, clients.size(), rows, (System.nanoTime() - t0) / 1e9);
            if (m == null) return 1;
        }
        return 0;
    }
}
