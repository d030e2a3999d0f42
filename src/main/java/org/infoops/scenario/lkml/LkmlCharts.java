package org.infoops.scenario.lkml;

import org.infoops.scenario.Interval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.scenario.MixtureHeatmap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The paper's Figure 3/4 panels from the grid summary: (a) KS D and (b) RMSE as heatmaps over real share x
 * synthetic share (cell values printed; the empty (0, 0) cell left blank), (c) and (d) the same as lines over the
 * real share, one per synthetic share, with 95% error bars over seeds.
 */
final class LkmlCharts {
    private LkmlCharts() {
    }

    static void panels(Path dir, LkmlScenario s, Configuration c, Method m, List<LkmlMixtures.Summary> summary) throws IOException {
        List<LkmlMixtures.Summary> rows = summary.stream().filter(x -> x.configuration() == c && x.method() == m).toList();
        String suffix = m == Method.BOOSTED_TREES ? "" : "-" + LkmlOutputs.method(m);
        String title = "LKML setup " + c + " (" + LkmlOutputs.method(m) + ", " + s.name() + ", " + s.runs() + " seeds)";
        save(heatmap(rows, s.mixtures().shares(), LkmlMixtures.Summary::ksD, "KS D (higher is better): " + title), dir, c.figure() + "a" + suffix);
        save(heatmap(rows, s.mixtures().shares(), LkmlMixtures.Summary::rmse, "RMSE (lower is better): " + title), dir, c.figure() + "b" + suffix);
        save(projection(rows, s.mixtures().shares(), LkmlMixtures.Summary::ksD, "KS D", title), dir, c.figure() + "c" + suffix);
        save(projection(rows, s.mixtures().shares(), LkmlMixtures.Summary::rmse, "RMSE", title), dir, c.figure() + "d" + suffix);
    }

    private static HeatMapChart heatmap(List<LkmlMixtures.Summary> rows, List<Double> shares, Function<LkmlMixtures.Summary, Interval> measure, String title) {
        return MixtureHeatmap.of(shares, rows.stream().map(r -> new double[] {r.realShare(), r.syntheticShare(), measure.apply(r).mean()}).toList(), title);
    }

    private static XYChart projection(List<LkmlMixtures.Summary> rows, List<Double> shares, Function<LkmlMixtures.Summary, Interval> measure,
                                      String name, String title) {
        XYChart chart = new XYChartBuilder().width(760).height(520).title(name + ": " + title)
                .xAxisTitle("real data (%)").yAxisTitle(name + " (mean, 95% CI over seeds)").build();
        chart.getStyler().setErrorBarsColor(java.awt.Color.DARK_GRAY);
        for (double syn : shares) {
            List<Double> x = new ArrayList<>(), y = new ArrayList<>(), e = new ArrayList<>();
            for (LkmlMixtures.Summary r : rows) {
                Interval i = measure.apply(r);
                if (r.syntheticShare() != syn || Double.isNaN(i.mean())) continue;
                x.add(r.realShare() * 100 + (syn - 0.5) * 2); // a small offset keeps error bars apart
                y.add(i.mean());
                e.add(Double.isNaN(i.halfWidth()) ? 0 : i.halfWidth());
            }
            if (!x.isEmpty()) chart.addSeries(String.format(Locale.ROOT, "%d%% synthetic", Math.round(syn * 100)), x, y, e).setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path dir, String name) throws IOException {
        BitmapEncoder.saveBitmap(chart, dir.resolve(name + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
