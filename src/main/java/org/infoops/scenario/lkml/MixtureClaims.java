package org.infoops.scenario.lkml;

import org.infoops.scenario.Interval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.MixturePipeline.CellResult;
import org.infoops.model.lkml.MixturePipeline.SeedResult;

/**
 * The paper's two claims (§1, §4.2, §6), checked per configuration, learner and measure on the seeds' results,
 * as relative improvements paired by seed (positive = better: a higher KS D, a lower RMSE):
 * <ul>
 *   <li>{@code add_25pct_synthetic}: "adding 25% synthetic data outperforms similar models with only original
 *       data by up to 25%": for each real share r, the cell (r, 25%) against (r, 0); holds where the 95% interval
 *       of the improvement lies above 0;</li>
 *   <li>{@code match_all_real}: "similar results to those achieved with a real dataset by using 60% of that data
 *       augmented with synthetic data": for each real share 0 < r < 1, the best synthetic share s > 0 (by mean)
 *       against all real data alone (100%, 0); holds where the interval reaches 0 (not worse). The real-only
 *       row (r, 0) beside it shows how much of that the synthetic data did.</li>
 * </ul>
 */
public final class MixtureClaims {
    public enum Measure {
        KS_D(CellResult::ksD, 1), RMSE(CellResult::rmse, -1);

        final ToDoubleFunction<CellResult> value;
        final int better;

        Measure(ToDoubleFunction<CellResult> value, int better) {
            this.value = value;
            this.better = better;
        }
    }

    public record Claim(Configuration configuration, Method method, Measure measure, String claim, double realShare,
                        double syntheticShare, double value, double reference, Interval improvement, boolean holds) {}

    private MixtureClaims() {
    }

    public static List<Claim> of(List<SeedResult> results, List<Double> shares) {
        Map<String, CellResult> cells = new HashMap<>();
        List<String> groups = new ArrayList<>();
        List<Long> seeds = results.stream().map(SeedResult::seed).toList();
        for (SeedResult s : results) {
            for (CellResult c : s.cells()) {
                cells.put(key(c.configuration(), c.method(), c.seed(), c.realShare(), c.syntheticShare()), c);
                String g = c.configuration() + "/" + c.method();
                if (!groups.contains(g)) groups.add(g);
            }
        }
        List<Claim> out = new ArrayList<>();
        for (String g : groups) {
            Configuration conf = Configuration.valueOf(g.substring(0, g.indexOf('/')));
            Method m = Method.valueOf(g.substring(g.indexOf('/') + 1));
            for (Measure measure : Measure.values()) {
                Compare cmp = new Compare(cells, seeds, conf, m, measure);
                if (shares.contains(0.25) && shares.contains(0.0)) {
                    for (double r : shares) {
                        if (r > 0) out.add(cmp.claim("add_25pct_synthetic", r, 0.25, r, 0.0, true));
                    }
                }
                if (shares.contains(1.0) && shares.contains(0.0)) {
                    for (double r : shares) {
                        if (r <= 0 || r >= 1) continue;
                        double best = Double.NaN, bestMean = Double.NaN;
                        for (double s : shares) {
                            if (s <= 0) continue;
                            double mean = cmp.mean(r, s);
                            if (Double.isNaN(best) || measure.better * mean > measure.better * bestMean) {
                                best = s;
                                bestMean = mean;
                            }
                        }
                        if (!Double.isNaN(best)) out.add(cmp.claim("match_all_real", r, best, 1.0, 0.0, false));
                        out.add(cmp.claim("match_all_real_without_synthetic", r, 0.0, 1.0, 0.0, false));
                    }
                }
            }
        }
        return out;
    }

    private record Compare(Map<String, CellResult> cells, List<Long> seeds, Configuration conf, Method m, Measure measure) {
        double mean(double r, double s) {
            return seeds.stream().mapToDouble(seed -> value(seed, r, s)).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        }

        double value(long seed, double r, double s) {
            CellResult c = cells.get(key(conf, m, seed, r, s));
            return c == null ? Double.NaN : measure.value.applyAsDouble(c);
        }

        /** Relative improvement of (r, s) over (r0, s0), paired by seed; strict: the interval above 0, else not below. */
        Claim claim(String name, double r, double s, double r0, double s0, boolean strict) {
            double[] rel = seeds.stream().mapToDouble(seed -> {
                double v = value(seed, r, s), ref = value(seed, r0, s0);
                return measure.better * (v - ref) / ref;
            }).toArray();
            Interval i = Interval.of(rel);
            boolean holds = strict ? i.low() > 0 : i.high() >= 0;
            return new Claim(conf, m, measure, name, r, s, mean(r, s), mean(r0, s0), i, holds);
        }
    }

    static String key(Configuration c, Method m, long seed, double r, double s) {
        return c + "/" + m + "/" + seed + "/" + r + "/" + s;
    }
}
