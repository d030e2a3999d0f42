package org.infoops.scenario.diluvsion;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ours against the paper's Table 1: one panel per simulation, our end counts of every row (stances, then themes)
 * as bars in percent of the agents and the paper's as black markers on top, all panels on one y range.
 */
final class DockingChart {
    private static final int WIDTH = 560;
    private static final int HEIGHT = 340;
    private static final int COLUMNS = 4;

    private DockingChart() {}

    static void write(Docking d, Path file) throws IOException {
        List<Docking.Simulation> sims = d.simulations();
        int columns = Math.max(1, Math.min(COLUMNS, sims.size()));
        int rows = Math.max(1, (sims.size() + columns - 1) / columns);
        BufferedImage grid = new BufferedImage(columns * WIDTH, rows * HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            for (int i = 0; i < sims.size(); i++) {
                BufferedImage p = BitmapEncoder.getBufferedImage(panel(sims.get(i)));
                g.drawImage(p, (i % columns) * WIDTH, (i / columns) * HEIGHT, null);
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(grid, "png", file.toFile())) throw new IOException("no PNG writer available");
    }

    static CategoryChart panel(Docking.Simulation sim) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(String.format(java.util.Locale.ROOT, "%s: max share error %.1f pt, theme MAE %.0f",
                        sim.name(), sim.maxShareError(), sim.themeMae()))
                .yAxisTitle("% of agents").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(90);
        List<String> rows = PaperTable1.load().rows();
        double agents = sim.ours()[0] + sim.ours()[1] + sim.ours()[2];
        double paperAgents = sim.paper()[0] + sim.paper()[1] + sim.paper()[2];
        List<Double> ours = new ArrayList<>(), paper = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ours.add(100 * sim.ours()[r] / agents);
            paper.add(100 * sim.paper()[r] / paperAgents);
        }
        CategorySeries bars = chart.addSeries("ours", rows, ours);
        bars.setFillColor(new Color(31, 119, 180));
        CategorySeries marks = chart.addSeries("paper", rows, paper);
        marks.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        marks.setMarker(SeriesMarkers.DIAMOND);
        marks.setMarkerColor(Color.BLACK);
        return chart;
    }
}
