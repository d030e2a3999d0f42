package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.infoops.learn.Method;
import org.infoops.scenario.troll.TrollMixtures;
import org.infoops.scenario.troll.TrollScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reproduce troll-mixtures}: the mixture grid on the troll world (real world vs a world fitted to its log). */
@Command(name = "troll-mixtures", header = "The LKML real/synthetic mixture grid, on the troll world.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The LKML experiment's real/synthetic mixture grid on the troll world: one",
                "world is the real one, a world fitted from its activity log the synthetic",
                "one; the attack predictor is trained on each mixture of their training-",
                "month posts (0-100%% x 0-100%%) and judged on the real world by ROC AUC",
                "and attacks avoided. Writes <out>/troll_mixtures.csv,",
                "troll_mixtures_runs.csv, references.csv, auc.png and avoided.png,",
                "atomically."},
        footer = {"", "Example:", "  reproduce troll-mixtures --scenario troll/small --runs 3 --out runs/troll-mixtures"})
public final class TrollMixturesCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "troll/small", description = "Troll scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", description = "Seeds (default: the scenario's runs).")
    Integer runs;

    @Option(names = "--shares", split = ",", defaultValue = "0,0.25,0.5,0.75,1", description = "Shares on both axes (default: ${DEFAULT-VALUE}).")
    List<Double> shares;

    @Option(names = "--methods", split = ",", defaultValue = "boosted_trees", description = "boosted_trees, logistic (default: ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(names = "--out", defaultValue = "runs/troll-mixtures", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrollScenario s = new ScenarioLoader().load(scenario, TrollScenario.class); // a bad scenario: Main reports it, exit 2
        if (runs != null) {
            if (runs < 1) return Usage.error("--runs " + runs + " is out of range; allowed: 1 or more");
            s = s.withRuns(runs);
        }
        for (double x : shares) if (!(x >= 0 && x <= 1)) return Usage.error("--shares " + x + " is out of range; allowed: 0 to 1");
        List<Method> m;
        try {
            m = Usage.methods(methods);
        } catch (IllegalArgumentException e) {
            return Usage.methodsNotAllowed(methods);
        }
        long t0 = System.nanoTime();
        TrollMixtures t = new TrollMixtures(s, shares, m);
        t.run(System.err::println);
        t.write(out);
        System.out.printf("%-13s %5s %5s %22s %28s%n", "method", "real", "synth", "AUC [95% CI]", "attacks avoided [95% CI]");
        for (Method method : m) {
            for (double[] r : t.summary(method)) {
                System.out.printf(Locale.ROOT, "%-13s %4.0f%% %4.0f%% %.4f [%.4f, %.4f] %8.1f [%8.1f, %8.1f]%n", method.name().toLowerCase(Locale.ROOT),
                        r[0] * 100, r[1] * 100, r[3], r[4], r[5], r[6], r[7], r[8]);
            }
        }
        double perfect = t.references().stream().mapToInt(r -> r.none() - r.perfect()).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "perfect predictions avoid %.1f attacks (mean over seeds); written to %s in %.1f s%n",
                perfect, out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
