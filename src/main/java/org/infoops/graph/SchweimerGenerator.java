package org.infoops.graph;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The improved Schweimer social-network generator (spec §3; Schweimer 2022, arXiv:2206.00502; algorithm from
 * the authors' {@code Network Generation.ipynb}): correlated reciprocal/in/out degrees (Phase A), then reciprocal
 * edges (Phase B) and directed edges (Phase C), each with triadic closure. Simple directed graph: no self-loops,
 * no parallel edges. Node ids 0..n-1 (the notebook's 1..n); u -> v means "u follows v".
 *
 * <p>Faithful to the notebook including its degenerate regime at small n (spec §3.5): a phase ends as soon as its
 * top node has no candidate, and stubs that could not be placed are dropped. Ties in "sort by remaining degree"
 * go to the lowest id. All randomness comes from the provider passed in, so (parameters, n, stream) fixes the graph.
 *
 * <p>Runs in about O(E log n + sum of k^2 over iterations) rather than the notebook's O(n^2 log n): see
 * {@link TopNodeTracker} and {@link CandidateSampler} for why the faster structures draw the same distribution.
 */
public final class SchweimerGenerator {
    private final SnHyperParameters parameters;
    private final DegreeSampler degrees;

    public SchweimerGenerator(SnHyperParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.degrees = new DegreeSampler(parameters);
    }

    public SnHyperParameters parameters() {
        return parameters;
    }

    /** A graph of n nodes drawn with {@code rng}. */
    public FollowerGraph generate(int n, UniformRandomProvider rng) {
        return generateTraced(n, rng).graph();
    }

    /** A graph of n nodes plus what each phase did. */
    public Result generateTraced(int n, UniformRandomProvider rng) {
        if (n < 0) throw new IllegalArgumentException("node count must be >= 0; got " + n);
        Objects.requireNonNull(rng, "rng");
        if (n == 0) {
            return new Result(new FollowerGraph(0), new GenerationTrace(0,
                    new PhaseOutcome(0, false, 0, 0), new PhaseOutcome(0, false, 0, 0)));
        }
        return connect(degrees.sample(n, rng), rng);
    }

    /** Phases B and C on given planned degrees (the arrays are copied, not consumed). */
    static Result connect(DegreeSequence planned, UniformRandomProvider rng) {
        int n = planned.size();
        FollowerGraph graph = new FollowerGraph(n);
        CandidateSampler sampler = new CandidateSampler(n);
        PhaseOutcome b = ReciprocalEdgePhase.run(graph, planned.reciprocal().clone(), sampler, rng);
        PhaseOutcome c = DirectedEdgePhase.run(graph, planned.out().clone(), planned.in().clone(), sampler, rng);
        return new Result(graph, new GenerationTrace(planned.attempts(), b, c));
    }

    /** A generated graph and its trace. */
    public record Result(FollowerGraph graph, GenerationTrace trace) {}
}
