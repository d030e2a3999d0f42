package org.infoops.cli;

import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Example;
import org.infoops.learn.FederatedTraining;
import org.infoops.learn.FederatedSettings;
import org.infoops.learn.LogisticSettings;
import org.infoops.learn.RocAuc;
import org.infoops.learn.SyntheticAttackTable;
import org.infoops.learn.federated.FederatedAlgorithm;
import org.infoops.learn.federated.FederatedClient;
import org.infoops.learn.federated.FederatedModel;
import org.infoops.learn.federated.Transcript;
import org.infoops.kernel.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench federated}: wall time of federated rounds with many influencers (FedAvg of the logistic model
 * and federated histogram boosting), the numbers each round sends from clients to the server, and the AUC of
 * the trained model on held-out rows (CPU seconds beside wall seconds: the machine is shared).
 * Data: the synthetic per-influencer table (a few hundred posts each,
 * ~15 features), since the timing depends on the table's shape, not on where it came from.
 */
@Command(name = "federated", mixinStandardHelpOptions = true,
        description = "Time federated rounds (FedAvg logistic, federated boosted trees) over many influencers; print AUC.")
public final class FederatedBenchCommand implements Callable<Integer> {
    @Option(names = "--clients", defaultValue = "100", description = "Influencers taking part (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--rows", defaultValue = "300", description = "Posts per influencer (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--features", defaultValue = "15", description = "Feature columns (default: ${DEFAULT-VALUE}).")
    int features;

    @Option(names = "--held-out", defaultValue = "10000", description = "Held-out rows for the AUC (default: ${DEFAULT-VALUE}).")
    int heldOut;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured trainings first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (clients < 1 || rows < 1 || features < 5 || heldOut < 2) {
            return Usage.error("--clients " + clients + ", --rows " + rows + ", --features " + features + ", --held-out "
                    + heldOut + "; allowed: clients and rows >= 1, features >= 5, held-out >= 2");
        }
        SyntheticAttackTable table = new SyntheticAttackTable(features);
        List<List<Example>> data = table.clients(clients, rows, seed);
        List<Example> test = table.heldOut(heldOut, seed + 1);
        FederatedSettings fs = FederatedSettings.defaults();
        FederatedTraining cmp = new FederatedTraining(table.schema(), LogisticSettings.defaults(), BoostingSettings.defaults(), fs);
        System.out.printf(Locale.ROOT, "bench federated: %d clients x %d rows x %d features, one thread, %d cores (shared), max heap %d MiB%n",
                clients, rows, features, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-36s %6s %9s %14s %14s %14s %8s%n", "method", "rounds", "first s", "later s/round",
                "cpu s/round", "numbers/round", "AUC");
        measure("FedAvg logistic (E=" + fs.localEpochs() + ")", cmp.fedAvg(), fs.fedAvgRounds(), table, data, test);
        measure("fed. boosted trees (" + fs.treesPerRound() + " trees/round)", cmp.fedBoost(), cmp.fedBoost().roundsForAllTrees(), table, data, test);
        return 0;
    }

    private void measure(String name, FederatedAlgorithm algorithm, int rounds, SyntheticAttackTable table,
                         List<List<Example>> data, List<Example> test) {
        for (int w = 0; w < warmup; w++) algorithm.train(FederatedTraining.clients(table.schema(), data), rounds, seed);
        List<FederatedClient> cs = FederatedTraining.clients(table.schema(), data);
        Transcript transcript = new Transcript();
        cs.forEach(c -> c.recordTo(transcript));
        FederatedModel m = null;
        double first = 0;
        double later = 0;
        double laterCpu = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long numbersLater = 0;
        for (int r = 0; r < rounds; r++) {
            transcript.clear();
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            m = algorithm.round(m, cs, new RandomStreams(seed).derive("federated-round", r));
            double s = (System.nanoTime() - t0) / 1e9;
            double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            if (r == 0) {
                first = s;
            } else {
                later += s;
                laterCpu += c;
                numbersLater += transcript.numbersSent();
            }
        }
        int n = Math.max(1, rounds - 1);
        System.out.printf(Locale.ROOT, "%-36s %6d %9.3f %14.3f %14.3f %14d %8.4f%n", name, rounds, first,
                rounds > 1 ? later / n : Double.NaN, rounds > 1 ? laterCpu / n : Double.NaN, rounds > 1 ? numbersLater / n : 0,
                RocAuc.of(m, test));
    }
}
