package org.infoops.graph;

/**
 * What one edge-placing phase (B or C of spec §3.2) did.
 *
 * @param iterations  iterations that placed edges
 * @param stalled     true if the phase ended because the top node still had degree but no candidate (B3/C3)
 * @param stubsPlaced stubs used: two per reciprocal pair in Phase B, one out-stub per edge in Phase C
 * @param stubsLeft   stubs never placed and silently dropped (Phase B: reciprocal; Phase C: out-stubs)
 */
public record PhaseOutcome(int iterations, boolean stalled, long stubsPlaced, long stubsLeft) {}
