package org.infoops.env.troll;

import java.awt.Color;
import org.infoops.env.RgbFrame;
import org.infoops.model.troll.PostStore;
import org.infoops.model.troll.TrollWorld;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The rgb_array frame of the troll environments: attacks on influencers and postponed posts per day so far. */
final class AttackChart {
    private AttackChart() {
    }

    static RgbFrame render(String title, TrollWorld w) {
        int days = (int) Math.max(1, (w.now() + 1439) / 1440);
        double[] x = new double[days], attacks = new double[days], postponed = new double[days];
        for (int d = 0; d < days; d++) x[d] = d;
        PostStore posts = w.posts();
        for (int q = 0; q < posts.size(); q++) {
            if (posts.author(q) < w.backgroundUsers()) continue;
            if (posts.attacked(q) && posts.attackTime(q) / 1440 < days) attacks[(int) (posts.attackTime(q) / 1440)]++;
            if (posts.postponed(q) && posts.time(q) / 1440 < days) postponed[(int) (posts.time(q) / 1440)]++;
        }
        XYChart chart = new XYChartBuilder().width(480).height(320).title(title).xAxisTitle("day").yAxisTitle("influencer posts").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE).setLegendVisible(true).setAntiAlias(true);
        chart.addSeries("attacked", x, attacks).setMarker(SeriesMarkers.NONE).setLineColor(new Color(214, 39, 40));
        chart.addSeries("postponed", x, postponed).setMarker(SeriesMarkers.NONE).setLineColor(new Color(31, 119, 180));
        return RgbFrame.of(BitmapEncoder.getBufferedImage(chart));
    }
}
