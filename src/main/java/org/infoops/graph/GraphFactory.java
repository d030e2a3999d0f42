package org.infoops.graph;

import java.nio.file.Path;
import java.util.Locale;
import org.infoops.kernel.RandomStreams;

/** Builds the follower graph a run uses. */
public final class GraphFactory {
    public static final String SCHWEIMER = "schweimer";
    public static final String FILE = "file";

    private GraphFactory() {}

    /**
     * The graph with {@code nodes} nodes for run {@code runIndex}; deterministic in (settings.seed, nodes, runIndex).
     * "schweimer": the improved Schweimer generator with the named hyper-parameter set (default Covid), drawing from
     * the stream ("graph", nodes, runIndex) of the graph seed, so all scenarios of a sweep share run r's graph.
     * "file": the graph in {@code settings.file()} (every run the same), which must have exactly {@code nodes} nodes.
     *
     * @throws IllegalArgumentException naming the settings field for an unknown generator or set, a missing or
     *                                  unreadable file, or a file with the wrong node count
     */
    public static FollowerGraph build(GraphSettings settings, int nodes, int runIndex) {
        if (nodes < 0) throw new IllegalArgumentException("node count must be >= 0; got " + nodes);
        String generator = settings.generator() == null ? "" : settings.generator().strip().toLowerCase(Locale.ROOT);
        switch (generator) {
            case SCHWEIMER:
                return schweimerTraced(settings, nodes, runIndex).graph();
            case FILE:
                return fromFile(settings, nodes);
            default:
                throw new IllegalArgumentException("graph.generator: unknown value '" + settings.generator()
                        + "'; allowed: " + SCHWEIMER + ", " + FILE);
        }
    }

    /**
     * The Schweimer graph {@link #build} returns for these settings, with the generator's trace (for diagnostics;
     * the generator field is not consulted).
     */
    public static SchweimerGenerator.Result schweimerTraced(GraphSettings settings, int nodes, int runIndex) {
        if (nodes < 0) throw new IllegalArgumentException("node count must be >= 0; got " + nodes);
        String name = settings.hyperParameters() == null || settings.hyperParameters().isBlank()
                ? SnHyperParameterSets.DEFAULT_NAME : settings.hyperParameters();
        SnHyperParameters parameters;
        try {
            parameters = SnHyperParameterSets.standard().byName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("graph.hyperParameters: " + e.getMessage(), e);
        }
        return new SchweimerGenerator(parameters)
                .generateTraced(nodes, new RandomStreams(settings.seed()).stream("graph", nodes, runIndex));
    }

    private static FollowerGraph fromFile(GraphSettings settings, int nodes) {
        if (settings.file() == null || settings.file().isBlank()) {
            throw new IllegalArgumentException("graph.file: required when graph.generator is '" + FILE + "'");
        }
        Path path = Path.of(settings.file());
        FollowerGraph graph;
        try {
            graph = GraphIO.read(path);
        } catch (RuntimeException e) { // unreadable, wrong extension or malformed
            throw new IllegalArgumentException("graph.file: " + e.getMessage(), e);
        }
        if (graph.size() != nodes) {
            throw new IllegalArgumentException("graph.file: '" + settings.file() + "' has " + graph.size()
                    + " nodes but the run needs " + nodes);
        }
        return graph;
    }
}
