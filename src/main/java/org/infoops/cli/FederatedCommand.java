package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import org.infoops.learn.Method;
import org.infoops.scenario.troll.TrollFederatedComparison;
import org.infoops.scenario.troll.TrollScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code reproduce troll-federated <troll scenario>}: federated vs centralised vs local-only attack prediction on the troll world,
 * by ROC AUC on the evaluation months' posts and by attacks avoided when each classifier drives postponement.
 */
@Command(name = "troll-federated", header = "Attack prediction trained centralised, federated and local-only.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Attack prediction on a troll world trained centralised (upper bound), federated, and local-only",
                "(lower bound; each influencer its own model), for logistic regression and boosted trees: ROC AUC on the",
                "evaluation months' posts, and attacks influencers suffer when each classifier drives postponement."},
        footer = {"", "Examples:", "  reproduce troll-federated troll/small", "  reproduce troll-federated troll/small --observed-share 0.02",
                "  reproduce troll-federated troll/default --observed-share 0.05 --csv runs/federated-default.csv"})
public final class FederatedCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "troll/small", description = "Troll scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--seed", description = "World seed (default: the scenario's first run seed).")
    Long seed;

    @Option(names = "--months", defaultValue = "6", description = "Training months before the evaluation (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--observed-share", defaultValue = "1", description = "Share of its observations each influencer keeps, (0, 1] (default: ${DEFAULT-VALUE}).")
    double observedShare;

    @Option(names = "--methods", split = ",", defaultValue = "logistic,boosted_trees", description = "Methods (default: ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(names = "--csv", description = "Also write the table to this CSV file (atomically).")
    Path csv;

    @Override
    public Integer call() throws IOException {
        TrollScenario s = new ScenarioLoader().load(scenario, TrollScenario.class); // a bad scenario: Main reports it, exit 2
        int maxMonths = s.parameters().world().trainingDays() / 30;
        if (months < 1 || months > maxMonths) {
            return Usage.error("--months " + months + " is out of range; allowed: 1 to " + maxMonths);
        }
        if (!(observedShare > 0 && observedShare <= 1)) {
            return Usage.error("--observed-share " + observedShare + " is out of range; allowed: (0, 1]");
        }
        List<Method> ms = new ArrayList<>();
        for (String m : methods) {
            try {
                ms.add(Method.valueOf(m.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Usage.error("--methods value '" + m + "' is unknown; allowed: logistic, boosted_trees");
            }
        }
        long sd = seed != null ? seed : s.runSeed(0);
        var world = s.parameters();
        long t0 = System.nanoTime();
        List<TrollFederatedComparison.Row> rows = TrollFederatedComparison.withDefaults(world).run(sd, months, observedShare, ms, System.err::println);
        System.out.printf(Locale.ROOT, "%s, seed %d, %d training months, observed share %.3f, threshold %.2f%n", s.name(), sd, months,
                observedShare, world.countermeasure().threshold());
        System.out.printf("%-14s %-12s %8s %8s %8s %10s %8s%n", "method", "training", "AUC", "attacks", "avoided", "postponed", "train s");
        for (TrollFederatedComparison.Row r : rows) {
            System.out.printf(Locale.ROOT, "%-14s %-12s %8.4f %8d %8d %10d %8.1f%n", r.method(), r.training(), r.auc(),
                    r.attacks(), r.avoided(), r.postponed(), r.trainSeconds());
        }
        if (csv != null) TrollFederatedComparison.writeCsv(rows, csv);
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
