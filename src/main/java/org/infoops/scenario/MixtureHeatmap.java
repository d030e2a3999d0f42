package org.infoops.scenario;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A heatmap over a mixture grid (real share x synthetic share, the synthetic-data paper's Figures 3a/b and 4a/b):
 * one cell per (real, synthetic, value) triple, values printed in the cells, cells without a value left blank.
 */
public final class MixtureHeatmap {
    private MixtureHeatmap() {
    }

    /** @param cells triples {real share, synthetic share, value}; shares must be among {@code shares} */
    public static HeatMapChart of(List<Double> shares, List<double[]> cells, String title) {
        HeatMapChart chart = new HeatMapChartBuilder().width(760).height(560).title(title)
                .xAxisTitle("real data (%)").yAxisTitle("synthetic data (%)").build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.000");
        List<Integer> axis = shares.stream().map(x -> (int) Math.round(x * 100)).toList();
        List<Number[]> data = new ArrayList<>();
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (double[] c : cells) {
            if (Double.isNaN(c[2])) continue;
            data.add(new Number[] {shares.indexOf(c[0]), shares.indexOf(c[1]), c[2]});
            min = Math.min(min, c[2]);
            max = Math.max(max, c[2]);
        }
        if (!data.isEmpty()) {
            chart.getStyler().setMin(min);
            chart.getStyler().setMax(max > min ? max : min + 1e-9);
        }
        chart.addSeries("mean over seeds", axis, axis, data);
        return chart;
    }
}
