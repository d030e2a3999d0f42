package org.infoops.graph;

/**
 * Which graphs a scenario runs on. Run r uses the graph generated from (seed, r), so every scenario of a sweep
 * shares the same graphs, as the paper reuses its 20 + 20 saved graphs across scenarios (Diluvsion §3.7 l.348).
 *
 * @param generator       "schweimer" (improved Schweimer SN generator, spec §3) or "file"
 * @param hyperParameters name of a crawled hyper-parameter set (spec §3.3; "Covid" in the paper, §3.7 l.344)
 * @param seed            root seed of the graph family
 * @param file            an edge-list CSV or GraphML file when generator = "file" (used for every run)
 */
public record GraphSettings(String generator, String hyperParameters, long seed, String file) {}
