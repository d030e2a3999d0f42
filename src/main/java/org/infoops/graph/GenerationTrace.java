package org.infoops.graph;

/**
 * How a Schweimer graph came about: useful to see the degenerate regime of spec §3.5 (phases stalling after a
 * few iterations, most stubs dropped) without re-deriving it from the graph.
 *
 * @param attempts   Phase A whole-sample draws until |sum(in) - sum(out)| <= 0.1 n
 * @param reciprocal Phase B (reciprocal edges)
 * @param directed   Phase C (non-reciprocal edges)
 */
public record GenerationTrace(int attempts, PhaseOutcome reciprocal, PhaseOutcome directed) {}
