package org.infoops.scenario.cascade;

import org.infoops.model.cascade.infer.CloneValidation;
import org.infoops.model.cascade.infer.InfectionReport;
import org.infoops.model.cascade.infer.TrainedInfection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the infection-model figures into a directory as tidy CSVs and PNGs (the caller stages the directory). */
final class InfectionReportFiles {
    private InfectionReportFiles() {}

    /** Fig 5A of the paper: ROC AUC per test set; and the calibration curve with its coefficients. */
    static void writeAuc(TrainedInfection t, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("auc.csv"))) {
            w.write("set,label,rows,positives,auc,hidden_rule_auc\n");
            for (var e : t.evaluations().values()) {
                w.write(String.format(Locale.ROOT, "%s,\"%s\",%d,%d,%.4f,%.4f%n", e.set().name().toLowerCase(Locale.ROOT),
                        e.set().label, e.rows(), e.positives(), e.auc(), e.oracleAuc()));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("calibration.csv"))) {
            w.write("bin,mean_score,empirical_rate,calibrated,calibrated_times_alpha\n");
            for (InfectionReport.CalibrationBin b : InfectionReport.calibrationBins(t)) {
                w.write(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g%n", b.bin(), b.meanScore(), b.empiricalRate(),
                        b.calibrated(), b.calibratedTimesAlpha()));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("calibration_coefficients.csv"))) {
            w.write("power,coefficient\n");
            double[] k = t.calibration().coefficients();
            for (int d = 0; d < k.length; d++) w.write(String.format(Locale.ROOT, "%d,%.8g%n", d, k[d]));
        }
    }

    static void writeFigure6(CloneValidation.Figure6 f, Path dir) throws IOException {
        writePosts(f.acrossUsers(), dir.resolve("figure6a_across_users.csv"));
        writePosts(f.sourceUser(), dir.resolve("figure6b_source_user.csv"));
        CascadeCharts.validationScatter(f.acrossUsers(), f.acrossFit(), "Fig 6A: Period III posts across users", dir.resolve("figure6a.png"));
        CascadeCharts.validationScatter(f.sourceUser(), f.sourceFit(), "Fig 6B: Period III posts of the source user", dir.resolve("figure6b.png"));
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

    /** Fig 7A of the paper: infection rate per community, recorded against the model-driven and the static ABM. */
    static void writeCommunities(CloneValidation.Communities c, int[] sizes, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("figure7a_community_rates.csv"))) {
            w.write("community,size,observed,model_abm,static_abm\n");
            for (InfectionReport.CommunityRate r : InfectionReport.communityRates(c, sizes)) {
                w.write(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f%n", r.community(), r.size(), r.observed(), r.model(),
                        r.staticAbm()));
            }
        }
    }

    static void writeValidation(CloneValidation.Figure6 f, CloneValidation.Communities c, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("validation.csv"))) {
            w.write("metric,value,paper\n");
            for (InfectionReport.Metric m : InfectionReport.validationMetrics(f, c)) {
                w.write(String.format(Locale.ROOT, "%s,%.6g,%s%n", m.name(), m.value(), m.paper()));
            }
        }
    }

    static void writeAlphaScan(List<CloneValidation.AlphaPoint> scan, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("alpha_scan.csv"))) {
            w.write("alpha,mean_abm_infections,observed_infections\n");
            for (var p : scan) w.write(String.format(Locale.ROOT, "%.2f,%.2f,%d%n", p.alpha(), p.meanInfections(), p.observed()));
        }
    }
}
