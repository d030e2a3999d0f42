package org.infoops.graph;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * Reads and writes follower graphs as edge-list CSV or GraphML, chosen by file extension.
 *
 * <p><b>CSV</b>: an optional first line {@code # nodes=N}, then the header {@code follower,followee}, then one edge
 * {@code u,v} ("u follows v") per line with ids 0..N-1. Edges cannot carry isolated nodes, so the writer always
 * emits the {@code # nodes=N} line; without it the reader takes N = largest id + 1. Other lines starting with
 * {@code #} and blank lines are ignored.
 *
 * <p><b>GraphML</b>: JGraphT's exporter/importer; node ids are the node numbers. On import, nodes whose ids are all
 * integers are numbered by ascending id (so 0..N-1 stays as is, and networkx's 1..N becomes 0..N-1); other ids are
 * numbered in file order. Edges are read as directed (source follows target) whatever {@code edgedefault} says.
 *
 * <p>In both formats self-loops and repeated edges cannot be represented in a {@link FollowerGraph} and are dropped.
 */
public final class GraphIO {
    public static final String CSV_HEADER = "follower,followee";
    private static final String NODES_PREFIX = "# nodes=";

    private GraphIO() {}

    /** Throws IllegalArgumentException unless {@code file} ends in .csv or .graphml. */
    public static void requireSupportedExtension(Path file) {
        Format.of(file);
    }

    /** Reads a .csv or .graphml file. */
    public static FollowerGraph read(Path file) {
        Format format = Format.of(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format == Format.CSV ? readCsv(reader) : readGraphMl(reader);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("graph file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read graph file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("graph file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a .csv or .graphml file, via a temporary file moved into place when complete. */
    public static void write(FollowerGraph graph, Path file) {
        Format format = Format.of(file);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                try (BufferedWriter writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    if (format == Format.CSV) writeCsv(graph, writer);
                    else writeGraphMl(graph, writer);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write graph file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Edge-list CSV, edges sorted by follower then followee so equal graphs give equal files. */
    public static void writeCsv(FollowerGraph graph, Writer writer) throws IOException {
        StringBuilder line = new StringBuilder(32);
        writer.write(NODES_PREFIX + graph.size() + "\n");
        writer.write(CSV_HEADER + "\n");
        for (int u = 0; u < graph.size(); u++) {
            int[] followees = Arrays.copyOf(graph.followeesArray(u), graph.followeeCount(u));
            Arrays.sort(followees);
            for (int v : followees) {
                line.setLength(0);
                line.append(u).append(',').append(v).append('\n');
                writer.append(line);
            }
        }
    }

    public static FollowerGraph readCsv(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int declaredNodes = -1;
        boolean headerAllowed = true;
        int[] from = new int[1024];
        int[] to = new int[1024];
        int edges = 0;
        int maxId = -1;
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty()) continue;
            if (s.startsWith("#")) {
                String compact = s.replace(" ", "").toLowerCase(Locale.ROOT);
                if (compact.startsWith("#nodes=")) declaredNodes = parseId(compact.substring(7), lineNo, "node count");
                continue;
            }
            if (headerAllowed && s.replace(" ", "").equalsIgnoreCase(CSV_HEADER)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            int comma = s.indexOf(',');
            if (comma < 0 || s.indexOf(',', comma + 1) >= 0) {
                throw new IllegalArgumentException("line " + lineNo + ": expected 'follower,followee', found '" + s + "'");
            }
            int u = parseId(s.substring(0, comma), lineNo, "follower id");
            int v = parseId(s.substring(comma + 1), lineNo, "followee id");
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
            }
            from[edges] = u;
            to[edges++] = v;
            maxId = Math.max(maxId, Math.max(u, v));
        }
        int n = declaredNodes >= 0 ? declaredNodes : maxId + 1;
        if (maxId >= n) {
            throw new IllegalArgumentException("node id " + maxId + " is outside 0.." + (n - 1)
                    + " declared by '" + NODES_PREFIX + n + "'");
        }
        FollowerGraph graph = new FollowerGraph(n);
        for (int i = 0; i < edges; i++) graph.follow(from[i], to[i]);
        return graph;
    }

    private static int parseId(String text, int lineNo, String what) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": " + what + " must be a non-negative integer, found '"
                    + text.strip() + "'");
        }
    }

    public static void writeGraphMl(FollowerGraph graph, Writer writer) {
        GraphMLExporter<Integer, DefaultEdge> exporter = new GraphMLExporter<>(String::valueOf);
        exporter.exportGraph(JGraphTAdapter.toJGraphT(graph), writer);
    }

    public static FollowerGraph readGraphMl(Reader reader) {
        // A pseudograph accepts whatever the file holds; FollowerGraph then drops loops and repeats.
        Graph<String, DefaultEdge> raw = new DirectedPseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        try {
            importer.importGraph(raw, reader);
        } catch (ImportException e) {
            throw new IllegalArgumentException("not a readable GraphML file: " + e.getMessage(), e);
        }
        Map<String, Integer> index = numbering(new ArrayList<>(raw.vertexSet()));
        FollowerGraph graph = new FollowerGraph(index.size());
        for (DefaultEdge e : raw.edgeSet()) {
            graph.follow(index.get(raw.getEdgeSource(e)), index.get(raw.getEdgeTarget(e)));
        }
        return graph;
    }

    /** Integer ids by ascending value, otherwise file order (see class comment). */
    private static Map<String, Integer> numbering(List<String> ids) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        long[] numeric = new long[ids.size()];
        boolean allNumeric = true;
        for (int i = 0; i < ids.size() && allNumeric; i++) {
            try {
                numeric[i] = Long.parseLong(ids.get(i).strip());
            } catch (NumberFormatException e) {
                allNumeric = false;
            }
        }
        if (allNumeric) {
            Integer[] order = new Integer[ids.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compare(numeric[a], numeric[b]));
            for (int r = 0; r < order.length; r++) index.put(ids.get(order[r]), r);
        } else {
            for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        }
        return index;
    }

    private enum Format {
        CSV, GRAPHML;

        static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) return CSV;
            if (name.endsWith(".graphml")) return GRAPHML;
            throw new IllegalArgumentException("graph file '" + file + "' must end in .csv or .graphml");
        }
    }
}
