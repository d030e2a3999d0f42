package org.infoops.scenario.diluvsion;

import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GraphFactory;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.DiluvsionModel;
import org.infoops.model.diluvsion.DiluvsionRun;
import org.infoops.model.diluvsion.DiluvsionSetup;

/**
 * The real run: build run {@code r}'s graph, then simulate. Graphs depend only on (graph settings, node count, run
 * index), so every scenario of a sweep runs on the same graphs, as the paper reuses its saved graphs (§3.7 l.348);
 * the model's streams derive from the scenario seed and the run index.
 */
public final class DiluvsionSimulation implements DiluvsionRunFunction {
    @Override
    public DiluvsionRun run(DiluvsionScenario scenario, int runIndex) {
        DiluvsionSetup setup = scenario.setup();
        // Frozen: the world copies it copy-on-write, in O(nodes) rather than a copy of every edge.
        FollowerGraph graph = GraphFactory.build(setup.graph(), setup.graphNodes(), runIndex).freeze();
        return DiluvsionModel.run(setup, graph, new RandomStreams(scenario.seed()), runIndex);
    }
}
