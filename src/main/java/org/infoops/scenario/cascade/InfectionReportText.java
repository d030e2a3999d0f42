package org.infoops.scenario.cascade;

import org.infoops.model.cascade.infer.CloneValidation;
import org.infoops.model.cascade.infer.TrainedInfection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The infection model's short tables as console lines, with the paper's values beside. */
final class InfectionReportText {
    private InfectionReportText() {}

    static List<String> auc(TrainedInfection t) {
        List<String> lines = new ArrayList<>();
        lines.add("ROC AUC of the boosted trees (paper Fig 5A: training set vs later hold-out months)");
        lines.add(String.format(Locale.ROOT, "  %-42s %9s %9s %7s %12s", "set", "rows", "positive", "AUC", "hidden rule"));
        for (var e : t.evaluations().values()) {
            lines.add(String.format(Locale.ROOT, "  %-42s %9d %9d %7.3f %12.3f", e.set().label, e.rows(), e.positives(), e.auc(), e.oracleAuc()));
        }
        return lines;
    }

    static List<String> validation(CloneValidation.Figure6 f, CloneValidation.Communities c) {
        return List.of("Validation against the base world (paper's values beside)",
                String.format(Locale.ROOT, "  Fig 6A log-space Pearson, across users   %6.3f (p=%.2g, n=%d)   paper 0.81 (p<0.01)",
                        f.acrossFit().pearson(), f.acrossFit().pValue(), f.acrossFit().n()),
                String.format(Locale.ROOT, "  Fig 6B log-space Pearson, source user    %6.3f (p=%.2g, n=%d)   paper 0.08 (p=0.075)",
                        f.sourceFit().pearson(), f.sourceFit().pValue(), f.sourceFit().n()),
                String.format(Locale.ROOT, "  Fig 7A community MAE, model-driven ABM   %6.4f                    paper 0.065", c.modelMae()),
                String.format(Locale.ROOT, "  Fig 7A community MAE, static ABM         %6.4f (rate %.4f)        paper 0.080",
                        c.staticMae(), c.staticRate()));
    }

    static List<String> alphaScan(List<CloneValidation.AlphaPoint> scan) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT,
                "alpha scan (paper: alpha = 3.0 matched total infections): T_S reshared by %d N_A users in the base world",
                scan.isEmpty() ? 0 : scan.get(0).observed()));
        for (var p : scan) lines.add(String.format(Locale.ROOT, "  alpha %.1f -> mean ABM infections %.1f", p.alpha(), p.meanInfections()));
        return lines;
    }
}
