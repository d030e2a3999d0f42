package org.infoops.scenario.troll;

import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.infoops.learn.Method;
import org.infoops.model.troll.AttackExperiment;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * The paper's Figure 5 over seeds: per condition (none, trained on 1..6 months, perfect) the attacks influencers
 * suffered in the evaluation months, with mean and 95% confidence interval (Student t over seeds). Writes
 * {@code figure5_runs.csv} (one row per seed and condition), {@code figure5.csv} (the summary),
 * {@code figure5_paired.csv} (each condition minus none and minus perfect, paired by seed) and
 * {@code figure5.png} (bars with error bars) into one directory, atomically.
 */
public final class TrollFigure5 {
    public record Row(String condition, int n, double mean, double low, double high, double postponed) {}

    private final TrollScenario scenario;
    private final AttackExperiment experiment;
    private final List<Integer> months;
    private final String settings;
    private boolean federatedRow;
    private final List<Long> seeds = new ArrayList<>();
    private final List<AttackExperiment.Outcome> outcomes = new ArrayList<>();

    public TrollFigure5(TrollScenario scenario, Method method, AttackExperiment.Training training, List<Integer> months) {
        this.scenario = scenario;
        this.experiment = new AttackExperiment(scenario.parameters(), method, training);
        this.months = months;
        this.settings = scenario.name() + " runs=" + scenario.runs() + " months=" + months + " method=" + method + " training=" + training;
    }

    /** Adds the multi-agent federated setting as a row (federated boosted trees over the influencers' data). */
    public TrollFigure5 withFederatedRow(boolean on) {
        federatedRow = on;
        return this;
    }

    /** Runs every seed (sequentially: each run is already heavy and the machine is shared). */
    public List<Row> run(java.util.function.Consumer<String> progress) {
        for (int r = 0; r < scenario.runs(); r++) {
            long t0 = System.nanoTime();
            List<AttackExperiment.Outcome> out = runSeed(r);
            add(r, out);
            progress.accept(String.format("seed %d/%d done in %.1f s: %s", r + 1, scenario.runs(), (System.nanoTime() - t0) / 1e9, out));
        }
        return summary();
    }

    /** Every condition of seed {@code r} (one world replayed per condition), without recording it. */
    public List<AttackExperiment.Outcome> runSeed(int r) {
        return experiment.run(scenario.runSeed(r), months, federatedRow);
    }

    /** Records seed {@code r}'s outcomes; seeds must be added in order 0, 1, ... (a shard merge replays them so). */
    public void add(int r, List<AttackExperiment.Outcome> out) {
        long seed = scenario.runSeed(r);
        for (AttackExperiment.Outcome o : out) {
            seeds.add(seed);
            outcomes.add(o);
        }
    }

    /** What a seed's outcomes depend on besides its index: shards and their merge must agree on it. */
    public String settings() {
        return settings + " federatedRow=" + federatedRow;
    }

    public TrollScenario scenario() {
        return scenario;
    }

    static String label(AttackExperiment.Outcome o) {
        return switch (o.condition()) {
            case "trained" -> "trained_" + o.months() + "m";
            case "federated" -> "federated_" + o.months() + "m";
            default -> o.condition();
        };
    }

    public List<Row> summary() {
        Map<String, List<AttackExperiment.Outcome>> by = new LinkedHashMap<>();
        for (AttackExperiment.Outcome o : outcomes) by.computeIfAbsent(label(o), k -> new ArrayList<>()).add(o);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<AttackExperiment.Outcome>> e : by.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(AttackExperiment.Outcome::attacks).toArray();
            double post = e.getValue().stream().mapToDouble(AttackExperiment.Outcome::postponed).average().orElse(0);
            double mean = 0, ss = 0;
            for (double x : v) mean += x / v.length;
            for (double x : v) ss += (x - mean) * (x - mean);
            double half = v.length < 2 ? 0
                    : new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.length - 1) / v.length);
            rows.add(new Row(e.getKey(), v.length, mean, mean - half, mean + half, post));
        }
        return rows;
    }

    /**
     * Mean and 95% t interval of the per-seed difference condition minus base (every condition of a seed shares
     * one world, so differences are paired); null when a condition is missing.
     */
    double[] paired(String condition, String base) {
        Map<Long, Double> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String l = label(outcomes.get(i));
            if (l.equals(condition)) a.put(seeds.get(i), (double) outcomes.get(i).attacks());
            if (l.equals(base)) b.put(seeds.get(i), (double) outcomes.get(i).attacks());
        }
        if (a.isEmpty() || !a.keySet().equals(b.keySet())) return null;
        double[] x = a.keySet().stream().mapToDouble(k -> a.get(k) - b.get(k)).toArray();
        double mean = java.util.Arrays.stream(x).average().orElse(0), ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double half = x.length < 2 ? 0 : new TDistribution(x.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (x.length - 1) / x.length);
        return new double[] {mean, mean - half, mean + half};
    }

    public void write(Path dir, List<Row> rows) throws IOException {
        StagedDirectory.write(dir, d -> {
            try (Writer w = Files.newBufferedWriter(d.resolve("figure5_runs.csv"), StandardCharsets.UTF_8)) {
                w.write("condition,seed,attacks,postponed\n");
                for (int i = 0; i < outcomes.size(); i++) {
                    AttackExperiment.Outcome o = outcomes.get(i);
                    w.write(label(o) + "," + seeds.get(i) + "," + o.attacks() + "," + o.postponed() + "\n");
                }
            }
            try (Writer w = Files.newBufferedWriter(d.resolve("figure5.csv"), StandardCharsets.UTF_8)) {
                w.write("condition,seeds,mean_attacks,ci95_low,ci95_high,mean_postponed\n");
                for (Row r : rows) {
                    w.write(String.format(java.util.Locale.ROOT, "%s,%d,%.2f,%.2f,%.2f,%.1f%n", r.condition(), r.n(), r.mean(), r.low(), r.high(), r.postponed()));
                }
            }
            try (Writer w = Files.newBufferedWriter(d.resolve("figure5_paired.csv"), StandardCharsets.UTF_8)) {
                w.write("condition,minus,mean_difference,ci95_low,ci95_high\n");
                for (Row r : rows) {
                    for (String base : List.of("none", "perfect")) {
                        if (r.condition().equals(base)) continue;
                        double[] ci = paired(r.condition(), base);
                        if (ci != null) w.write(String.format(java.util.Locale.ROOT, "%s,%s,%.2f,%.2f,%.2f%n", r.condition(), base, ci[0], ci[1], ci[2]));
                    }
                }
            }
            BitmapEncoder.saveBitmap(chart(rows), d.resolve("figure5.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        });
    }

    private CategoryChart chart(List<Row> rows) {
        CategoryChart c = new CategoryChartBuilder().width(800).height(500)
                .title("Bot attacks on influencers in " + scenario.parameters().world().evaluationDays() + " days (" + scenario.name() + ")")
                .xAxisTitle("experiment").yAxisTitle("attacks (mean, 95% CI over " + scenario.runs() + " seeds)").build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setErrorBarsColor(java.awt.Color.BLACK);
        c.addSeries("attacks", rows.stream().map(Row::condition).toList(), rows.stream().map(Row::mean).toList(),
                rows.stream().map(r -> r.high() - r.mean()).toList());
        return c;
    }
}
