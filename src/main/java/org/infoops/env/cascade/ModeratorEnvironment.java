package org.infoops.env.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.infoops.env.Box;
import org.infoops.env.Component;
import org.infoops.env.Components;
import org.infoops.env.DType;
import org.infoops.env.DictSpace;
import org.infoops.env.DictValue;
import org.infoops.env.EnvSpec;
import org.infoops.env.EnvironmentFactory;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.EnvironmentLogic;
import org.infoops.env.EpisodeStart;
import org.infoops.env.Frame;
import org.infoops.env.Info;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;
import org.infoops.model.cascade.LayeredCascade;

/**
 * {@code cascade/moderator-v0}: a platform moderator with a budget watches a misinformation cascade (the digital-clone
 * paper's SEI model on its cloned network) unfold layer by layer. Before each layer spreads it may block some of the
 * layer's top candidates (ranked by expected spread: the sum of their edge probabilities to susceptible followers) and
 * inoculate one community (each not-yet-infected member's infection probability x (1 - r), r ~ N(0.20, 0.02), the
 * paper's inoculation). The episode starts after the source's own followers were infected (T_S is already out).
 * Reward per layer: -(new infections) - cost_weight x (budget spent this layer).
 *
 * <p>Action: MultiDiscrete of {@code candidates} x [2] (block candidate k or not, in rank order while the budget
 * lasts) then [communities + 1] (0 none, c + 1 inoculate community c). Observation: Dict of candidates (K x 5: valid,
 * log1p followers, log1p susceptible followers, log1p expected spread, community / communities), communities (C x 3:
 * infected share, inoculated, share of the current layer) and status (4: layer / max_layers, budget left share,
 * log1p infected, log1p layer size). Option {@code static_block} applies the paper's static rule instead: block the
 * top-k spreaders of a base simulation before the cascade, paid from the same budget.
 */
public final class ModeratorEnvironment implements EnvironmentLogic {
    public static final String ID = "cascade/moderator-v0";
    public static final String AGENT = "moderator";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Moderate a misinformation cascade (single agent): layer by layer, block top candidate spreaders or inoculate "
                    + "a community within a budget; reward is minus the new infections minus action costs.",
            false,
            List.of(OptionSpec.of("scenario", "The network and infection model: an embedded cascade scenario (cascade/small, cascade/base, cascade/static, cascade/calibrated) or a scenario file (over gRPC: only under a serve --scenario-dir).", "cascade/small"),
                    OptionSpec.of("budget", "Total action budget per episode, in cost units (0 to 100000).", 10.0),
                    OptionSpec.of("block_cost", "Budget cost of blocking one account (0 to 10000).", 1.0),
                    OptionSpec.of("inoculate_cost", "Budget cost of inoculating one community (0 to 10000).", 5.0),
                    OptionSpec.of("cost_weight", "Infections one budget unit is worth in the reward (0 to 1000).", 1.0),
                    OptionSpec.of("candidates", "Top users of the current layer offered for blocking (1 to 64).", 8L),
                    OptionSpec.of("max_layers", "Decisions per episode (layers after the source's followers); 1 to 1000.", 12L),
                    OptionSpec.of("static_block", "The paper's static rule: block this many top spreaders of a base simulation at reset (0: off; 0 to 1000).", 0L),
                    OptionSpec.of("base_trials", "Trials of the base simulation that ranks spreaders for static_block (1 to 100000, within serve --max-call-work).", 200L)));

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, ModeratorEnvironment::new);

    private final ModeratorWorld world;
    private final double budget, blockCost, inoculateCost, costWeight;
    private final int candidates, maxLayers, staticBlock;
    private final EnvSpec spec;
    private LayeredCascade cascade;
    private org.apache.commons.rng.UniformRandomProvider inoculationRng;
    private boolean[] inoculated;
    private double budgetLeft, pendingCost;
    private int[] ranked = new int[0];
    private int lastNew;
    private final java.util.List<Integer> history = new java.util.ArrayList<>();

    private ModeratorEnvironment(Options options) {
        budget = options.doubleValue("budget", 0, 100_000);
        blockCost = options.doubleValue("block_cost", 0, 10_000);
        inoculateCost = options.doubleValue("inoculate_cost", 0, 10_000);
        costWeight = options.doubleValue("cost_weight", 0, 1000);
        candidates = options.intValue("candidates", 1, 64);
        maxLayers = options.intValue("max_layers", 1, 1000);
        staticBlock = options.intValue("static_block", 0, 1000);
        world = ModeratorWorld.load(options, options.intValue("base_trials", 1, 100_000));
        int c = world.communities();
        spec = EnvSpec.builder(INFO, options)
                .agent(AGENT, observationSpace(candidates, c), actionSpace(candidates, c))
                .rewardRange(-(world.network().nodeCount() + (budget + 1) * costWeight), 0)
                .renderModes(Frame.ANSI, Frame.RGB_ARRAY)
                .maxEpisodeSteps(maxLayers)
                .build();
    }

    /** block[k] for the candidate ranked k (choices keep, block), then inoculate (none, community_0, ...). */
    private static MultiDiscrete actionSpace(int candidates, int communities) {
        long[] nvec = new long[candidates + 1];
        Arrays.fill(nvec, 2);
        nvec[candidates] = communities + 1;
        List<Component> names = new ArrayList<>();
        for (int k = 0; k < candidates; k++) {
            names.add(Component.choice("block[" + k + "]", "block the current layer's candidate ranked " + k
                    + " by expected spread (0 = highest) while the budget lasts", List.of("keep", "block")));
        }
        List<String> targets = new ArrayList<>(List.of("none"));
        for (int i = 0; i < communities; i++) targets.add("community_" + i);
        names.add(Component.choice("inoculate", "community to inoculate before this layer spreads (once each, "
                + "while the budget lasts), or none", targets));
        return MultiDiscrete.of(nvec).named(names);
    }

    /** Candidates and communities are families of rows named by their index (candidate[k].spread, community[c].inoculated). */
    private static DictSpace observationSpace(int candidates, int communities) {
        return DictSpace.of(
                "candidates", Box.of(DType.FLOAT32, 0, 30, candidates, 5).named(Components.grid(
                        Components.indexed("candidate", candidates, k -> "the current layer's candidate ranked " + k + " by expected spread"),
                        Components.of("valid", "1 if the rank is filled, 0 if the layer has fewer candidates (then all zero)",
                                "followers", "log1p of the candidate's followers",
                                "susceptible_followers", "log1p of the candidate's susceptible followers",
                                "spread", "log1p of the candidate's expected spread (sum of edge probabilities to susceptible followers)",
                                "community", "the candidate's community index / number of communities"))),
                "communities", Box.of(DType.FLOAT32, 0, 1, communities, 3).named(Components.grid(
                        Components.indexed("community", communities, i -> "community " + i),
                        Components.of("infected_share", "share of the community's members infected",
                                "inoculated", "1 if the community was inoculated",
                                "layer_share", "share of the current layer (frontier) in the community"))),
                "status", Box.of(DType.FLOAT32, 0, 30, 4).named(Components.of(
                        "layer", "layers spread so far / max_layers",
                        "budget_left", "share of the episode's budget left",
                        "infected", "log1p of all users infected so far",
                        "layer_size", "log1p of the current layer's size")));
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        cascade = world.newCascade(start.random().stream("cascade.spread"));
        inoculationRng = start.random().stream("cascade.inoculation");
        inoculated = new boolean[world.communities()];
        budgetLeft = budget;
        pendingCost = 0;
        int k = (int) Math.min(staticBlock, blockCost == 0 ? staticBlock : Math.floor(budget / blockCost + 1e-9));
        for (int u : world.staticRanking(k)) {
            cascade.block(u);
            budgetLeft -= blockCost;
            pendingCost += blockCost;
        }
        lastNew = cascade.advance(); // the source shares T_S; its followers' infections are not the moderator's
        history.clear();
        history.add(lastNew);
        ranked = world.rankCandidates(cascade, candidates);
        return ResetResult.single(AGENT, observation(), info());
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        Tensor a = (Tensor) actions.get(AGENT);
        double spent = pendingCost;
        pendingCost = 0;
        int community = (int) a.longAt(candidates) - 1;
        if (community >= 0 && !inoculated[community] && budgetLeft + 1e-9 >= inoculateCost) {
            world.inoculate(cascade, community, inoculationRng);
            inoculated[community] = true;
            budgetLeft -= inoculateCost;
            spent += inoculateCost;
        }
        for (int i = 0; i < ranked.length; i++) {
            if (a.longAt(i) == 1 && budgetLeft + 1e-9 >= blockCost) {
                cascade.block(ranked[i]);
                budgetLeft -= blockCost;
                spent += blockCost;
            }
        }
        lastNew = cascade.advance();
        history.add(lastNew);
        ranked = world.rankCandidates(cascade, candidates);
        double reward = -lastNew - costWeight * spent;
        return Map.of(AGENT, new Transition(observation(), reward, cascade.finished(), false, info()));
    }

    private Value observation() {
        float[] cand = new float[candidates * 5];
        int c = world.communities();
        for (int i = 0; i < ranked.length; i++) {
            int u = ranked[i];
            cand[i * 5] = 1;
            cand[i * 5 + 1] = log(world.network().followerCount(u));
            cand[i * 5 + 2] = log(cascade.susceptibleFollowers(u));
            cand[i * 5 + 3] = log(cascade.expectedSpread(u));
            cand[i * 5 + 4] = (float) world.network().community(u) / c;
        }
        int[] frontier = cascade.frontier();
        float[] com = world.communityFeatures(cascade, inoculated, frontier);
        float[] status = {(float) cascade.layer() / maxLayers, budget == 0 ? 0 : (float) Math.max(0, budgetLeft / budget),
                log(cascade.totalInfected()), log(frontier.length)};
        return DictValue.of(
                "candidates", Tensor.float32(new int[] {candidates, 5}, cand),
                "communities", Tensor.float32(new int[] {c, 3}, com),
                "status", Tensor.float32(new int[] {4}, status));
    }

    private static float log(double v) {
        return (float) Math.min(30, Math.log1p(v));
    }

    private Info info() {
        return Info.builder()
                .put("layer", (long) cascade.layer())
                .put("infected", (long) cascade.totalInfected())
                .put("new_infections", (long) lastNew)
                .put("budget_left", budgetLeft)
                .build();
    }

    @Override
    public Frame render(String mode) {
        if (Frame.RGB_ARRAY.equals(mode)) return LayerChart.render(ID, history);
        return new TextFrame(String.format("%s  layer %d  infected %d (+%d)  layer size %d  budget left %.1f of %.1f%n",
                ID, cascade.layer(), cascade.totalInfected(), lastNew, cascade.frontier().length, budgetLeft, budget));
    }
}
