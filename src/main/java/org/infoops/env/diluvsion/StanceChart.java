package org.infoops.env.diluvsion;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.infoops.env.RgbFrame;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The rgb_array render of a Diluvsion environment: stance shares over the episode so far (XChart). */
final class StanceChart {
    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(214, 160, 30), new Color(44, 160, 44)};

    private StanceChart() {}

    static RgbFrame render(String title, List<double[]> shares, double daysPerPoint) {
        XYChart chart = new XYChartBuilder().width(640).height(360).title(title)
                .xAxisTitle("day").yAxisTitle("share of agents").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setChartBackgroundColor(Color.WHITE)
                .setLegendVisible(true).setAntiAlias(true);
        int n = Math.max(1, shares.size());
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i * daysPerPoint;
        String[] names = {"negative", "neutral", "positive"};
        for (int s = 0; s < 3; s++) {
            double[] y = new double[n];
            for (int i = 0; i < shares.size(); i++) y[i] = shares.get(i)[s];
            var series = chart.addSeries(names[s], x, y);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(COLORS[s]);
        }
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        return RgbFrame.of(image);
    }
}
