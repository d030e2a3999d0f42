package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.infoops.learn.Method;
import org.infoops.model.troll.AttackExperiment;
import org.infoops.scenario.troll.TrollFigure5;
import org.infoops.scenario.troll.TrollScenario;
import org.infoops.scenario.troll.TrollBinder;
import org.infoops.scenario.troll.TrollFigure5Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reproduce troll-figure5}: the troll paper's Figure 5 over seeds (CSV, PNG). */
@Command(name = "troll-figure5", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The troll paper's Figure 5 (attacks on influencers, 95%% CIs over seeds).",
                "Attacks influencers suffer in the 3 evaluation months with no rescheduling, with the",
                "boosted-trees classifier trained on 1..6 months, and with perfect predictions. Writes",
                "<out>/figure5.csv, figure5_runs.csv, figure5_paired.csv and figure5.png atomically."},
        footer = {"", "Examples:", "  reproduce troll-figure5                         # troll/default, 5 seeds",
                "  reproduce troll-figure5 --scenario troll/small --runs 3 --out runs/fig5-small",
                "  reproduce troll-figure5 --shard 0/5 --out runs/fig5-s0   # one seed per machine, then:",
                "  reproduce troll-figure5 --merge runs/fig5-s0 ... runs/fig5-s4 --out runs/fig5"})
public final class TrollFigure5Command implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "troll/default", description = "Troll scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", description = "Seeds (default: the scenario's runs).")
    Integer runs;

    @Option(names = "--months", split = ",", defaultValue = "1,2,3,4,5,6", description = "Training months (default: ${DEFAULT-VALUE}).")
    List<Integer> months;

    @Option(names = "--training", defaultValue = "centralised", description = "centralised or federated (default: ${DEFAULT-VALUE}).")
    String training;

    @Option(names = "--method", defaultValue = "boosted_trees", description = "boosted_trees or logistic (centralised only; default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--federated-row", description = "Add the multi-agent federated setting (federated boosted trees on the longest training period).")
    boolean federatedRow;

    @Mixin
    ShardOptions shards;

    @Option(names = "--out", defaultValue = "runs/troll-figure5", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrollScenario s;
        AttackExperiment.Training t;
        Method m;
        try {
            s = new ScenarioLoader().load(scenario, TrollScenario.class);
            t = AttackExperiment.Training.valueOf(training.toUpperCase(Locale.ROOT));
            m = Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (org.infoops.scenario.ScenarioException e) {
            throw e; // Main reports it, exit 2
        } catch (IllegalArgumentException e) {
            return Usage.error(e.getMessage() + " (--training: centralised, federated; --method: boosted_trees, logistic)");
        }
        for (int k : months) {
            if (k < 1 || k * 30 > s.parameters().world().trainingDays()) {
                return Usage.error("--months " + k + " is out of range; allowed: 1 to " + s.parameters().world().trainingDays() / 30);
            }
        }
        if (runs != null) s = s.withRuns(runs);
        TrollFigure5 f = new TrollFigure5(s, m, t, months).withFederatedRow(federatedRow);
        long t0 = System.nanoTime();
        if (shards.sharding()) {
            int computed = TrollFigure5Shard.run(f, shards.range(s.runs()), out, System.err::println);
            System.out.printf("wrote seeds %s to %s (%d computed) in %.1f s%n", shards.range(s.runs()), out, computed, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
        List<TrollFigure5.Row> rows;
        if (shards.merging()) {
            TrollFigure5Shard.merge(f, shards.merge);
            rows = f.summary();
        } else {
            rows = f.run(System.err::println);
        }
        f.write(out, rows);
        System.out.printf("%-12s %5s %10s %21s %10s%n", "condition", "seeds", "attacks", "95% CI", "postponed");
        for (TrollFigure5.Row r : rows) {
            System.out.printf(Locale.ROOT, "%-12s %5d %10.1f [%8.1f, %8.1f] %10.1f%n", r.condition(), r.n(), r.mean(), r.low(), r.high(), r.postponed());
        }
        System.out.printf("written to %s in %.1f s%n", out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
