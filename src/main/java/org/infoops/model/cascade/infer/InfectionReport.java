package org.infoops.model.cascade.infer;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the infection-model figures as tidy CSVs and PNGs, and prints their short tables. */
public final class InfectionReport {
    private InfectionReport() {}

    /** Fig 5B of the issue (paper Fig 5A): ROC AUC per test set. */
    public static void writeAuc(TrainedInfection t, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("auc.csv"))) {
            w.write("set,label,rows,positives,auc,hidden_rule_auc\n");
            for (var e : t.evaluations().values()) {
                w.write(String.format(Locale.ROOT, "%s,\"%s\",%d,%d,%.4f,%.4f%n", e.set().name().toLowerCase(Locale.ROOT),
                        e.set().label, e.rows(), e.positives(), e.auc(), e.oracleAuc()));
            }
        }
        PolynomialCalibration c = t.calibration();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("calibration.csv"))) {
            w.write("bin,mean_score,empirical_rate,calibrated,calibrated_times_alpha\n");
            double[] x = c.binScores(), y = c.binRates();
            for (int b = 0; b < x.length; b++) {
                double cal = c.apply(x[b]);
                w.write(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g%n", b, x[b], y[b], cal,
                        Math.min(1, cal * t.model().alpha())));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("calibration_coefficients.csv"))) {
            w.write("power,coefficient\n");
            double[] k = c.coefficients();
            for (int d = 0; d < k.length; d++) w.write(String.format(Locale.ROOT, "%d,%.8g%n", d, k[d]));
        }
    }

    public static void printAuc(TrainedInfection t, PrintWriter out) {
        out.println("ROC AUC of the boosted trees (paper Fig 5A: training set vs later hold-out months)");
        out.printf("  %-42s %9s %9s %7s %12s%n", "set", "rows", "positive", "AUC", "hidden rule");
        for (var e : t.evaluations().values()) {
            out.printf(Locale.ROOT, "  %-42s %9d %9d %7.3f %12.3f%n", e.set().label, e.rows(), e.positives(), e.auc(), e.oracleAuc());
        }
    }

    public static void writeFigure6(CloneValidation.Figure6 f, Path dir) throws IOException {
        writePosts(f.acrossUsers(), dir.resolve("figure6a_across_users.csv"));
        writePosts(f.sourceUser(), dir.resolve("figure6b_source_user.csv"));
        scatter(f.acrossUsers(), f.acrossFit(), "Fig 6A: Period III posts across users", dir.resolve("figure6a.png"));
        scatter(f.sourceUser(), f.sourceFit(), "Fig 6B: Period III posts of the source user", dir.resolve("figure6b.png"));
    }

    private static void writePosts(List<CloneValidation.PostComparison> posts, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("post_id,author,followers,predicted_first_layer,observed_all,observed_first_layer,log_rate_predicted,log_rate_observed\n");
            for (var p : posts) {
                w.write(String.format(Locale.ROOT, "%d,%d,%d,%.4f,%d,%d,%.5f,%.5f%n", p.postId(), p.author(), p.followers(),
                        p.predicted(), p.observedAll(), p.observedFirstLayer(), p.logPredicted(), p.logObserved()));
            }
        }
    }

    private static void scatter(List<CloneValidation.PostComparison> posts, CloneValidation.Fit fit, String title, Path png)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(760).height(520).title(String.format(Locale.ROOT,
                        "%s (log-space Pearson %.2f, n=%d)", title, fit.pearson(), fit.n()))
                .xAxisTitle("ABM infection rate, log10 (first layer)").yAxisTitle("base-world infection rate, log10").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setMarkerSize(4);
        double[] x = posts.stream().mapToDouble(CloneValidation.PostComparison::logPredicted).toArray();
        double[] y = posts.stream().mapToDouble(CloneValidation.PostComparison::logObserved).toArray();
        if (x.length == 0) {
            x = new double[] {0};
            y = new double[] {0};
        }
        chart.addSeries("posts", x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        if (!Double.isNaN(fit.slope())) {
            double lo = java.util.Arrays.stream(x).min().orElse(0), hi = java.util.Arrays.stream(x).max().orElse(1);
            chart.addSeries("linear fit", new double[] {lo, hi},
                            new double[] {fit.intercept() + fit.slope() * lo, fit.intercept() + fit.slope() * hi})
                    .setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    public static void writeCommunities(CloneValidation.Communities c, int[] sizes, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("figure7a_community_rates.csv"))) {
            w.write("community,size,observed,model_abm,static_abm\n");
            for (int k = 0; k < c.observed().length; k++) {
                w.write(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f%n", k, sizes[k], c.observed()[k], c.model()[k],
                        c.staticBaseline()[k]));
            }
        }
    }

    public static void writeValidation(CloneValidation.Figure6 f, CloneValidation.Communities c, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("validation.csv"))) {
            w.write("metric,value,paper\n");
            w.write(row("fig6a_log_pearson_across_users", f.acrossFit().pearson(), "0.81"));
            w.write(row("fig6a_p_value", f.acrossFit().pValue(), "<0.01"));
            w.write(row("fig6a_posts", f.acrossFit().n(), "~10000"));
            w.write(row("fig6a_log_pearson_first_layer_observed", f.acrossFirstLayerFit().pearson(), ""));
            w.write(row("fig6b_log_pearson_source_user", f.sourceFit().pearson(), "0.08"));
            w.write(row("fig6b_p_value", f.sourceFit().pValue(), "0.075"));
            w.write(row("fig6b_posts", f.sourceFit().n(), "~1000"));
            w.write(row("fig6b_log_pearson_first_layer_observed", f.sourceFirstLayerFit().pearson(), ""));
            w.write(row("fig7a_community_mae_model_abm", c.modelMae(), "0.065"));
            w.write(row("fig7a_community_mae_static_abm", c.staticMae(), "0.080"));
            w.write(row("static_rate", c.staticRate(), ""));
        }
    }

    public static void printValidation(CloneValidation.Figure6 f, CloneValidation.Communities c, PrintWriter out) {
        out.println("Validation against the base world (paper's values beside)");
        out.printf(Locale.ROOT, "  Fig 6A log-space Pearson, across users   %6.3f (p=%.2g, n=%d)   paper 0.81 (p<0.01)%n",
                f.acrossFit().pearson(), f.acrossFit().pValue(), f.acrossFit().n());
        out.printf(Locale.ROOT, "  Fig 6B log-space Pearson, source user    %6.3f (p=%.2g, n=%d)   paper 0.08 (p=0.075)%n",
                f.sourceFit().pearson(), f.sourceFit().pValue(), f.sourceFit().n());
        out.printf(Locale.ROOT, "  Fig 7A community MAE, model-driven ABM   %6.4f                    paper 0.065%n", c.modelMae());
        out.printf(Locale.ROOT, "  Fig 7A community MAE, static ABM         %6.4f (rate %.4f)        paper 0.080%n",
                c.staticMae(), c.staticRate());
    }

    public static void writeAlphaScan(List<CloneValidation.AlphaPoint> scan, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("alpha_scan.csv"))) {
            w.write("alpha,mean_abm_infections,observed_infections\n");
            for (var p : scan) w.write(String.format(Locale.ROOT, "%.2f,%.2f,%d%n", p.alpha(), p.meanInfections(), p.observed()));
        }
    }

    public static void printAlphaScan(List<CloneValidation.AlphaPoint> scan, PrintWriter out) {
        out.printf(Locale.ROOT, "alpha scan (paper: alpha = 3.0 matched total infections): T_S reshared by %d N_A users in the base world%n",
                scan.isEmpty() ? 0 : scan.get(0).observed());
        for (var p : scan) out.printf(Locale.ROOT, "  alpha %.1f -> mean ABM infections %.1f%n", p.alpha(), p.meanInfections());
    }

    private static String row(String metric, double v, String paper) {
        return String.format(Locale.ROOT, "%s,%.6g,%s%n", metric, v, paper);
    }
}
