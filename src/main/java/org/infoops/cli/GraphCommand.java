package org.infoops.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GenerationTrace;
import org.infoops.graph.GraphFactory;
import org.infoops.graph.GraphIO;
import org.infoops.graph.GraphSettings;
import org.infoops.graph.GraphStatistics;
import org.infoops.graph.SchweimerGenerator;
import org.infoops.graph.SnHyperParameterSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code graph}: generate a Schweimer social graph exactly as a run would (same seed derivation as
 * {@link GraphFactory}), or read one from a file; print its statistics and optionally save it.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Generate a Schweimer social-network graph (or read one) and print its statistics.",
                "Example: graph --set Covid --nodes 1000 --seed 1 --run 0 --out graph.csv"})
public final class GraphCommand implements Callable<Integer> {
    private static final List<String> GENERATION_OPTIONS = List.of("--set", "--nodes", "--seed", "--run");

    @Spec
    CommandSpec spec;

    @Option(names = "--set", defaultValue = SnHyperParameterSets.DEFAULT_NAME, paramLabel = "NAME",
            description = "Crawled hyper-parameter set (default: ${DEFAULT-VALUE}); see --list-sets.")
    String set;

    @Option(names = "--nodes", defaultValue = "1000", paramLabel = "N", description = "Number of nodes (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--seed", defaultValue = "1", description = "Graph seed, as graph.seed in a scenario (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--run", defaultValue = "0", paramLabel = "INDEX", description = "Run index (default: ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--in", paramLabel = "FILE", description = "Read this .csv or .graphml graph instead of generating one.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the graph to this .csv or .graphml file.")
    Path out;

    @Option(names = "--skip-clustering",
            description = "Do not compute the average clustering (the slow statistic on big graphs).")
    boolean skipClustering;

    @Option(names = "--list-sets", description = "List the hyper-parameter sets and exit.")
    boolean listSets;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        if (listSets) {
            SnHyperParameterSets.standard().names().forEach(stdout::println);
            return 0;
        }
        if (out != null) { // fail before a long generation, not after it
            orUsageError(() -> {
                GraphIO.requireSupportedExtension(out);
                return null;
            });
        }
        FollowerGraph graph;
        long start = System.nanoTime();
        if (in != null) {
            for (String option : GENERATION_OPTIONS) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), "--in cannot be combined with " + option);
                }
            }
            graph = orUsageError(() -> GraphIO.read(in));
            stdout.printf(Locale.ROOT, "read %s in %.2f s%n", in, seconds(start));
        } else {
            if (nodes < 1) throw new ParameterException(spec.commandLine(), "--nodes must be >= 1; got " + nodes);
            if (run < 0) throw new ParameterException(spec.commandLine(), "--run must be >= 0; got " + run);
            try {
                SnHyperParameterSets.standard().byName(set);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage());
            }
            GraphSettings settings = new GraphSettings(GraphFactory.SCHWEIMER, set, seed, null);
            SchweimerGenerator.Result result = orUsageError(() -> GraphFactory.schweimerTraced(settings, nodes, run));
            graph = result.graph();
            GenerationTrace t = result.trace();
            stdout.printf(Locale.ROOT, "generated %s graph: nodes=%d seed=%d run=%d in %.2f s%n",
                    set, nodes, seed, run, seconds(start));
            stdout.printf(Locale.ROOT, "phase A draws %d; reciprocal phase: %d iterations%s, %d stubs dropped; "
                            + "directed phase: %d iterations%s, %d out-stubs dropped%n",
                    t.attempts(), t.reciprocal().iterations(), t.reciprocal().stalled() ? " (stalled)" : "",
                    t.reciprocal().stubsLeft(), t.directed().iterations(), t.directed().stalled() ? " (stalled)" : "",
                    t.directed().stubsLeft());
        }
        long statsStart = System.nanoTime();
        GraphStatistics statistics = GraphStatistics.compute(graph, !skipClustering);
        stdout.print(statistics.format());
        stdout.printf(Locale.ROOT, "(statistics in %.2f s)%n", seconds(statsStart));
        if (out != null) {
            orUsageError(() -> {
                GraphIO.write(graph, out);
                return null;
            });
            stdout.println("wrote " + out);
        }
        stdout.flush();
        return 0;
    }

    /** Turns the graph package's validation and I/O errors into a usage error, printed without a stack trace. */
    private <T> T orUsageError(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
