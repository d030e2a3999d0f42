package org.infoops.model.cascade.infer;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of the infection-model figures as rows: the calibration curve beside the ROC AUCs of Fig 5A,
 * the community rates of Fig 7A and the validation metrics with the paper's values. Writing and printing them is
 * the scenario layer's job.
 */
public final class InfectionReport {
    private InfectionReport() {}

    /** One quantile bin of the calibration: mean tree score, empirical reshare rate, the polynomial and it times alpha. */
    public record CalibrationBin(int bin, double meanScore, double empiricalRate, double calibrated, double calibratedTimesAlpha) {}

    /** One community of Fig 7A: recorded infection rate against the model-driven and the static ABM. */
    public record CommunityRate(int community, int size, double observed, double model, double staticAbm) {}

    /** One validation metric with the paper's value beside it (empty when the paper gives none). */
    public record Metric(String name, double value, String paper) {}

    public static List<CalibrationBin> calibrationBins(TrainedInfection t) {
        PolynomialCalibration c = t.calibration();
        double[] x = c.binScores(), y = c.binRates();
        List<CalibrationBin> bins = new ArrayList<>(x.length);
        for (int b = 0; b < x.length; b++) {
            double cal = c.apply(x[b]);
            bins.add(new CalibrationBin(b, x[b], y[b], cal, Math.min(1, cal * t.model().alpha())));
        }
        return bins;
    }

    public static List<CommunityRate> communityRates(CloneValidation.Communities c, int[] sizes) {
        List<CommunityRate> rows = new ArrayList<>(c.observed().length);
        for (int k = 0; k < c.observed().length; k++) {
            rows.add(new CommunityRate(k, sizes[k], c.observed()[k], c.model()[k], c.staticBaseline()[k]));
        }
        return rows;
    }

    public static List<Metric> validationMetrics(CloneValidation.Figure6 f, CloneValidation.Communities c) {
        return List.of(
                new Metric("fig6a_log_pearson_across_users", f.acrossFit().pearson(), "0.81"),
                new Metric("fig6a_p_value", f.acrossFit().pValue(), "<0.01"),
                new Metric("fig6a_posts", f.acrossFit().n(), "~10000"),
                new Metric("fig6a_log_pearson_first_layer_observed", f.acrossFirstLayerFit().pearson(), ""),
                new Metric("fig6b_log_pearson_source_user", f.sourceFit().pearson(), "0.08"),
                new Metric("fig6b_p_value", f.sourceFit().pValue(), "0.075"),
                new Metric("fig6b_posts", f.sourceFit().n(), "~1000"),
                new Metric("fig6b_log_pearson_first_layer_observed", f.sourceFirstLayerFit().pearson(), ""),
                new Metric("fig7a_community_mae_model_abm", c.modelMae(), "0.065"),
                new Metric("fig7a_community_mae_static_abm", c.staticMae(), "0.080"),
                new Metric("static_rate", c.staticRate(), ""));
    }
}
