package org.infoops.env.troll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoops.env.Box;
import org.infoops.env.Components;
import org.infoops.env.DType;
import org.infoops.env.DictSpace;
import org.infoops.env.DictValue;
import org.infoops.env.Discrete;
import org.infoops.env.EnvSpec;
import org.infoops.env.EnvironmentFactory;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.EnvironmentLogic;
import org.infoops.env.EpisodeStart;
import org.infoops.env.Frame;
import org.infoops.env.Info;
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;
import org.infoops.learn.BoostingSettings;
import org.infoops.learn.LogisticSettings;
import org.infoops.learn.federated.FederatedAlgorithm;
import org.infoops.learn.federated.FederatedAveraging;
import org.infoops.learn.federated.FederatedBoostedTrees;
import org.infoops.learn.federated.FederatedClient;
import org.infoops.learn.federated.FederatedModel;
import org.infoops.model.troll.DuePost;
import org.infoops.model.troll.TrainingData;
import org.infoops.model.troll.TrollWorld;

/**
 * {@code troll/influencers-v0}: every influencer is its own agent (PettingZoo parallel). A step happens each time
 * an influencer's post falls due: every agent acts, and the action of the influencer whose post is due decides it
 * (post now or postpone by one of the delays up to 7 days, once per post); the others' actions are no-ops that
 * step. Federated learning runs across the agents: each influencer keeps the examples it observed (posts in its
 * home subreddits and all influencers' posts) in a {@link FederatedClient}, and every {@code round_days} of
 * simulated time one federated round updates the shared attack classifier from the clients' aggregates
 * ({@code federated_method}: logistic = federated averaging, boosted_trees = federated histogram boosting with
 * {@code trees_per_round} trees a round). The round's effect is visible in each agent's observation: the shared
 * model's probability for its due post, the number of rounds so far and the time since the last round.
 * Reward per agent: minus one per attack it suffered since the previous step, minus {@code delay_cost} per hour
 * it postponed its post.
 *
 * <p>{@code initial_rounds} federated rounds run at the decision start on the warm-up's observations (with
 * boosted trees, {@code initial_rounds x trees_per_round} trees: the sweep's federated row uses all 10 rounds of
 * 10 trees). Step info per agent: rounds, minute, and attacks_in_episode / postponed (all influencers, counted as
 * the Figure 5 sweep counts them with {@code protocol=figure5}: reset seed r = the sweep's run r, the episode = its
 * evaluation months; see {@link TrollEpisodes}).
 *
 * <p>Observation per agent: Dict of due (1 if its post is due now), post (its due post's features, zeros
 * otherwise), history, time (as in troll/influencer-v0), prediction (shared model), federated (rounds / 100,
 * share of the round period elapsed).
 */
public final class InfluencersEnvironment implements EnvironmentLogic {
    public static final String ID = "troll/influencers-v0";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Influencers against troll bots (multi-agent, parallel): each influencer decides on its own due posts "
                    + "(post now or postpone once, up to 7 days) with a shared attack classifier trained by federated "
                    + "rounds across the influencers; reward -1 per attack suffered minus a cost per hour of delay.",
            true,
            InfluencerEnvironment.concat(TrollEpisodes.OPTIONS, List.of(
                    OptionSpec.of("round_days", "Simulated days between federated rounds (1/24 to 365).", 7.0),
                    OptionSpec.of("federated_method", "One of: boosted_trees (federated histogram boosting, the paper's model) or logistic (federated averaging).", "boosted_trees"),
                    OptionSpec.of("trees_per_round", "Trees a boosted-trees round adds (1 to 1000).", 10L),
                    OptionSpec.of("initial_rounds", "Federated rounds at the decision start, on the warm-up's observations (1 to 1000).", 1L))));

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, InfluencersEnvironment::new);

    private final TrollEpisodes episodes;
    private final EnvSpec spec;
    private final String[] names;
    private final int features;
    private final long roundMinutes;
    private final FederatedAlgorithm algorithm;
    private List<FederatedClient> clients;
    private FederatedModel model;
    private long lastRound;
    private long observedUntil;
    private int rounds;
    private long roundSeed;
    private DuePost due;
    private int[] attacksSeen;
    private final int initialRounds;
    private int warmupAttacks;
    private int postponed;

    private InfluencersEnvironment(Options options) {
        episodes = new TrollEpisodes(options);
        roundMinutes = Math.round(options.doubleValue("round_days", 1.0 / 24, 365) * 1440);
        String method = options.stringValue("federated_method", List.of("logistic", "boosted_trees"));
        int trees = options.intValue("trees_per_round", 1, 1000);
        initialRounds = options.intValue("initial_rounds", 1, 1000);
        algorithm = method.equals("logistic") ? new FederatedAveraging(LogisticSettings.defaults())
                : new FederatedBoostedTrees(BoostingSettings.defaults(), trees);
        int n = episodes.parameters().world().influencers();
        var schema = new org.infoops.model.troll.PostFeatures(episodes.parameters().world().narratives(),
                episodes.parameters().world().keywords()).schema();
        features = schema.size();
        names = new String[n];
        DictSpace observation = DictSpace.of(
                "due", Box.of(DType.FLOAT32, 0, 1, 1).named(Components.of("due", "1 if this influencer's post is due now")),
                "post", Box.of(DType.FLOAT32, 0, 1e6, features).named(TrollEpisodes.postFeatures(schema, "its due post's (zeros when none is due)")),
                "history", Box.of(DType.FLOAT32, 0, 1e6, 4).named(TrollEpisodes.HISTORY),
                "time", Box.of(DType.FLOAT32, -1, 1, 5).named(TrollEpisodes.TIME),
                "prediction", Box.of(DType.FLOAT32, 0, 1, 1).named(Components.of(
                        "attack_probability", "the shared federated model's probability that its due post is attacked")),
                "federated", Box.of(DType.FLOAT32, 0, 1e6, 2).named(Components.of(
                        "rounds", "federated rounds so far / 100",
                        "round_elapsed", "share of the round period elapsed since the last round")));
        EnvSpec.Builder b = EnvSpec.builder(INFO, options);
        for (int i = 0; i < n; i++) {
            names[i] = "influencer_" + i;
            b.agent(names[i], observation, new Discrete(TrollEpisodes.DELAY_HOURS.length));
        }
        spec = b.renderModes(Frame.ANSI, Frame.RGB_ARRAY).build();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        TrollWorld w = episodes.start(start);
        roundSeed = start.seed();
        clients = TrainingData.clients(w, 0, episodes.decisionStart());
        observedUntil = episodes.decisionStart() - (long) w.parameters().bots().delayMinutes().maximum();
        model = null;
        rounds = 0;
        for (int r = 0; r < initialRounds; r++) round(w, episodes.decisionStart());
        warmupAttacks = w.influencerAttacksSoFar();
        postponed = 0;
        attacksSeen = new int[names.length];
        for (int i = 0; i < names.length; i++) attacksSeen[i] = w.record().attacksSuffered(w.backgroundUsers() + i);
        nextDue();
        Map<String, Value> obs = new LinkedHashMap<>();
        Map<String, Info> infos = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            obs.put(names[i], observation(i));
            infos.put(names[i], Info.EMPTY);
        }
        return new ResetResult(obs, infos);
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        TrollWorld w = episodes.world();
        int actor = -1;
        long hours = 0;
        if (due != null) {
            actor = due.influencer();
            Value a = actions.get(names[actor]);
            hours = a == null ? 0 : TrollEpisodes.DELAY_HOURS[(int) ((Tensor) a).longAt(0)];
            w.decide(hours * 60);
            if (hours > 0) postponed++;
        }
        nextDue();
        boolean done = due == null;
        Map<String, Transition> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!actions.containsKey(names[i])) continue;
            int attacks = w.record().attacksSuffered(w.backgroundUsers() + i);
            double reward = -(attacks - attacksSeen[i]) - (i == actor ? episodes.delayCost() * hours : 0);
            attacksSeen[i] = attacks;
            out.put(names[i], new Transition(observation(i), reward, done, false,
                    Info.builder().put("rounds", (long) rounds).put("minute", w.now())
                            .put("attacks_in_episode", (long) (w.influencerAttacksSoFar() - warmupAttacks))
                            .put("postponed", (long) postponed).build()));
        }
        return out;
    }

    /** Runs to the next due post, holding a federated round whenever one is due on the way. */
    private void nextDue() {
        TrollWorld w = episodes.world();
        while (true) {
            long nextRound = lastRound + roundMinutes;
            int k = w.advance(Math.min(nextRound, w.end()));
            if (k >= 0) {
                due = w.due();
                return;
            }
            if (nextRound >= w.end()) {
                due = null;
                return;
            }
            round(w, nextRound); // every event before the round's minute has run
        }
    }

    /** One federated round on everything the influencers have observed with final labels. */
    private void round(TrollWorld w, long now) {
        TrainingData.observe(w, clients, observedUntil, now);
        observedUntil = Math.max(observedUntil, now - (long) w.parameters().bots().delayMinutes().maximum());
        model = algorithm.round(model, clients, new org.infoops.kernel.RandomStreams(roundSeed).derive("round", rounds));
        rounds++;
        lastRound = now;
    }

    private Value observation(int i) {
        TrollWorld w = episodes.world();
        boolean mine = due != null && due.influencer() == i;
        long now = due == null ? w.end() : due.now();
        float[] post = new float[features];
        float p = 0;
        if (mine) {
            for (int c = 0; c < features; c++) post[c] = (float) due.features()[c];
            p = (float) model.probability(due.features());
        }
        float since = (float) Math.min(1, (now - lastRound) / (double) roundMinutes);
        return DictValue.of(
                "due", Tensor.float32(new int[] {1}, new float[] {mine ? 1 : 0}),
                "post", Tensor.float32(new int[] {features}, post),
                "history", Tensor.float32(new int[] {4}, episodes.history(w.backgroundUsers() + i, now)),
                "time", Tensor.float32(new int[] {5}, episodes.time(now)),
                "prediction", Tensor.float32(new int[] {1}, new float[] {p}),
                "federated", Tensor.float32(new int[] {2}, new float[] {rounds / 100f, since}));
    }

    @Override
    public Frame render(String mode) {
        TrollWorld w = episodes.world();
        if (Frame.RGB_ARRAY.equals(mode)) return AttackChart.render(ID + " (" + episodes.scenario().name() + ")", w);
        return new TextFrame(String.format("%s (%s): day %.1f, %d federated rounds, %d attacks on influencers so far",
                ID, episodes.scenario().name(), w.now() / 1440.0, rounds, w.influencerAttacksSoFar()));
    }
}
