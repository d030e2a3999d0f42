package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.scenario.StagedDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GraphFactory;
import org.infoops.graph.JGraphTAdapter;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.diluvsion.StanceTrace;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The paper's network figures (Figures 5-9) at the paper's figure size, 100 agents with 10 bots: one run with
 * embedded bots (Sim 1 otherwise) and one with fringe bots (Sim 6 otherwise). For each, the follower network at the
 * start and at the end (PNG laid out by JGraphT's Fruchterman-Reingold algorithm, the same positions in both, and
 * GraphML with stance, bot flag, likes and replies per node for Gephi), and every agent's stance over time.
 * Colours follow the paper's Figure 5 caption: opposition blue, neutral yellow, supporters green; node size grows
 * with the mean likes per reply its tweets received; bots have a black ring.
 */
public final class NetworkFigures {
    /** The two settings: name and the paper scenario it shrinks. */
    public static final Map<String, String> SETTINGS = Map.of("embedded", "sim01", "fringe", "sim06");
    static final Color[] COLOURS = {new Color(31, 119, 180), new Color(230, 180, 0), new Color(44, 160, 44)};
    private static final int SIZE = 900;

    private NetworkFigures() {}

    /** The paper scenario at 100 agents (10 bots), population shares kept, {@code steps} steps, one run. */
    public static DiluvsionScenario scenario(String setting, int steps) {
        String sim = SETTINGS.get(setting);
        if (sim == null) throw new ScenarioException(null, "setting", "'" + setting + "'; allowed: " + SETTINGS.keySet());
        String resource = ScenarioLoader.RESOURCE_ROOT + "diluvsion/" + sim + ".yaml";
        ObjectMapper yaml = new YAMLMapper();
        try (InputStream in = NetworkFigures.class.getClassLoader().getResourceAsStream(resource)) {
            ObjectNode root = (ObjectNode) yaml.readTree(in);
            root.put("name", "figures-" + setting);
            root.put("steps", steps);
            root.put("runs", 1);
            ((ObjectNode) root.get("bots")).put("count", 10);
            ObjectNode pop = root.putObject("parameters").putObject("population");
            pop.put("agents", 100);
            pop.putObject("startStances").put("negative", 14).put("neutral", 13).put("positive", 73); // 139/129/732 per 1,000
            ArrayNode counts = pop.putArray("themeCountDistribution"); // [700, 221, 59, 15, 5] / 10 -> 141 slots
            for (int c : new int[] {70, 22, 6, 1, 1}) counts.add(c);
            ArrayNode themes = pop.putArray("startThemeCounts"); // Table 1 start counts / 10 to 141 slots, T7 kept at 1
            for (int c : new int[] {16, 24, 55, 19, 3, 7, 1, 5, 3, 3, 3, 2}) themes.add(c);
            return new ScenarioLoader().parse(yaml.writeValueAsString(root), "figures:" + setting, Path.of("").toAbsolutePath(), DiluvsionScenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StanceTrace trace(DiluvsionScenario s, int runIndex) {
        FollowerGraph g = GraphFactory.build(s.setup().graph(), s.setup().graphNodes(), runIndex);
        return StanceTrace.record(s.setup(), g, new RandomStreams(s.seed()), runIndex);
    }

    /** Writes {@code dir} atomically: network_start/_end .png and .graphml, stance_timeline.png. */
    public static void write(StanceTrace t, String title, long layoutSeed, Path dir) throws IOException {
        Map<Integer, Point2D> layout = layout(t.start(), layoutSeed);
        byte[] first = t.stance()[0], last = t.stance()[t.stance().length - 1];
        StagedDirectory.write(dir, p -> {
            png(network(t, t.start(), first, layout, title + ": start"), p.resolve("network_start.png"));
            png(network(t, t.end(), last, layout, title + ": end (step " + (t.stance().length - 1) + ")"), p.resolve("network_end.png"));
            graphMl(t, t.start(), first, p.resolve("network_start.graphml"));
            graphMl(t, t.end(), last, p.resolve("network_end.graphml"));
            png(timeline(t, title), p.resolve("stance_timeline.png"));
        });
    }

    static Map<Integer, Point2D> layout(FollowerGraph g, long seed) {
        Graph<Integer, DefaultEdge> u = JGraphTAdapter.toUndirected(g);
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(0, 0, SIZE, SIZE));
        new FRLayoutAlgorithm2D<Integer, DefaultEdge>(200, 0.5, new Random(seed)).layout(u, model);
        Map<Integer, Point2D> out = new HashMap<>();
        for (Integer v : u.vertexSet()) out.put(v, model.get(v));
        return out;
    }

    /** Likes per reply received ((likes+1)/(replies+1)), the paper's node size, as a radius. */
    static double radius(StanceTrace t, int a) {
        double ratio = (t.likes()[a] + 1.0) / (t.replies()[a] + 1.0);
        return 4 + 3 * Math.log1p(ratio);
    }

    static BufferedImage network(StanceTrace t, FollowerGraph g, byte[] stance, Map<Integer, Point2D> pos, String title) {
        int margin = 40;
        BufferedImage img = new BufferedImage(SIZE + 2 * margin, SIZE + 2 * margin + 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, img.getWidth(), img.getHeight());
            gr.setColor(new Color(0, 0, 0, 40));
            for (int u = 0; u < g.size(); u++) {
                int[] fs = g.followeesArray(u);
                for (int i = 0; i < g.followeeCount(u); i++) {
                    Point2D a = pos.get(u), b = pos.get(fs[i]);
                    gr.drawLine((int) a.getX() + margin, (int) a.getY() + margin + 30, (int) b.getX() + margin, (int) b.getY() + margin + 30);
                }
            }
            for (int a = 0; a < g.size(); a++) {
                Point2D p = pos.get(a);
                double r = radius(t, a);
                int x = (int) (p.getX() - r) + margin, y = (int) (p.getY() - r) + margin + 30, d = (int) (2 * r);
                gr.setColor(COLOURS[stance[a]]);
                gr.fillOval(x, y, d, d);
                if (t.bot()[a]) {
                    gr.setColor(Color.BLACK);
                    gr.setStroke(new BasicStroke(2.5f));
                    gr.drawOval(x, y, d, d);
                }
            }
            gr.setColor(Color.BLACK);
            gr.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            gr.drawString(title + "  (blue neg., yellow neu., green pos.; ring = bot)", margin, 28);
        } finally {
            gr.dispose();
        }
        return img;
    }

    /** One row per agent (bots first, then humans by start stance), one column per step, coloured by stance. */
    static BufferedImage timeline(StanceTrace t, String title) {
        int n = t.agents(), steps = t.stance().length, rowH = 6, top = 30;
        List<Integer> order = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.<Integer, Boolean>comparing(a -> !t.bot()[a]).thenComparing(a -> t.stance()[0][a]).thenComparing(a -> a))
                .toList();
        BufferedImage img = new BufferedImage(steps, top + n * rowH, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (int row = 0; row < n; row++) {
                int a = order.get(row);
                for (int s = 0; s < steps; s++) {
                    gr.setColor(COLOURS[t.stance()[s][a]]);
                    gr.fillRect(s, top + row * rowH, 1, rowH - (t.bot()[a] ? 0 : 1));
                }
            }
            gr.setColor(Color.BLACK);
            gr.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            gr.drawString(title + ": stance per agent (rows; bots on top) over steps (columns)", 4, 20);
        } finally {
            gr.dispose();
        }
        return img;
    }

    static void graphMl(StanceTrace t, FollowerGraph g, byte[] stance, Path file) throws IOException {
        Graph<Integer, DefaultEdge> jg = JGraphTAdapter.toJGraphT(g);
        GraphMLExporter<Integer, DefaultEdge> ex = new GraphMLExporter<>(v -> Integer.toString(v));
        ex.registerAttribute("stance", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute("bot", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
        ex.registerAttribute("likes", GraphMLExporter.AttributeCategory.NODE, AttributeType.LONG);
        ex.registerAttribute("replies", GraphMLExporter.AttributeCategory.NODE, AttributeType.LONG);
        ex.setVertexAttributeProvider(v -> Map.of(
                "stance", DefaultAttribute.createAttribute(stance[v] - 1),
                "bot", DefaultAttribute.createAttribute(t.bot()[v]),
                "likes", DefaultAttribute.createAttribute(t.likes()[v]),
                "replies", DefaultAttribute.createAttribute(t.replies()[v])));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ex.exportGraph(jg, w);
        }
    }

    private static void png(BufferedImage img, Path file) throws IOException {
        if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer available");
    }
}
