package org.infoops.env.diluvsion;

import java.util.LinkedHashMap;
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
import org.infoops.model.diluvsion.Action;
import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.BotStances;
import org.infoops.model.diluvsion.DiluvsionWorld;
import org.infoops.model.diluvsion.Stance;

/**
 * {@code diluvsion/bot-swarm-v0}: every bot is its own agent (PettingZoo parallel), the decentralised control the
 * Diluvsion paper proposes as future work (§7). Agent ids name a bot by the stance it backs and its rank among
 * that stance's bots ({@code negative_0}, {@code neutral_12}, ...), so they are the same in every episode while the
 * bots' nodes in the graph change with the episode's graph and seed. Each decision (default one
 * 30-minute step) a bot picks what it does when it is next awake and within its quota (the diurnal schedule and the
 * weekly quota still bind, §3.6) and its reply tactic. A bot is rewarded for its own stance: 100 x the change of that
 * stance's share of all agents, so bots of rival stances compete and bots of one stance cooperate.
 *
 * <p>Action: MultiDiscrete [7, 2]: action (0 tweet, 1 retweet, 2 quote, 3 reply, 4 like, 5 follow, 6 stay idle;
 * bots never unfollow, §3.5) and tactic (0 vulnerable, 1 engagement).
 * <p>Observation: Dict of its own stance (one-hot, 3), its seen memory's stance mix (3) and theme mix (12, share of
 * seen tweets carrying each theme), its followers' stance mix (3), engagement on its recent tweets (log1p of likes,
 * retweets, replies), and time (sin, cos of the week; share of the episode done).
 */
public final class BotSwarmEnvironment implements EnvironmentLogic {
    public static final String ID = "diluvsion/bot-swarm-v0";
    /** The action entry's choices: the {@link Action}s a bot may force (codes as ordinals; unfollow is last), then idle. */
    private static final List<String> ACTIONS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Action.ALL).filter(a -> a != Action.UNFOLLOW).map(Action::label),
            java.util.stream.Stream.of("idle")).toList();
    private static final int IDLE_ACTION = ACTIONS.indexOf("idle");
    private static final BotSettings.ReplyTactic[] TACTICS = BotSettings.ReplyTactic.values();
    private static final MultiDiscrete ACTION = MultiDiscrete.of(ACTIONS.size(), TACTICS.length).named(List.of(
            Component.choice("action", "what the bot does when it is next awake and within its weekly quota "
                    + "(bots never unfollow, Diluvsion §3.5)", ACTIONS),
            Component.choice("tactic", "primary reply tactic: reply to vulnerable users or to those who engage most, "
                    + "Diluvsion §3.5", java.util.Arrays.stream(TACTICS).map(t -> t.name().toLowerCase()).toList())));

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Decentralised Diluvsion bots (multi-agent, parallel): every bot chooses its next action and reply tactic "
                    + "from a local view of its memory, followers and engagement; each is rewarded for its own stance's "
                    + "share (percentage points).",
            true,
            BotFleetEnvironment.concat(DiluvsionEpisodes.OPTIONS, List.of(
                    OptionSpec.of("decision_steps", "30-minute steps per decision (1 = every step); 1 to the scenario's steps.", 1L))));

    private final DiluvsionEpisodes episodes;
    private final EnvSpec spec;
    private final String[] names;
    private final Stance[] nameStance;
    private final int[] nameRank;
    private int[] botIds;
    private double[] previousShares;

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, BotSwarmEnvironment::new);

    private BotSwarmEnvironment(Options options) {
        episodes = new DiluvsionEpisodes(options, options.intValue("decision_steps", 1, 100_000));
        int[] perStance = botsPerStance(options);
        int total = perStance[0] + perStance[1] + perStance[2];
        names = new String[total];
        nameStance = new Stance[total];
        nameRank = new int[total];
        int i = 0;
        for (Stance st : Stance.ALL) {
            for (int k = 0; k < perStance[st.ordinal()]; k++, i++) {
                names[i] = st.label() + "_" + k;
                nameStance[i] = st;
                nameRank[i] = k;
            }
        }
        DictSpace observation = DictSpace.of(
                "own_stance", Box.of(DType.FLOAT32, 0, 1, 3).named(DiluvsionNames.stances("1 if the bot backs")),
                "memory_stances", Box.of(DType.FLOAT32, 0, 1, 3).named(DiluvsionNames.stances("share of tweets in the bot's seen memory with")),
                "memory_themes", Box.of(DType.FLOAT32, 0, 1, 12).named(DiluvsionNames.themes("share of tweets in the bot's seen memory carrying")),
                "follower_stances", Box.of(DType.FLOAT32, 0, 1, 3).named(DiluvsionNames.stances("share of the bot's followers holding")),
                "engagement", Box.of(DType.FLOAT32, 0, 30, 3).named(Components.of(
                        "likes", "log1p of the likes on the bot's recent tweets",
                        "retweets", "log1p of the retweets of the bot's recent tweets",
                        "replies", "log1p of the replies to the bot's recent tweets")),
                "time", Box.of(DType.FLOAT32, -1, 1, 3).named(DiluvsionNames.TIME));
        EnvSpec.Builder b = EnvSpec.builder(INFO, options);
        for (String name : names) b.agent(name, observation, ACTION);
        spec = b.rewardRange(-100, 100).renderModes(Frame.ANSI, Frame.RGB_ARRAY).maxEpisodeSteps(episodes.horizon()).build();
    }

    private int[] botsPerStance(Options options) {
        if (episodes.setup().bots().count() == 0) {
            throw org.infoops.env.InvalidValueException.notAllowed(options.path() + ".scenario",
                    "\"" + episodes.scenario().name() + "\"", "a scenario with bots (bots.count > 0)");
        }
        return BotStances.counts(episodes.setup().bots(), episodes.setup().parameters().population().startStances());
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        DiluvsionWorld w = episodes.start(start);
        previousShares = episodes.shares();
        int[][] byStance = {w.bots(Stance.NEGATIVE), w.bots(Stance.NEUTRAL), w.bots(Stance.POSITIVE)};
        botIds = new int[names.length];
        for (int i = 0; i < names.length; i++) botIds[i] = byStance[nameStance[i].ordinal()][nameRank[i]];
        Map<String, Value> obs = new LinkedHashMap<>();
        Map<String, Info> infos = new LinkedHashMap<>();
        for (int i = 0; i < botIds.length; i++) {
            obs.put(names[i], observation(w, botIds[i]));
            infos.put(names[i], Info.EMPTY);
        }
        return new ResetResult(obs, infos);
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        DiluvsionWorld w = episodes.world();
        for (int i = 0; i < botIds.length; i++) {
            Tensor a = (Tensor) actions.get(names[i]);
            if (a == null) continue;
            int act = (int) a.longAt(0);
            BotSettings.ReplyTactic tactic = TACTICS[(int) a.longAt(1)];
            w.force(botIds[i], act == IDLE_ACTION ? DiluvsionWorld.IDLE : act, tactic);
        }
        episodes.advance();
        double[] shares = episodes.shares();
        boolean done = episodes.finished();
        Map<String, Transition> out = new LinkedHashMap<>();
        for (int i = 0; i < botIds.length; i++) {
            if (!actions.containsKey(names[i])) continue;
            int s = w.stance(botIds[i]).ordinal();
            double reward = 100 * (shares[s] - previousShares[s]);
            out.put(names[i], new Transition(observation(w, botIds[i]), reward, done, false, Info.EMPTY));
        }
        previousShares = shares;
        return out;
    }

    private Value observation(DiluvsionWorld w, int bot) {
        float[] own = new float[3];
        own[w.stance(bot).ordinal()] = 1;
        float[] memStances = new float[3];
        float[] memThemes = new float[12];
        int[] seen = {0};
        w.forEachSeenTweet(bot, (stance, themes) -> {
            memStances[stance]++;
            for (int m = themes; m != 0; m &= m - 1) memThemes[Integer.numberOfTrailingZeros(m)]++;
            seen[0]++;
            return 0;
        });
        normalise(memStances, seen[0]);
        normalise(memThemes, seen[0]);
        float[] followers = new float[3];
        int k = w.graph().followerCount(bot);
        int[] f = w.graph().followersArray(bot);
        for (int i = 0; i < k; i++) followers[w.stance(f[i]).ordinal()]++;
        normalise(followers, k);
        long[] e = w.ownEngagement(bot);
        float[] engagement = {log(e[0]), log(e[1]), log(e[2])};
        return DictValue.of(
                "own_stance", Tensor.float32(new int[] {3}, own),
                "memory_stances", Tensor.float32(new int[] {3}, memStances),
                "memory_themes", Tensor.float32(new int[] {12}, memThemes),
                "follower_stances", Tensor.float32(new int[] {3}, followers),
                "engagement", Tensor.float32(new int[] {3}, engagement),
                "time", Tensor.float32(new int[] {3}, episodes.time()));
    }

    private static void normalise(float[] v, int total) {
        if (total == 0) return;
        for (int i = 0; i < v.length; i++) v[i] /= total;
    }

    private static float log(double v) {
        return (float) Math.min(30, Math.log1p(v));
    }

    @Override
    public Frame render(String mode) {
        if (Frame.ANSI.equals(mode)) return new TextFrame(episodes.summary(ID));
        return StanceChart.render(ID + " (" + episodes.scenario().name() + ")", episodes.history(),
                episodes.decisionSteps() / 48.0);
    }
}
