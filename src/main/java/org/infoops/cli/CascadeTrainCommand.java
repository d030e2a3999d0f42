package org.infoops.cli;

import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.BaseWorldCsv;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.CloneValidation;
import org.infoops.model.cascade.infer.EmbeddingCache;
import org.infoops.model.cascade.infer.InfectionModelSettings;
import org.infoops.model.cascade.infer.InfectionReport;
import org.infoops.model.cascade.infer.TextEmbedder;
import org.infoops.model.cascade.infer.TrainedInfection;
import org.infoops.model.cascade.infer.TrainingPipeline;
import org.infoops.scenario.StagedDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code train}: base world -> features -> boosted trees -> calibration -> evaluation (-> validation). */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        InfectionModelSettings ms;
        BaseWorldSettings ws;
        try {
            if (trials < 1) throw new IllegalArgumentException("--trials: " + trials + " is out of range; allowed: 1 or more");
            if (threads != null && threads < 1) throw new IllegalArgumentException("--threads: " + threads + " is out of range; allowed: 1 or more");
            ms = model == null ? InfectionModelSettings.defaults() : InfectionModelSettings.load(model);
            if (embedder != null) ms = ms.withEmbedder(embedder);
            ws = world == null ? BaseWorldSettings.defaults() : BaseWorldSettings.load(world);
            if (users != null || seed != null) {
                ws = ws.withSize(seed == null ? ws.seed() : seed, users == null ? ws.users() : users, ws.communities(), ws.followeesMean());
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            long t0 = System.nanoTime();
            BaseWorld w = data == null ? new BaseWorldGenerator(ws).generate() : BaseWorldCsv.read(data);
            out.printf(Locale.ROOT, "base history: %,d users, %,d posts, %,d reshares (%s, %.1f s)%n", w.userCount(),
                    w.posts().size(), w.retweets().size(), data == null ? "generated, seed " + ws.seed() : "read from " + data,
                    (System.nanoTime() - t0) / 1e9);
            EmbeddingCache embeddings = new EmbeddingCache(TextEmbedder.named(ms.embedder()));
            Files.createDirectories(cache);
            Path cacheFile = cache.resolve("embeddings-" + ms.embedder() + ".bin");
            embeddings.load(cacheFile);
            TrainedInfection t = TrainingPipeline.run(w, ms, embeddings);
            embeddings.save(cacheFile);
            var net = t.network().network();
            out.printf(Locale.ROOT, "clone N_A: %,d users, %,d edges, %d Leiden communities; source user %d, T_S = post %d%n",
                    net.nodeCount(), net.edgeCount(), net.communityCount(), t.history().sourceUser(),
                    t.history().posts().get(t.network().sourcePost()).postId());
            var tm = t.timings();
            out.printf(Locale.ROOT, "timings (s): network %.1f, embeddings %.1f (%,d posts, %s), features %.1f, trees %.1f, evaluation %.1f%n",
                    tm.network(), tm.embeddings(), tm.postsEmbedded(), embeddings.embedder().name(), tm.features(), tm.training(), tm.evaluation());
            InfectionReport.printAuc(t, out);
            CloneValidation.Figure6 f6 = null;
            CloneValidation.Communities c = null;
            java.util.List<CloneValidation.AlphaPoint> scan = null;
            if (validate) {
                long v0 = System.nanoTime();
                f6 = CloneValidation.figure6(t, acrossPosts, sourcePosts, trials, ms.seed(), n);
                c = CloneValidation.communities(t, trials, ms.seed(), n);
                InfectionReport.printValidation(f6, c, out);
                scan = CloneValidation.alphaScan(t, new double[] {1, 2, 3, 4}, trials, ms.seed(), n);
                InfectionReport.printAlphaScan(scan, out);
                out.printf(Locale.ROOT, "validation: %.1f s on %d threads%n", (System.nanoTime() - v0) / 1e9, n);
            }
            final CloneValidation.Figure6 fig6 = f6;
            final CloneValidation.Communities comm = c;
            final java.util.List<CloneValidation.AlphaPoint> alphaScan = scan;
            StagedDirectory.write(this.out, dir -> {
                if (data == null) BaseWorldCsv.write(w, dir.resolve("base-world"));
                InfectionReport.writeAuc(t, dir);
                if (fig6 != null) {
                    InfectionReport.writeFigure6(fig6, dir);
                    InfectionReport.writeCommunities(comm, net.communitySizes(), dir);
                    InfectionReport.writeValidation(fig6, comm, dir);
                    InfectionReport.writeAlphaScan(alphaScan, dir);
                }
            });
            out.println("wrote " + this.out);
            return 0;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
