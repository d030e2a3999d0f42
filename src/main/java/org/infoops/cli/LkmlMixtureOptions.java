package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.MixturePipeline;
import org.infoops.scenario.lkml.LkmlMixtures;
import org.infoops.scenario.lkml.LkmlOutputs;
import org.infoops.scenario.lkml.LkmlScenario;
import org.infoops.scenario.lkml.LkmlBinder;
import org.infoops.scenario.lkml.MixtureClaims;
import picocli.CommandLine.Option;

/** The options and the run shared by {@code reproduce lkml-figure3} and {@code reproduce lkml-figure4}. */
final class LkmlMixtureOptions {
    @Option(names = "--scenario", defaultValue = "lkml/default", description = "LKML scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", description = "Seeds (default: the scenario's runs).")
    Integer runs;

    @Option(names = "--methods", split = ",", description = "Learners: boosted_trees, logistic (default: the scenario's).")
    List<String> methods;

    @Option(names = "--threads", defaultValue = "2", description = "Seeds run in parallel (default: ${DEFAULT-VALUE}); results do not depend on it.")
    int threads;

    @Option(names = "--out", description = "Output directory (default: runs/lkml-<figure>).")
    Path out;

    int run(Configuration configuration) throws Exception {
        LkmlScenario s = new ScenarioLoader().load(scenario, LkmlScenario.class); // a bad scenario: Main reports it, exit 2
        if (runs != null) {
            if (runs < 1) return Usage.error("--runs " + runs + " is out of range; allowed: 1 or more");
            s = s.withRuns(runs);
        }
        if (threads < 1) return Usage.error("--threads " + threads + " is out of range; allowed: 1 or more");
        if (methods != null) {
            try {
                s = s.withMixtures(new LkmlScenario.Mixtures(s.mixtures().shares(),
                        Usage.methods(methods)));
            } catch (IllegalArgumentException e) {
                return Usage.methodsNotAllowed(methods);
            }
        }
        Path dir = out != null ? out : Path.of("runs", "lkml-" + configuration.figure());
        LkmlMixtures experiment = new LkmlMixtures(s, List.of(configuration));
        long t0 = System.nanoTime();
        List<MixturePipeline.SeedResult> results = experiment.run(threads, System.err::println);
        LkmlOutputs.write(dir, experiment, results);
        print(MixtureClaims.of(results, s.mixtures().shares()));
        System.out.printf("written to %s in %.1f s%n", dir.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static void print(List<MixtureClaims.Claim> claims) {
        System.out.printf("%-13s %-6s %-34s %5s %5s %9s %9s %24s %s%n", "method", "measure", "claim", "real", "synth", "value", "reference", "improvement [95% CI]", "holds");
        for (MixtureClaims.Claim c : claims) {
            System.out.printf(Locale.ROOT, "%-13s %-6s %-34s %4.0f%% %4.0f%% %9.4f %9.4f %+7.1f%% [%+6.1f, %+6.1f] %s%n",
                    c.method().name().toLowerCase(Locale.ROOT), c.measure().name().toLowerCase(Locale.ROOT), c.claim(), c.realShare() * 100,
                    c.syntheticShare() * 100, c.value(), c.reference(), c.improvement().mean() * 100, c.improvement().low() * 100,
                    c.improvement().high() * 100, c.holds() ? "yes" : "no");
        }
    }
}
