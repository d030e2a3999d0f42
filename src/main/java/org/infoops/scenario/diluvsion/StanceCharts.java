package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.Stance;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Stance counts over time, mean over runs with a ±1 sd band, as in the paper's Figure 3: one panel per scenario
 * ({@code stance.png}) and a grid of panels for a sweep ({@code figure3.png}). Colours follow the paper's
 * Figure 5 caption: opposition (negative) blue, neutral yellow, supporters (positive) green.
 */
final class StanceCharts {
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 420;
    static final int GRID_COLUMNS = 4;
    private static final Color[] COLOURS = {new Color(31, 119, 180), new Color(214, 160, 0), new Color(44, 160, 44)};
    private static final double STEPS_PER_DAY = 48;

    private StanceCharts() {}

    static void writePanel(DiluvsionResult result, Path file) throws IOException {
        write(BitmapEncoder.getBufferedImage(panel(result, PANEL_WIDTH, PANEL_HEIGHT, agents(result))), file);
    }

    /** All scenarios' panels in a grid, sharing one y range so panels compare at a glance. */
    static void writeGrid(List<DiluvsionResult> results, Path file) throws IOException {
        int columns = Math.max(1, Math.min(GRID_COLUMNS, results.size()));
        int rows = (results.size() + columns - 1) / columns;
        int w = PANEL_WIDTH * 3 / 4;
        int h = PANEL_HEIGHT * 3 / 4;
        double yMax = results.stream().mapToDouble(StanceCharts::agents).max().orElse(1);
        BufferedImage grid = new BufferedImage(columns * w, Math.max(1, rows) * h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            for (int i = 0; i < results.size(); i++) {
                BufferedImage p = BitmapEncoder.getBufferedImage(panel(results.get(i), w, h, yMax));
                g.drawImage(p, (i % columns) * w, (i / columns) * h, null);
            }
        } finally {
            g.dispose();
        }
        write(grid, file);
    }

    static XYChart panel(DiluvsionResult result, int width, int height, double yMax) {
        DiluvsionScenario s = result.scenario();
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(s.name() + " (" + result.runs() + (result.runs() == 1 ? " run)" : " runs, mean ± 1 sd)"))
                .xAxisTitle("day").yAxisTitle("agents").build();
        XYStyler st = chart.getStyler();
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotGridLinesVisible(true);
        st.setXAxisTickMarkSpacingHint(Math.max(60, width / 10)); // about one label a week for 28 days
        st.setYAxisMin(0.0);
        st.setYAxisMax(yMax);
        double[] days = new double[result.steps()];
        for (int t = 0; t < days.length; t++) days[t] = t / STEPS_PER_DAY;
        for (Stance stance : Stance.ALL) {
            String column = DiluvsionMetrics.stance(stance);
            double[] mean = result.meanSeries(column);
            double[] sd = result.sdSeries(column);
            Color colour = COLOURS[stance.ordinal()];
            if (result.runs() > 1) band(chart, stance.label() + " sd", days, mean, sd, colour);
            XYSeries line = chart.addSeries(stance.label(), days, mean);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(colour);
        }
        return chart;
    }

    /** mean ± sd as a closed polygon: upper edge left to right, lower edge right to left. */
    private static void band(XYChart chart, String name, double[] x, double[] mean, double[] sd, Color colour) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int t = 0; t < n; t++) {
            px[t] = x[t];
            py[t] = mean[t] + sd[t];
            px[2 * n - 1 - t] = x[t];
            py[2 * n - 1 - t] = Math.max(0, mean[t] - sd[t]);
        }
        XYSeries band = chart.addSeries(name, px, py);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 60));
        band.setLineColor(new Color(0, 0, 0, 0));
        band.setShowInLegend(false);
    }

    /** Total agents at step 0 (the y range of a panel). */
    private static double agents(DiluvsionResult r) {
        double total = 0;
        for (Stance s : Stance.ALL) total += r.meanSeries(DiluvsionMetrics.stance(s))[0];
        return total > 0 ? total : 1;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer available");
    }
}
