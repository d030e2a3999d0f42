package org.infoops.scenario.troll;

import org.infoops.scenario.Interval;
import org.infoops.scenario.MixtureHeatmap;
import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.infoops.kernel.RandomStreams;
import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Example;
import org.infoops.learn.LogisticSettings;
import org.infoops.learn.Method;
import org.infoops.learn.ProbabilisticClassifier;
import org.infoops.learn.RocAuc;
import org.infoops.learn.Trainers;
import org.infoops.learn.TrainingMixtures;
import org.infoops.model.troll.AttackExperiment;
import org.infoops.model.troll.FittedSociety;
import org.infoops.model.troll.PostingPolicy;
import org.infoops.model.troll.TrainingData;
import org.infoops.model.troll.TrollParameters;
import org.infoops.model.troll.TrollSociety;
import org.infoops.model.troll.TrollWorld;
import org.knowm.xchart.BitmapEncoder;

/**
 * The LKML experiment's mixture method on the troll world (§5: the policy-learning system "uses agent-based
 * simulation to generate a mixture of real and synthetic training data"). Per seed, one troll world run without
 * rescheduling is the real one; a second world, whose background users are fitted from the real one's activity log
 * of the training months ({@link FittedSociety}), is the synthetic one. The attack predictor is trained on each
 * cell of the grid (real share x synthetic share of the two worlds' training-month posts) and judged on the real
 * world: ROC AUC on its evaluation-month posts, and attacks avoided when its influencers postpone the posts it
 * flags (attacks with no rescheduling minus attacks with it; perfect predictions as the ceiling).
 */
public final class TrollMixtures {
    public record Cell(Method method, long seed, double realShare, double syntheticShare, int rows, int positives,
                       double auc, int attacks, int avoided, int postponed) {}

    public record Reference(long seed, int realRows, int syntheticRows, int none, int perfect) {}

    private final TrollScenario scenario;
    private final List<Double> shares;
    private final List<Method> methods;
    private final List<Cell> cells = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    public TrollMixtures(TrollScenario scenario, List<Double> shares, List<Method> methods) {
        this.scenario = scenario;
        this.shares = List.copyOf(shares);
        this.methods = List.copyOf(methods);
    }

    /** Runs every seed in turn (each replays the world once per cell and learner). */
    public void run(Consumer<String> progress) {
        TrollParameters p = scenario.parameters();
        long start = p.world().trainingMinutes(), end = p.world().endMinutes();
        for (int r = 0; r < scenario.runs(); r++) {
            long t0 = System.nanoTime();
            long seed = scenario.runSeed(r);
            RandomStreams streams = new RandomStreams(seed).child("troll-mixtures");
            TrollSociety society = TrollSociety.build(p, seed);
            TrollWorld real = new TrollWorld(p, society, seed, true);
            real.run(PostingPolicy.NONE);
            TrollSociety fitted = FittedSociety.fit(real, start, streams.derive("society"));
            TrollWorld synthetic = new TrollWorld(p, fitted, streams.derive("world"), false);
            synthetic.run(PostingPolicy.NONE);
            List<Example> realPool = TrainingMixtures.shuffled(TrainingData.pooled(real, 0, start), streams.stream("real"));
            List<Example> synPool = TrainingMixtures.shuffled(TrainingData.pooled(synthetic, 0, start), streams.stream("synthetic"));
            List<Example> test = TrainingData.pooled(real, start, end);
            int none = real.influencerAttacks(start, end);
            for (Method m : methods) {
                AttackExperiment replay = new AttackExperiment(p, m, AttackExperiment.Training.CENTRALISED);
                if (m == methods.get(0)) {
                    references.add(new Reference(seed, realPool.size(), synPool.size(), none, replay.perfect(society, seed).attacks()));
                }
                for (TrainingMixtures.Cell cell : TrainingMixtures.grid(shares)) {
                    List<Example> rows = TrainingMixtures.mixture(realPool, synPool, cell);
                    if (rows.isEmpty()) continue;
                    ProbabilisticClassifier c = Trainers.train(real.features().schema(), rows, m, streams.derive("train", m.ordinal()),
                            LogisticSettings.defaults(), BoostingSettings.defaults());
                    AttackExperiment.Outcome o = replay.withClassifier("mixture", society, seed, c);
                    cells.add(new Cell(m, seed, cell.realShare(), cell.syntheticShare(), rows.size(),
                            (int) rows.stream().filter(Example::positive).count(), RocAuc.of(c, test), o.attacks(), none - o.attacks(), o.postponed()));
                }
            }
            progress.accept(String.format(Locale.ROOT, "seed %d/%d done in %.1f s: real %,d rows, synthetic %,d rows (fitted %,d background users), none %d attacks",
                    r + 1, scenario.runs(), (System.nanoTime() - t0) / 1e9, realPool.size(), synPool.size(), fitted.users().size(), none));
        }
    }

    /** Per learner and cell: seeds, mean and 95% t interval of AUC and of attacks avoided. */
    public List<double[]> summary(Method m) {
        Map<String, List<Cell>> by = new LinkedHashMap<>();
        for (Cell c : cells) if (c.method() == m) by.computeIfAbsent(c.realShare() + "/" + c.syntheticShare(), k -> new ArrayList<>()).add(c);
        List<double[]> out = new ArrayList<>();
        for (List<Cell> g : by.values()) {
            double[] auc = ci(g.stream().mapToDouble(Cell::auc).toArray()), avoided = ci(g.stream().mapToDouble(Cell::avoided).toArray());
            out.add(new double[] {g.get(0).realShare(), g.get(0).syntheticShare(), g.size(), auc[0], auc[1], auc[2], avoided[0], avoided[1], avoided[2]});
        }
        return out;
    }

    private static double[] ci(double[] v) {
        Interval i = Interval.of(v);
        return new double[] {i.mean(), i.low(), i.high()};
    }

    /** {@code troll_mixtures.csv}, {@code troll_mixtures_runs.csv}, {@code references.csv} and the heatmaps, atomically. */
    public void write(Path dir) throws IOException {
        StagedDirectory.write(dir, d -> {
            try (Writer w = Files.newBufferedWriter(d.resolve("troll_mixtures_runs.csv"), StandardCharsets.UTF_8)) {
                w.write("method,seed,real_share,synthetic_share,rows,positives,auc,attacks,avoided,postponed\n");
                for (Cell c : cells) {
                    w.write(String.format(Locale.ROOT, "%s,%d,%s,%s,%d,%d,%.6f,%d,%d,%d%n", c.method().name().toLowerCase(Locale.ROOT), c.seed(),
                            c.realShare(), c.syntheticShare(), c.rows(), c.positives(), c.auc(), c.attacks(), c.avoided(), c.postponed()));
                }
            }
            try (Writer w = Files.newBufferedWriter(d.resolve("troll_mixtures.csv"), StandardCharsets.UTF_8)) {
                w.write("method,real_share,synthetic_share,seeds,auc,auc_ci95_low,auc_ci95_high,avoided,avoided_ci95_low,avoided_ci95_high\n");
                for (Method m : methods) {
                    for (double[] s : summary(m)) {
                        w.write(String.format(Locale.ROOT, "%s,%s,%s,%d,%.6f,%.6f,%.6f,%.2f,%.2f,%.2f%n", m.name().toLowerCase(Locale.ROOT),
                                s[0], s[1], (int) s[2], s[3], s[4], s[5], s[6], s[7], s[8]));
                    }
                }
            }
            try (Writer w = Files.newBufferedWriter(d.resolve("references.csv"), StandardCharsets.UTF_8)) {
                w.write("seed,real_rows,synthetic_rows,none_attacks,perfect_attacks,perfect_avoided\n");
                for (Reference r : references) {
                    w.write(r.seed() + "," + r.realRows() + "," + r.syntheticRows() + "," + r.none() + "," + r.perfect() + "," + (r.none() - r.perfect()) + "\n");
                }
            }
            for (Method m : methods) {
                String suffix = m == Method.BOOSTED_TREES ? "" : "-" + m.name().toLowerCase(Locale.ROOT);
                String title = " (" + m.name().toLowerCase(Locale.ROOT) + ", " + scenario.name() + ", " + scenario.runs() + " seeds)";
                List<double[]> s = summary(m);
                BitmapEncoder.saveBitmap(MixtureHeatmap.of(shares, s.stream().map(x -> new double[] {x[0], x[1], x[3]}).toList(),
                        "Attack predictor ROC AUC on real held-out posts" + title), d.resolve("auc" + suffix + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
                BitmapEncoder.saveBitmap(MixtureHeatmap.of(shares, s.stream().map(x -> new double[] {x[0], x[1], x[6]}).toList(),
                        "Attacks avoided in the real world" + title), d.resolve("avoided" + suffix + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
            }
        });
    }

    public List<Reference> references() {
        return references;
    }

    public List<Cell> cells() {
        return cells;
    }
}
