package org.infoops.env.cascade;

import java.awt.Color;
import java.util.List;
import org.infoops.env.RgbFrame;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** The rgb_array render of the moderator environment: new infections per layer so far (XChart). */
final class LayerChart {
    private LayerChart() {}

    static RgbFrame render(String title, List<Integer> perLayer) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(360).title(title)
                .xAxisTitle("infection layer").yAxisTitle("new infections").build();
        chart.getStyler().setLegendVisible(false).setChartBackgroundColor(Color.WHITE).setAntiAlias(true);
        List<Integer> layers = java.util.stream.IntStream.rangeClosed(1, Math.max(1, perLayer.size())).boxed().toList();
        List<Integer> values = perLayer.isEmpty() ? List.of(0) : perLayer;
        chart.addSeries("infections", layers, values);
        return RgbFrame.of(BitmapEncoder.getBufferedImage(chart));
    }
}
