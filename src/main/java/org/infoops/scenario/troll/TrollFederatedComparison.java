package org.infoops.scenario.troll;

import org.infoops.learn.Example;
import org.infoops.learn.FederatedTraining;
import org.infoops.learn.FederatedTraining.Training;
import org.infoops.learn.Method;
import org.infoops.learn.ProbabilisticClassifier;
import org.infoops.model.troll.PostFeatures;
import org.infoops.model.troll.PerfectPrediction;
import org.infoops.model.troll.PostingPolicy;
import org.infoops.model.troll.Postponement;
import org.infoops.model.troll.TrainingData;
import org.infoops.model.troll.TrollParameters;
import org.infoops.model.troll.TrollSociety;
import org.infoops.model.troll.TrollWorld;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Federated vs centralised vs local-only attack prediction on the troll world: the classifiers are
 * trained on the training months of a run without rescheduling, scored by ROC AUC on the evaluation months'
 * posts of that run, and then each drives the paper's postponement countermeasure (section 5.1) in a replay
 * of the same world, counting the attacks influencers suffer in the evaluation months. Local-only: each
 * influencer postpones by its own model, trained on what it alone observed. Centralised: one model on the union
 * of all influencers' observations (each post once).
 */
public final class TrollFederatedComparison {
    /** One condition: its held-out AUC (NaN for none/perfect), attacks suffered and avoided, posts postponed. */
    public record Row(String method, String training, double auc, int attacks, int avoided, int postponed, double trainSeconds) {
    }

    public static final String CSV_HEADER = "method,training,auc,attacks,avoided,postponed,train_seconds\n";

    private final TrollParameters p;
    private final FederatedTraining training;

    public TrollFederatedComparison(TrollParameters p, FederatedTraining training) {
        this.p = p;
        this.training = training;
    }

    /** With the default learner and federation settings, on the world's post features. */
    public static TrollFederatedComparison withDefaults(TrollParameters p) {
        return new TrollFederatedComparison(p, FederatedTraining.withDefaults(new PostFeatures(p.world().narratives(), p.world().keywords()).schema()));
    }

    /**
     * @param observedShare the share of its observations each influencer keeps (seeded draw per influencer), 1 =
     *                      all; below 1 models influencers who see only part of the public record, where pooling
     *                      (centrally or federated) matters most
     */
    public List<Row> run(long seed, int months, double observedShare, List<Method> methods, Consumer<String> progress) {
        if (!(observedShare > 0 && observedShare <= 1)) {
            throw new IllegalArgumentException("observed share = " + observedShare + "; allowed (0, 1]");
        }
        TrollSociety society = TrollSociety.build(p, seed);
        long start = p.world().trainingMinutes();
        long from = Math.max(0, start - (long) months * 30 * TrollParameters.MINUTES_PER_DAY);
        TrollWorld none = new TrollWorld(p, society, seed, false);
        none.run(PostingPolicy.NONE);
        int baseline = none.influencerAttacks(start, none.end());
        List<List<Example>> perClient = keep(TrainingData.perInfluencer(none, from, start), observedShare, seed);
        List<Example> pooled = union(perClient);
        List<Example> heldOut = TrainingData.pooled(none, start, none.end());
        progress.accept(String.format("world: %d influencers, %,d pooled training rows, %,d client rows, %,d held-out rows",
                perClient.size(), pooled.size(), perClient.stream().mapToLong(List::size).sum(), heldOut.size()));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("-", "none", Double.NaN, baseline, 0, 0, 0));
        for (Method m : methods) {
            long t0 = System.nanoTime();
            FederatedTraining.Trained trained = training.train(perClient, pooled, m, seed);
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (Training t : Training.values()) {
                double auc = trained.auc(t, heldOut);
                int[] outcome = evaluate(society, seed, i -> trained.of(t, i));
                rows.add(new Row(m.name().toLowerCase(), t.name().toLowerCase(), auc, outcome[0], baseline - outcome[0], outcome[1], seconds));
                progress.accept(String.format("%s %s: AUC %.4f, %d attacks", m, t, auc, outcome[0]));
            }
        }
        TrollWorld perfect = new TrollWorld(p, society, seed, false);
        PostingPolicy oracle = new PerfectPrediction(perfect, postponement(seed));
        perfect.run(due -> due.now() < start ? 0 : oracle.delay(due));
        int attacks = perfect.influencerAttacks(start, perfect.end());
        rows.add(new Row("-", "perfect", Double.NaN, attacks, baseline - attacks, perfect.reschedules().size() / 3, 0));
        return rows;
    }

    /** Replays the world with influencer i postponing by classifier(i) after the training months: {attacks, postponed}. */
    private int[] evaluate(TrollSociety society, long seed, IntFunction<ProbabilisticClassifier> classifier) {
        long start = p.world().trainingMinutes();
        double threshold = p.countermeasure().threshold();
        Postponement postponement = postponement(seed);
        TrollWorld w = new TrollWorld(p, society, seed, false);
        w.run(due -> due.now() < start ? 0
                : classifier.apply(due.influencer()).probability(due.features()) > threshold ? postponement.draw(due.influencer()) : 0);
        return new int[] {w.influencerAttacks(start, w.end()), w.reschedules().size() / 3};
    }

    private static List<List<Example>> keep(List<List<Example>> perClient, double share, long seed) {
        if (share == 1) return perClient;
        RandomStreams streams = new RandomStreams(seed).child("observed-share");
        List<List<Example>> out = new ArrayList<>();
        for (int i = 0; i < perClient.size(); i++) {
            UniformRandomProvider r = streams.stream("influencer", i);
            out.add(perClient.get(i).stream().filter(e -> r.nextDouble() < share).toList());
        }
        return out;
    }

    /** Every row some influencer observed, once (the same post is one Example object in every list holding it). */
    private static List<Example> union(List<List<Example>> perClient) {
        Set<Example> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Example> out = new ArrayList<>();
        for (List<Example> rows : perClient) {
            for (Example e : rows) if (seen.add(e)) out.add(e);
        }
        return out;
    }

    private Postponement postponement(long seed) {
        return new Postponement(p.world().influencers(), p.countermeasure().maxDelayMinutes(), seed);
    }

    /** The rows as CSV, header first. */
    public static String csv(List<Row> rows) {
        StringBuilder table = new StringBuilder(CSV_HEADER);
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT, "%s,%s,%.6f,%d,%d,%d,%.3f%n", r.method(), r.training(), r.auc(),
                    r.attacks(), r.avoided(), r.postponed(), r.trainSeconds()));
        }
        return table.toString();
    }

    /** Writes {@link #csv} to {@code file} atomically. */
    public static void writeCsv(List<Row> rows, Path file) throws IOException {
        StagedDirectory.writeFile(file, f -> Files.writeString(f, csv(rows), StandardCharsets.UTF_8));
    }
}
