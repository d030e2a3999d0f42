package org.infoops.model.diluvsion;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GraphSettings;

/** Test fixtures: the shipped parameter file and scenarios read straight from the classpath. */
final class Fixtures {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Fixtures() {}

    static DiluvsionParameters parameters() {
        return YAML.convertValue(enumSpelling(read("scenarios/diluvsion/parameters.yaml")), DiluvsionParameters.class);
    }

    /**
     * Scenario files spell enum values in kebab case (the loader takes '-' for '_'); plain Jackson does not, so
     * text values become snake case here (the shipped parameters hold no other text with '-').
     */
    private static JsonNode enumSpelling(JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) node;
            java.util.List<String> keys = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                JsonNode v = o.get(k);
                if (v.isTextual()) o.put(k, v.asText().replace('-', '_'));
                else enumSpelling(v);
            }
        }
        return node;
    }

    /** A shipped scenario's setup (its parameter overrides are not applied: tests use plain scenarios). */
    static DiluvsionSetup setup(String scenario) {
        JsonNode s = read("scenarios/diluvsion/" + scenario + ".yaml");
        return new DiluvsionSetup(s.get("steps").asInt(), parameters(),
                YAML.convertValue(s.get("bots"), BotSettings.class),
                YAML.convertValue(s.get("graph"), GraphSettings.class));
    }

    static DiluvsionSetup withSteps(DiluvsionSetup s, int steps) {
        return new DiluvsionSetup(steps, s.parameters(), s.bots(), s.graph());
    }

    /** A small directed graph where every node follows {@code out} random others (for tests of model rules). */
    static FollowerGraph randomGraph(int n, int out, long seed) {
        var rng = new org.infoops.kernel.RandomStreams(seed).stream("test-graph");
        FollowerGraph g = new FollowerGraph(n);
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < out; k++) g.follow(u, rng.nextInt(n));
        }
        return g;
    }

    // ---- Added for the model's unit and property tests -------------------------------------------------------

    /**
     * A consistent population of {@code n} agents: the paper's start stance mix, theme-count distribution and start
     * theme counts (spec §2.9) apportioned to n by largest remainder, so every count matches exactly.
     */
    static DiluvsionParameters.Population population(int n) {
        DiluvsionParameters.Population full = parameters().population();
        DiluvsionParameters.StanceCounts st = full.startStances();
        int[] stances = BotStances.apportion(n, new double[] {st.negative(), st.neutral(), st.positive()});
        int[] perCount = BotStances.apportion(n, full.themeCountDistribution().stream().mapToDouble(Integer::doubleValue).toArray());
        int slots = 0;
        for (int k = 0; k < perCount.length; k++) slots += (k + 1) * perCount[k];
        int[] themeCounts = BotStances.apportion(slots, full.startThemeCounts().stream().mapToDouble(Integer::doubleValue).toArray());
        return new DiluvsionParameters.Population(n, new DiluvsionParameters.StanceCounts(stances[0], stances[1], stances[2]),
                java.util.Arrays.stream(perCount).boxed().toList(), java.util.Arrays.stream(themeCounts).boxed().toList());
    }

    /** The shipped parameters with the population replaced by {@link #population(int)}. */
    static DiluvsionParameters parameters(int agents) {
        return withPopulation(parameters(), population(agents));
    }

    static DiluvsionParameters withPopulation(DiluvsionParameters p, DiluvsionParameters.Population pop) {
        return new DiluvsionParameters(pop, p.memory(), p.themes(), p.resistance(), p.compatibility(), p.targetChoice(),
                p.conversion(), p.activity(), p.delivery(), p.follow());
    }

    static DiluvsionParameters withThemes(DiluvsionParameters p, DiluvsionParameters.Themes t) {
        return new DiluvsionParameters(p.population(), p.memory(), t, p.resistance(), p.compatibility(), p.targetChoice(),
                p.conversion(), p.activity(), p.delivery(), p.follow());
    }

    /** The theme readings the spec proposes (§2.7), whatever parameters.yaml ships: add on every infection, 2 new, LRU. */
    static DiluvsionParameters withSpecThemeReadings(DiluvsionParameters p) {
        return withThemeReadings(p, DiluvsionParameters.AdoptOn.INFECTION, DiluvsionParameters.AdoptMode.ADD,
                DiluvsionParameters.BotPool.OWN);
    }

    static DiluvsionParameters withThemeReadings(DiluvsionParameters p, DiluvsionParameters.AdoptOn on,
                                                 DiluvsionParameters.AdoptMode mode, DiluvsionParameters.BotPool pool) {
        DiluvsionParameters.Themes t = p.themes();
        return withThemes(p, new DiluvsionParameters.Themes(t.count(), t.maxPerAgent(), t.maxNewShare(), on, mode,
                DiluvsionParameters.AdoptCount.MAX_NEW, DiluvsionParameters.AdoptFrom.UNHELD,
                DiluvsionParameters.Eviction.LEAST_RECENTLY_USED,
                DiluvsionParameters.TweetThemes.COUNT_DISTRIBUTION, pool, DiluvsionParameters.BotResponse.OWN_SIZE,
                DiluvsionParameters.Conservation.PRIORITY));
    }

    /** The shipped theme readings with adoptFrom (and adoptMode) replaced. */
    static DiluvsionParameters withAdoptFrom(DiluvsionParameters p, DiluvsionParameters.AdoptFrom from,
                                             DiluvsionParameters.AdoptMode mode) {
        DiluvsionParameters.Themes t = p.themes();
        return withThemes(p, new DiluvsionParameters.Themes(t.count(), t.maxPerAgent(), t.maxNewShare(),
                DiluvsionParameters.AdoptOn.CONVERSION, mode, DiluvsionParameters.AdoptCount.MAX_NEW, from,
                t.eviction(), t.humanTweet(), t.botPool(), t.botResponse(), t.conservation()));
    }

    static DiluvsionParameters withBotResponse(DiluvsionParameters p, DiluvsionParameters.BotPool pool,
                                               DiluvsionParameters.BotResponse response) {
        DiluvsionParameters.Themes t = p.themes();
        return withThemes(p, new DiluvsionParameters.Themes(t.count(), t.maxPerAgent(), t.maxNewShare(), t.adoptOn(),
                t.adoptMode(), t.adoptCount(), t.adoptFrom(), t.eviction(), t.humanTweet(), pool, response, t.conservation()));
    }

    static DiluvsionParameters withBotLikes(DiluvsionParameters p, DiluvsionParameters.BotLikes botLikes) {
        DiluvsionParameters.TargetChoice t = p.targetChoice();
        return new DiluvsionParameters(p.population(), p.memory(), p.themes(), p.resistance(), p.compatibility(),
                new DiluvsionParameters.TargetChoice(t.like(), t.retweet(), t.quote(), t.reply(), botLikes),
                p.conversion(), p.activity(), p.delivery(), p.follow());
    }

    static DiluvsionParameters withCompatibility(DiluvsionParameters p, DiluvsionParameters.Compatibility c) {
        return new DiluvsionParameters(p.population(), p.memory(), p.themes(), p.resistance(), c, p.targetChoice(),
                p.conversion(), p.activity(), p.delivery(), p.follow());
    }

    static DiluvsionParameters withActivity(DiluvsionParameters p, DiluvsionParameters.Activity a) {
        return new DiluvsionParameters(p.population(), p.memory(), p.themes(), p.resistance(), p.compatibility(),
                p.targetChoice(), p.conversion(), a, p.delivery(), p.follow());
    }

    /** Same activity settings with another overflow probability. */
    static DiluvsionParameters withOverflow(DiluvsionParameters p, double overflow) {
        DiluvsionParameters.Activity a = p.activity();
        return withActivity(p, new DiluvsionParameters.Activity(a.diurnalTable(), a.damping(), overflow, a.startSlot(), a.rolesTable()));
    }

    /** A scenario's bot settings with another bot count (placement, roles, tactic and themes kept). */
    static BotSettings withBotCount(BotSettings b, int count) {
        return new BotSettings(count, b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), b.role(), b.level(),
                b.replyTactic(), b.primaryTacticProbability(), b.themes(), b.conservedThemes());
    }

    /** sim01's bot settings with another count and stance ratio. */
    static BotSettings bots(int count, int negative, int neutral, int positive) {
        BotSettings b = setup("sim01").bots();
        return new BotSettings(count, new DiluvsionParameters.StanceCounts(negative, neutral, positive), b.stanceMix(),
                b.placement(), b.roles(), b.role(), b.level(), b.replyTactic(), b.primaryTacticProbability(), b.themes(),
                b.conservedThemes());
    }

    static DiluvsionSetup setup(int steps, DiluvsionParameters p, BotSettings bots) {
        return new DiluvsionSetup(steps, p, bots, setup("sim01").graph());
    }

    /**
     * A small run-ready setup of a shipped scenario: its bot count scaled from 1,000 agents to {@code agents}, on
     * the consistent population of {@link #population(int)}.
     */
    static DiluvsionSetup small(String scenario, int agents, int steps) {
        DiluvsionSetup s = setup(scenario);
        int bots = (int) Math.round(s.bots().count() * (double) agents / s.parameters().population().agents());
        return setup(steps, parameters(agents), withBotCount(s.bots(), bots));
    }

    /** The graph a setup needs: all agents when bots are embedded, agents - bots when they sit on the fringe. */
    static FollowerGraph graphFor(DiluvsionSetup s, int out, long seed) {
        int n = s.parameters().population().agents();
        if (s.bots().placement() == BotSettings.Placement.FRINGE) n -= s.bots().count();
        return randomGraph(n, out, seed);
    }

    static DiluvsionWorld world(DiluvsionSetup s, FollowerGraph g, long seed) {
        return WorldBuilder.build(s, g, new org.infoops.kernel.RandomStreams(seed), 0);
    }

    /** Puts tweet t into a receiver's memory the way a delivery does (seen bin, hence seen user; bot histogram). */
    static void see(DiluvsionWorld w, int receiver, int t) {
        int evicted = w.seenTweets.push(receiver, t);
        if (w.agents.bot[receiver]) w.themeChoice.seenThemesChanged(receiver, t, evicted);
    }

    /** A theme mask from 1-based theme numbers (T1 = 1). */
    static int themes(int... oneBased) {
        int m = 0;
        for (int t : oneBased) m |= ThemeMask.of(t - 1);
        return m;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
