package org.infoops.env.diluvsion;

import java.util.ArrayList;
import java.util.List;
import org.infoops.env.EpisodeStart;
import org.infoops.env.Footprint;
import org.infoops.env.InvalidValueException;
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ScenarioOption;
import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GraphCache;
import org.infoops.model.diluvsion.DiluvsionSetup;
import org.infoops.model.diluvsion.DiluvsionWorld;
import org.infoops.model.diluvsion.Stance;
import org.infoops.model.diluvsion.WorldBuilder;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioLoader;

/**
 * What both Diluvsion environments share: the scenario a world is built from, the decision period, the graphs
 * (generated once and reused, as the paper reuses its graphs; on a server, shared by all its sessions through one
 * bounded {@link GraphCache}), and the world of the current episode.
 */
final class DiluvsionEpisodes {
    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("scenario", "An embedded scenario (diluvsion/sim01 to diluvsion/sim16, diluvsion/small) or a scenario file (over gRPC: only under a serve --scenario-dir).", "diluvsion/sim01"),
            OptionSpec.of("agents", "Scale the population to this many agents (0: the scenario's, 1,000 in the paper; 0 to 10,000,000, within the server's memory budget).", 0L),
            OptionSpec.of("graphs", "Distinct graphs episodes cycle through, one drawn per episode (1 to 1000).", 20L));

    private final DiluvsionScenario scenario;
    private final DiluvsionSetup setup;
    private final int decisionSteps;
    private final int graphs;
    /** The server's graphs when it shares them between sessions; otherwise this instance's own. */
    private final GraphCache graphCache;
    private final List<double[]> history = new ArrayList<>();
    private DiluvsionWorld world;
    private int decisions;

    DiluvsionEpisodes(Options options, int decisionSteps) {
        ScenarioOption choice = ScenarioOption.read(options, "scenario", "diluvsion");
        try {
            ScenarioLoader loader = new ScenarioLoader();
            this.scenario = choice.embedded() ? loader.loadEmbedded(choice.reference(), DiluvsionScenario.class) : loader.load(java.nio.file.Path.of(choice.reference()), DiluvsionScenario.class);
        } catch (ScenarioException e) {
            throw choice.loadFailure(options, "scenario", "diluvsion", e);
        }
        int agents = options.intValue("agents", 0, 10_000_000);
        DiluvsionSetup s = scenario.setup();
        this.graphs = options.intValue("graphs", 1, 1000);
        // Graphs in a server's shared cache are the server's, bounded there; the session holds the one it runs on.
        int ownGraphs = options.graphCache().isPresent() ? 1 : graphs;
        options.admit(footprint(agents > 0 ? agents : s.parameters().population().agents(), ownGraphs, decisionSteps,
                agents > 0 ? "agents" : "scenario", agents > 0 ? String.valueOf(agents) : scenario.name()));
        this.setup = agents > 0 ? s.scaledTo(agents) : s;
        this.decisionSteps = decisionSteps;
        // Alone, an instance keeps all its graphs, as it always did; a server's cache is bounded for all sessions.
        this.graphCache = options.graphCache().orElseGet(() -> new GraphCache(Long.MAX_VALUE));
        if (setup.steps() < decisionSteps) {
            throw InvalidValueException.notAllowed(options.path() + ".decision_steps", String.valueOf(decisionSteps),
                    "1 to the scenario's " + setup.steps() + " steps");
        }
    }

    /**
     * Heap and work of an instance with {@code population} agents. Bytes: about 16 KiB per agent for the world
     * (100,000 agents peaked at 1.8 GiB in {@code bench diluvsion --agents 100000}, graph included), plus about
     * 1 KiB per agent for each graph it holds (about 100 edges per agent in compact int arrays). Work: the larger of
     * a reset's graph build (about 100 edges per agent) and a decision ({@code decisionSteps} steps of every agent).
     */
    static Footprint footprint(long population, int graphs, int decisionSteps, String option, String value) {
        long bytes = Footprint.times(population, 16 * 1024 + graphs * 1024.0) + (8L << 20);
        return new Footprint(bytes, Footprint.times(population, Math.max(100, decisionSteps)), option, value);
    }

    /** Builds the episode's world on one of the instance's graphs, drawn from the episode's streams. */
    DiluvsionWorld start(EpisodeStart start) {
        int index = start.random().stream("diluvsion.graph-choice").nextInt(graphs);
        FollowerGraph graph = graphCache.get(setup.graph(), setup.graphNodes(), index);
        world = WorldBuilder.build(setup, graph, start.random(), 0);
        decisions = 0;
        history.clear();
        history.add(shares());
        return world;
    }

    /** Advances the world by one decision period. */
    void advance() {
        for (int i = 0; i < decisionSteps; i++) world.step();
        decisions++;
        history.add(shares());
    }

    DiluvsionWorld world() {
        return world;
    }

    DiluvsionScenario scenario() {
        return scenario;
    }

    DiluvsionSetup setup() {
        return setup;
    }

    int decisionSteps() {
        return decisionSteps;
    }

    /** Decisions in an episode: the scenario's steps (28 days in the paper) in whole decision periods. */
    int horizon() {
        return setup.steps() / decisionSteps;
    }

    int decisions() {
        return decisions;
    }

    boolean finished() {
        return decisions >= horizon();
    }

    List<double[]> history() {
        return history;
    }

    double[] shares() {
        double n = world.agentCount();
        double[] s = new double[3];
        for (Stance st : Stance.ALL) s[st.ordinal()] = world.stanceCount(st) / n;
        return s;
    }

    /** Sine and cosine of the time of week, and the share of the episode done: 3 numbers in [-1, 1]. */
    float[] time() {
        int slot = world.clock().weekSlot(world.currentStep());
        double phase = 2 * Math.PI * slot / org.infoops.model.diluvsion.Clock.STEPS_PER_WEEK;
        return new float[] {(float) Math.sin(phase), (float) Math.cos(phase), (float) decisions / horizon()};
    }

    /** A one-screen text summary (the ansi render). */
    String summary(String title) {
        StringBuilder sb = new StringBuilder();
        int step = world.currentStep();
        String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        int hh = world.clock().halfHour(step);
        sb.append(String.format("%s  %s  day %d %s %02d:%02d  decision %d/%d%n", title, scenario.name(),
                step / 48 + 1, days[world.clock().dayOfWeek(step)], hh / 2, hh % 2 * 30, decisions, horizon()));
        double[] s = shares();
        for (Stance st : Stance.ALL) {
            int bar = (int) Math.round(40 * s[st.ordinal()]);
            sb.append(String.format("  %-8s %5d %5.1f%% %s%n", st.label(), world.stanceCount(st), 100 * s[st.ordinal()], "#".repeat(bar)));
        }
        sb.append("  themes  ");
        for (int t = 1; t <= world.themeCount(); t++) sb.append(String.format("T%d:%d ", t, world.themeHolders(t)));
        sb.append(System.lineSeparator());
        return sb.toString();
    }
}
