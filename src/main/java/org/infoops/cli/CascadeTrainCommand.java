package org.infoops.cli;

import org.infoops.scenario.cascade.InfectionModelTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code train}: base world -> features -> boosted trees -> calibration -> evaluation (-> validation). */
@Command(name = "train", header = "Train the digital-clone infection model (features, boosted trees, calibration).", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Trains the digital-clone infection model on a base history and writes <out>/:",
                "  base-world/            posts.csv, retweets.csv, retweet_table.csv, topics.csv (when generated)",
                "  auc.csv                ROC AUC per test set: training, held-out, Period II, Period III by month (Fig 5A)",
                "  calibration.csv        100 quantile bins: mean score, empirical rate, calibrated polynomial",
                "  calibration_coefficients.csv   the degree-11 non-negative coefficients",
                "with --validate also (truncated first-layer ABM runs and full runs of T_S):",
                "  figure6a_across_users.csv/png, figure6b_source_user.csv/png   (Fig 6A/6B)",
                "  figure7a_community_rates.csv, validation.csv (log-space Pearson, community MAE vs the paper)",
                "  alpha_scan.csv         mean ABM infections of T_S for alpha 1..4 vs the recorded count (paper: alpha = 3)",
                "Exit codes: 0 done, 1 the run or writing failed, 2 a bad option or settings file."},
        footer = {"", "Examples:", "  train --validate", "  train --embedder hashed --users 800 --out runs/quick",
                "  train --data mydata/ --validate     # real data in the documented CSV schema"})
public final class CascadeTrainCommand implements Callable<Integer> {
    @Option(names = "--world", paramLabel = "YAML", description = "Base-world settings (default: scenarios/cascade/base-world.yaml, embedded).")
    Path world;

    @Option(names = "--data", paramLabel = "DIR", description = "Read a base history (posts.csv, retweets.csv[, topics.csv]) instead of generating one.")
    Path data;

    @Option(names = "--model", paramLabel = "YAML", description = "Infection-model settings (default: scenarios/cascade/infection-model.yaml, embedded).")
    Path model;

    @Option(names = "--embedder", paramLabel = "NAME", description = "minilm (the paper's all-MiniLM-L6-v2) or hashed (default: the settings').")
    String embedder;

    @Option(names = "--users", paramLabel = "N", description = "Override the generated world's user count.")
    Integer users;

    @Option(names = "--seed", paramLabel = "SEED", description = "Override the generated world's seed.")
    Long seed;

    @Option(names = "--validate", description = "Also run the paper's validation (Fig 6 and the community MAE of Fig 7A).")
    boolean validate;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "1000", description = "ABM trials per seeded post (default: ${DEFAULT-VALUE}, the paper's).")
    int trials;

    @Option(names = "--across-posts", paramLabel = "N", defaultValue = "2000", description = "Fig 6A: Period III posts sampled across users (paper ~10,000; default ${DEFAULT-VALUE}).")
    int acrossPosts;

    @Option(names = "--source-posts", paramLabel = "N", defaultValue = "1000", description = "Fig 6B: Period III posts of the source user (paper ~1,000; default ${DEFAULT-VALUE}).")
    int sourcePosts;

    @Option(names = "--threads", paramLabel = "N", description = "ABM worker threads (default: all cores). Results are identical for any number.")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "runs/cascade-cache", description = "Embedding cache directory (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/cascade-train", description = "Output directory, replaced once complete (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CommandBody.execute(spec, out -> {
            CommandBody.check(trials >= 1, "--trials", trials, "1 or more");
            if (threads != null) CommandBody.check(threads >= 1, "--threads", threads, "1 or more");
            var modelSettings = InfectionModelTraining.modelSettings(model, embedder);
            var settings = new InfectionModelTraining.Settings(InfectionModelTraining.worldSettings(world, users, seed), data, modelSettings, cache,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    validate ? new InfectionModelTraining.Validation(trials, acrossPosts, sourcePosts) : null);
            InfectionModelTraining.run(settings, this.out, out::println);
            out.println("wrote " + this.out);
        });
    }
}
