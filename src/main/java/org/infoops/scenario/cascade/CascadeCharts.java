package org.infoops.scenario.cascade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.infoops.model.cascade.CascadeResult;
import org.infoops.model.cascade.CountermeasureSweeps;
import org.infoops.model.cascade.infer.CloneValidation;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The cascade figures as PNG with XChart: Fig 5B (layers), Fig 6A/6B (the infection model's validation scatter),
 * Fig 7A/7B (communities), Fig 8A/8B/8C (sweeps).
 */
final class CascadeCharts {
    private static final int TRACES = 200; // grey per-trial traces drawn (the paper draws all 1,000; 200 read the same)

    private CascadeCharts() {}

    /** Fig 5B: infections per layer, trial traces in grey, 68% band in blue, median red dashed. */
    static void layers(CascadeResult r, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Infections by layer (" + r.trials() + " trials)")
                .xAxisTitle("infection layer").yAxisTitle("infections").build();
        chart.getStyler().setLegendVisible(true);
        int layers = r.maxLayer() + 1;
        double[] x = new double[layers];
        for (int l = 0; l < layers; l++) x[l] = l;
        int[][] byLayer = new int[layers][];
        for (int l = 0; l < layers; l++) byLayer[l] = r.layer(l);
        for (int t = 0; t < Math.min(TRACES, r.trials()); t++) {
            double[] y = new double[layers];
            for (int l = 0; l < layers; l++) y[l] = byLayer[l][t];
            XYSeries s = chart.addSeries("trial " + t, x, y);
            s.setMarker(SeriesMarkers.NONE).setLineColor(new Color(160, 160, 160, 60)).setShowInLegend(false);
        }
        CascadeResult.LayerBand[] bands = r.layerBands();
        double[] lo = new double[layers], hi = new double[layers], med = new double[layers];
        for (int l = 0; l < layers; l++) {
            lo[l] = bands[l].low();
            hi[l] = bands[l].high();
            med[l] = bands[l].median();
        }
        chart.addSeries("16th percentile", x, lo).setMarker(SeriesMarkers.NONE).setLineColor(new Color(40, 90, 200)).setLineWidth(2.5f);
        chart.addSeries("84th percentile", x, hi).setMarker(SeriesMarkers.NONE).setLineColor(new Color(40, 90, 200)).setLineWidth(2.5f);
        chart.addSeries("median", x, med).setMarker(SeriesMarkers.NONE).setLineColor(Color.RED)
                .setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f));
        save(chart, file);
    }

    /** Fig 7A (model side): infection rate per community. */
    static void communityRates(CascadeResult r, Path file) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500).title("Community infection rates")
                .xAxisTitle("community").yAxisTitle("infections / community size").build();
        chart.getStyler().setLegendVisible(false);
        double[] rates = r.communityRates();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int c = 0; c < rates.length; c++) {
            names.add("C" + c);
            values.add(rates[c]);
        }
        chart.addSeries("rate", names, values);
        save(chart, file);
    }

    /** Fig 7B: fraction of all infections along each community-to-community pathway. */
    static void pathways(CascadeResult r, Path file) throws IOException {
        double[][] f = r.pathwayFractions();
        HeatMapChart chart = new HeatMapChartBuilder().width(800).height(700).title("Infection pathways (fraction of infections)")
                .xAxisTitle("infector community").yAxisTitle("infected community").build();
        chart.getStyler().setShowValue(f.length <= 12).setHeatMapValueDecimalPattern("0.000");
        chart.getStyler().setRangeColors(new Color[] {new Color(255, 255, 255), new Color(255, 170, 60), new Color(170, 0, 0)});
        List<String> names = new ArrayList<>();
        for (int c = 0; c < f.length; c++) names.add("C" + c);
        List<Number[]> cells = new ArrayList<>();
        for (int from = 0; from < f.length; from++) {
            for (int to = 0; to < f.length; to++) cells.add(new Number[] {from, to, f[from][to]});
        }
        chart.addSeries("pathways", names, names, cells);
        save(chart, file);
    }

    /** Fig 8A/8B: mean infections (normalised to [0, 1] by the largest point, as the paper plots) against the swept value. */
    static void sweep(List<CountermeasureSweeps.Point> points, String title, String xTitle, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(xTitle)
                .yAxisTitle("infections (normalised)").build();
        chart.getStyler().setLegendVisible(false);
        double max = points.stream().mapToDouble(CountermeasureSweeps.Point::meanInfections).max().orElse(1);
        double[] x = points.stream().mapToDouble(CountermeasureSweeps.Point::x).toArray();
        double[] y = points.stream().mapToDouble(p -> max == 0 ? 0 : p.meanInfections() / max).toArray();
        chart.addSeries("mean", x, y).setMarker(SeriesMarkers.CIRCLE);
        save(chart, file);
    }

    /** Fig 8C: normalised mean infections per seed-post topic. */
    static void topics(List<CountermeasureSweeps.Point> points, List<String> names, Path file) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500).title("Infections by seed-post topic")
                .xAxisTitle("topic").yAxisTitle("infections (normalised)").build();
        chart.getStyler().setLegendVisible(false);
        double max = points.stream().mapToDouble(CountermeasureSweeps.Point::meanInfections).max().orElse(1);
        List<Double> y = points.stream().map(p -> max == 0 ? 0 : p.meanInfections() / max).toList();
        chart.addSeries("mean", names, y);
        save(chart, file);
    }

    /** Fig 6A/6B: ABM-predicted against recorded infection rates per post, log10, with the least-squares line. */
    static void validationScatter(List<CloneValidation.PostComparison> posts, CloneValidation.Fit fit, String title, Path png)
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
        save(chart, png);
    }

    private static void save(Chart<?, ?> chart, Path file) throws IOException {
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
