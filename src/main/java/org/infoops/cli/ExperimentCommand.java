package org.infoops.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.infoops.agent.CrossEntropyLearner;
import org.infoops.agent.ExperimentReport;
import org.infoops.agent.Policy;
import org.infoops.agent.PolicyExperiment;
import org.infoops.agent.RandomPolicy;
import org.infoops.agent.SchedulePolicy;
import org.infoops.env.Environments;
import org.infoops.env.Options;
import org.infoops.env.diluvsion.BotFleetEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Java-native policy experiment on diluvsion/bot-fleet-v0, in-process: a random policy, the paper's fixed tactic
 * and a schedule learned by the cross-entropy method, evaluated on the same held-out seeds, with 95% intervals.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Compare random, the paper's fixed bot tactic and a cross-entropy-learned schedule on "
                + "diluvsion/bot-fleet-v0 over many seeds (mean return, 95%% CI, paired difference to random).")
public final class ExperimentCommand implements Callable<Integer> {
    @Option(names = "--option", description = "Environment option key=value (repeatable), e.g. objective=polarise.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--episodes", defaultValue = "10", description = "Evaluation seeds per policy (default: ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--first-seed", defaultValue = "1", description = "First evaluation seed (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--cem-segments", defaultValue = "1",
            description = "Distinct tactics over the episode: 1 static, 28 one per day (default: ${DEFAULT-VALUE}).")
    int segments;

    @Option(names = "--cem-iterations", defaultValue = "6", description = "Cross-entropy iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cem-population", defaultValue = "16", description = "Schedules per iteration (default: ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--cem-seeds", defaultValue = "2", description = "Training episodes per schedule (default: ${DEFAULT-VALUE}).")
    int seedsPerCandidate;

    @Option(names = "--threads", description = "Episodes run at once (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Map<String, Object> values = new LinkedHashMap<>();
        options.forEach((k, v) -> values.put(k, parse(v)));
        Options envOptions = Options.of(values);
        String id = BotFleetEnvironment.ID;
        long t0 = System.nanoTime();
        CrossEntropyLearner learner = new CrossEntropyLearner(Environments.registry(), id, envOptions,
                new CrossEntropyLearner.Settings(segments, iterations, population, 0.25, 0.3, seedsPerCandidate, 1_000_000L, n));
        SchedulePolicy learned = learner.learn(7, it -> System.err.printf("cross-entropy iteration %d/%d (%.0f s)%n",
                it + 1, iterations, (System.nanoTime() - t0) / 1e9));
        Map<String, Supplier<? extends Policy>> policies = new LinkedHashMap<>();
        policies.put("random", RandomPolicy::new);
        policies.put("paper fixed tactic", () -> SchedulePolicy.constant(BotFleetEnvironment.paperTactic()));
        policies.put("cross-entropy schedule", () -> new SchedulePolicy(learned.schedule()));
        ExperimentReport report = new PolicyExperiment(Environments.registry(),
                new PolicyExperiment.Settings(id, envOptions, firstSeed, episodes, 1_000_000, n)).run(policies);
        System.out.println(report.format());
        System.out.printf("(training %.0f s on %d threads; evaluation seeds %d..%d, training seeds from 1,000,000)%n",
                (System.nanoTime() - t0) / 1e9, n, firstSeed, firstSeed + episodes - 1);
        return 0;
    }

    /** Numbers and booleans as such, everything else as text. */
    private static Object parse(String v) {
        if (v.equals("true") || v.equals("false")) return Boolean.parseBoolean(v);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e2) {
                return v;
            }
        }
    }
}
