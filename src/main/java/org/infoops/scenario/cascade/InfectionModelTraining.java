package org.infoops.scenario.cascade;

import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.CloneValidation;
import org.infoops.model.cascade.infer.EmbeddingCache;
import org.infoops.model.cascade.infer.InfectionModelSettings;
import org.infoops.model.cascade.infer.TextEmbedder;
import org.infoops.model.cascade.infer.TrainedInfection;
import org.infoops.model.cascade.infer.TrainingPipeline;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioRunException;
import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The digital clone's infection model, trained and checked as the paper does: a base history (generated, or read
 * in the documented CSV schema) -> features -> boosted trees -> calibration -> evaluation (Fig 5A), optionally the
 * validation of Fig 6A/6B, Fig 7A and the alpha scan; everything written into one staged directory.
 */
public final class InfectionModelTraining {
    private InfectionModelTraining() {}

    /**
     * What to train: the base-world settings (used when {@code data} is null), or a base-history directory to read;
     * the infection-model settings; the embedding cache directory; ABM worker threads; and the validation to run
     * after training, or null for none.
     */
    public record Settings(BaseWorldSettings world, Path data, InfectionModelSettings model, Path cache, int threads,
                           Validation validation) {}

    /** The paper's validation: ABM trials per seeded post, Period III posts across users (Fig 6A) and of the source user (Fig 6B). */
    public record Validation(int trials, int acrossPosts, int sourcePosts) {}

    /** The validation's outcome: Fig 6A/6B, the community rates of Fig 7A and the alpha scan. */
    public record Validated(CloneValidation.Figure6 figure6, CloneValidation.Communities communities,
                            List<CloneValidation.AlphaPoint> alphaScan) {}

    /** The base history trained on, the trained model, the validation (null when none ran), and the directory written. */
    public record Result(BaseWorld world, TrainedInfection trained, Validated validated, Path out) {}

    /** The base-world settings from {@code file} (the embedded defaults when null) with size overrides; a bad one is a ScenarioException. */
    public static BaseWorldSettings worldSettings(Path file, Integer users, Long seed) {
        try {
            BaseWorldSettings ws = file == null ? BaseWorldSettings.defaults() : BaseWorldSettings.load(file);
            if (users != null || seed != null) {
                ws = ws.withSize(seed == null ? ws.seed() : seed, users == null ? ws.users() : users, ws.communities(), ws.followeesMean());
            }
            return ws;
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(null, null, e.getMessage(), e);
        }
    }

    /** The infection-model settings from {@code file} (the embedded defaults when null), with another embedder if named. */
    public static InfectionModelSettings modelSettings(Path file, String embedder) {
        try {
            InfectionModelSettings ms = file == null ? InfectionModelSettings.defaults() : InfectionModelSettings.load(file);
            return embedder == null ? ms : ms.withEmbedder(embedder);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(null, null, e.getMessage(), e);
        }
    }

    /**
     * Trains, validates if asked, and writes {@code out} (replaced once complete), reporting progress a line at a
     * time. Any failure, including bad data in a base-history directory, is a {@link ScenarioRunException}.
     */
    public static Result run(Settings s, Path out, Consumer<String> progress) {
        try {
            return train(s, out, progress);
        } catch (Exception e) {
            throw new ScenarioRunException(e.getMessage(), e);
        }
    }

    private static Result train(Settings s, Path out, Consumer<String> progress) throws IOException {
        long t0 = System.nanoTime();
        BaseWorld w = s.data() == null ? new BaseWorldGenerator(s.world()).generate() : BaseWorldFiles.read(s.data());
        progress.accept(String.format(Locale.ROOT, "base history: %,d users, %,d posts, %,d reshares (%s, %.1f s)", w.userCount(),
                w.posts().size(), w.retweets().size(), s.data() == null ? "generated, seed " + s.world().seed() : "read from " + s.data(),
                (System.nanoTime() - t0) / 1e9));
        TrainedInfection t = trainWithCache(w, s.model(), s.cache(), progress);
        InfectionReportText.auc(t).forEach(progress);
        Validated v = s.validation() == null ? null : validate(t, s.validation(), s.model().seed(), s.threads(), progress);
        StagedDirectory.write(out, dir -> {
            if (s.data() == null) BaseWorldFiles.write(w, dir.resolve("base-world"));
            InfectionReportFiles.writeAuc(t, dir);
            if (v != null) {
                InfectionReportFiles.writeFigure6(v.figure6(), dir);
                InfectionReportFiles.writeCommunities(v.communities(), t.network().network().communitySizes(), dir);
                InfectionReportFiles.writeValidation(v.figure6(), v.communities(), dir);
                InfectionReportFiles.writeAlphaScan(v.alphaScan(), dir);
            }
        });
        return new Result(w, t, v, out);
    }

    /** Embeddings are costly with MiniLM, so they persist across runs in a file per embedder. */
    private static TrainedInfection trainWithCache(BaseWorld w, InfectionModelSettings ms, Path cache, Consumer<String> progress)
            throws IOException {
        EmbeddingCache embeddings = new EmbeddingCache(TextEmbedder.named(ms.embedder()));
        Files.createDirectories(cache);
        Path cacheFile = EmbeddingCacheFiles.file(cache, ms.embedder());
        EmbeddingCacheFiles.load(embeddings, cacheFile);
        TrainedInfection t = TrainingPipeline.run(w, ms, embeddings);
        EmbeddingCacheFiles.save(embeddings, cacheFile);
        var net = t.network().network();
        progress.accept(String.format(Locale.ROOT, "clone N_A: %,d users, %,d edges, %d Leiden communities; source user %d, T_S = post %d",
                net.nodeCount(), net.edgeCount(), net.communityCount(), t.history().sourceUser(),
                t.history().posts().get(t.network().sourcePost()).postId()));
        var tm = t.timings();
        progress.accept(String.format(Locale.ROOT,
                "timings (s): network %.1f, embeddings %.1f (%,d posts, %s), features %.1f, trees %.1f, evaluation %.1f",
                tm.network(), tm.embeddings(), tm.postsEmbedded(), embeddings.embedder().name(), tm.features(), tm.training(), tm.evaluation()));
        progress.accept(String.format(Locale.ROOT, "exposures: %,d rows; trees trained on %,d (negatives kept at rate %s, %,d left out)",
                tm.exposures(), tm.trainingRows(), ms.trainNegativeRate(), tm.negativesDropped()));
        return t;
    }

    private static Validated validate(TrainedInfection t, Validation v, long seed, int threads, Consumer<String> progress) {
        long v0 = System.nanoTime();
        CloneValidation.Figure6 f6 = CloneValidation.figure6(t, v.acrossPosts(), v.sourcePosts(), v.trials(), seed, threads);
        CloneValidation.Communities c = CloneValidation.communities(t, v.trials(), seed, threads);
        InfectionReportText.validation(f6, c).forEach(progress);
        List<CloneValidation.AlphaPoint> scan = CloneValidation.alphaScan(t, new double[] {1, 2, 3, 4}, v.trials(), seed, threads); // paper: 3
        InfectionReportText.alphaScan(scan).forEach(progress);
        progress.accept(String.format(Locale.ROOT, "validation: %.1f s on %d threads", (System.nanoTime() - v0) / 1e9, threads));
        return new Validated(f6, c, scan);
    }
}
