package org.infoops.scenario.lkml;

import org.infoops.scenario.Interval;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.MixturePipeline.CellResult;
import org.infoops.model.lkml.MixturePipeline.PoolSizes;
import org.infoops.model.lkml.MixturePipeline.SeedResult;
import org.infoops.scenario.StagedDirectory;

/**
 * Writes the mixture experiment into one directory, atomically (staged, then moved into place): {@code grid_runs.csv}
 * (one row per configuration, learner, seed and cell), {@code grid.csv} (per cell: mean and 95% interval over seeds),
 * {@code claims.csv} ({@link MixtureClaims}), {@code pools.csv} (pool sizes per seed) and, per configuration and
 * learner, the paper's panels: (a) KS D and (b) RMSE heatmaps, (c) and (d) their projections with error bars
 * ({@code figure3a.png} for boosted trees, {@code figure3a-logistic.png} for logistic regression, ...).
 */
public final class LkmlOutputs {
    private LkmlOutputs() {
    }

    public static void write(Path dir, LkmlMixtures experiment, List<SeedResult> results) throws IOException {
        List<LkmlMixtures.Summary> summary = LkmlMixtures.summarise(results);
        List<MixtureClaims.Claim> claims = MixtureClaims.of(results, experiment.scenario().mixtures().shares());
        StagedDirectory.write(dir, d -> {
            try (Writer w = writer(d, "grid_runs.csv")) {
                w.write("configuration,method,seed,real_share,synthetic_share,rows,positives,ks_d,rmse,auc\n");
                for (SeedResult s : results) {
                    for (CellResult c : s.cells()) {
                        w.write(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%d,%d,%s,%s,%s%n", c.configuration(), method(c.method()), c.seed(),
                                c.realShare(), c.syntheticShare(), c.rows(), c.positives(), num(c.ksD()), num(c.rmse()), num(c.auc())));
                    }
                }
            }
            try (Writer w = writer(d, "grid.csv")) {
                w.write("configuration,method,real_share,synthetic_share,seeds,ks_d,ks_d_ci95_low,ks_d_ci95_high,rmse,rmse_ci95_low,rmse_ci95_high,auc,auc_ci95_low,auc_ci95_high\n");
                for (LkmlMixtures.Summary s : summary) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%s,%s%n", s.configuration(), method(s.method()), s.realShare(),
                            s.syntheticShare(), s.seeds(), interval(s.ksD()), interval(s.rmse()) + "," + interval(s.auc())));
                }
            }
            try (Writer w = writer(d, "claims.csv")) {
                w.write("configuration,method,measure,claim,real_share,synthetic_share,value,reference_value,relative_improvement,ci95_low,ci95_high,seeds,holds\n");
                for (MixtureClaims.Claim c : claims) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%d,%s%n", c.configuration(), method(c.method()),
                            c.measure().name().toLowerCase(Locale.ROOT), c.claim(), c.realShare(), c.syntheticShare(), num(c.value()),
                            num(c.reference()), interval(c.improvement()), c.improvement().n(), c.holds()));
                }
            }
            try (Writer w = writer(d, "pools.csv")) {
                w.write("seed,real,real_reversed,test,test_reversed,configuration_I,configuration_I_reversed,configuration_II,configuration_II_reversed,simulated_messages\n");
                for (SeedResult s : results) {
                    PoolSizes p = s.pools();
                    w.write(s.seed() + "," + p.real() + "," + p.realPositives() + "," + p.test() + "," + p.testPositives() + ","
                            + p.configurationI() + "," + p.configurationIPositives() + "," + p.configurationII() + ","
                            + p.configurationIIPositives() + "," + p.simulatedMessages() + "\n");
                }
            }
            for (Configuration c : experiment.configurations()) {
                for (Method m : experiment.scenario().mixtures().methods()) {
                    LkmlCharts.panels(d, experiment.scenario(), c, m, summary);
                }
            }
        });
    }

    static String method(Method m) {
        return m.name().toLowerCase(Locale.ROOT);
    }

    private static String interval(Interval i) {
        return num(i.mean()) + "," + num(i.low()) + "," + num(i.high());
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static Writer writer(Path d, String name) throws IOException {
        return Files.newBufferedWriter(d.resolve(name), StandardCharsets.UTF_8);
    }
}
