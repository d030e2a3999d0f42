package org.infoops.model.diluvsion;

import java.util.List;
import org.infoops.graph.GraphSettings;

/** Everything one Diluvsion run needs besides its graph and random streams. */
public record DiluvsionSetup(int steps, DiluvsionParameters parameters, BotSettings bots, GraphSettings graph) {

    /**
     * Nodes of the generated graph: all agents when bots are embedded; only the humans when bots start on the
     * fringe, because the model appends the bots (spec §2.1: Sim 6 runs on 900-node graphs plus 100 bots).
     */
    public int graphNodes() {
        int agents = parameters.population().agents();
        return bots.placement() == BotSettings.Placement.FRINGE ? agents - bots.count() : agents;
    }

    /**
     * The same scenario with {@code agents} agents: start stance counts, the themes-per-agent distribution, start
     * theme counts and the bot count scaled by agents / population.agents (largest remainder, so totals stay exact
     * and the theme slots still match the theme-count distribution). Used for the 100,000-agent benchmark and for
     * reduced test worlds.
     */
    public DiluvsionSetup scaledTo(int agents) {
        DiluvsionParameters p = parameters;
        DiluvsionParameters.Population pop = p.population();
        double f = (double) agents / pop.agents();
        DiluvsionParameters.StanceCounts s = pop.startStances();
        int[] stances = BotStances.apportion(agents, new double[] {s.negative(), s.neutral(), s.positive()});
        List<Integer> counts = pop.themeCountDistribution();
        int[] perCount = BotStances.apportion(agents, counts.stream().mapToDouble(Integer::doubleValue).toArray());
        long slots = 0;
        for (int k = 0; k < perCount.length; k++) slots += (long) (k + 1) * perCount[k];
        int[] themes = BotStances.apportion(Math.toIntExact(slots),
                pop.startThemeCounts().stream().mapToDouble(Integer::doubleValue).toArray());
        DiluvsionParameters.Population scaled = new DiluvsionParameters.Population(agents,
                new DiluvsionParameters.StanceCounts(stances[0], stances[1], stances[2]),
                boxed(perCount), boxed(themes));
        DiluvsionParameters params = new DiluvsionParameters(scaled, p.memory(), p.themes(), p.resistance(),
                p.compatibility(), p.targetChoice(), p.conversion(), p.activity(), p.delivery(), p.follow());
        BotSettings b = bots;
        BotSettings scaledBots = new BotSettings((int) Math.round(b.count() * f), b.stanceRatio(), b.stanceMix(),
                b.placement(), b.roles(), b.role(), b.level(), b.replyTactic(), b.primaryTacticProbability(),
                b.themes(), b.conservedThemes());
        return new DiluvsionSetup(steps, params, scaledBots, graph);
    }

    public DiluvsionSetup withSteps(int newSteps) {
        return new DiluvsionSetup(newSteps, parameters, bots, graph);
    }

    private static List<Integer> boxed(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
