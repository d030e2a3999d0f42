package org.infoops.env.diluvsion;

import java.util.List;
import java.util.Map;
import org.infoops.env.Box;
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
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.infoops.env.Tensor;
import org.infoops.env.TextFrame;
import org.infoops.env.Transition;
import org.infoops.env.Value;
import org.infoops.model.diluvsion.BotCommand;
import org.infoops.model.diluvsion.DiluvsionWorld;
import org.infoops.model.diluvsion.FleetLedger;
import org.infoops.model.diluvsion.RoleTable;
import org.infoops.model.diluvsion.Stance;

/**
 * {@code diluvsion/bot-fleet-v0}: one agent commands the whole Diluvsion bot fleet once per decision period
 * (default one simulated day). For each stance group of bots it sets the role mix, the activity level (high,
 * medium or low: never above highly active humans, Diluvsion §3.5), the primary reply tactic (vulnerable or
 * engagement, §3.5) and a theme to push (conserved in every tweet, like Sim 9). The episode is the scenario's run
 * (Sim 1 by default: 28 days, so 28 decisions). Reward: 100 x the change of the objective's score per decision.
 *
 * <p>Action: MultiDiscrete of 3 groups (negative, neutral, positive bots) x 8 named entries, defined once in
 * {@link FleetActionLayout}: weights of the five roles, level, tactic, pushed theme. A group without bots ignores
 * its entries.
 *
 * <p>Observation: Dict of stance shares (3), theme shares (12), time (sin and cos of the week, share of the episode
 * done), the bots' share of each stance group (3), and the fleet's last period per group (3 x 4: log1p per bot of
 * reach into humans' memories, likes, retweets and replies their tweets drew).
 */
public final class BotFleetEnvironment implements EnvironmentLogic {
    public static final String ID = "diluvsion/bot-fleet-v0";
    public static final String AGENT = "operator";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Command a Diluvsion bot fleet (single agent): once per decision period choose, per stance group of bots, "
                    + "the role mix, activity level, reply tactic and a theme to push; reward is the change of the "
                    + "objective (maximise_stance, shrink_majority, polarise, spread_theme) in percentage points.",
            false,
            concat(DiluvsionEpisodes.OPTIONS, List.of(
                    OptionSpec.of("decision_steps", "30-minute steps per decision (48 = one day); 1 to the scenario's steps.", 48L),
                    OptionSpec.of("objective", "One of " + Objective.NAMES + ".", "shrink_majority"),
                    OptionSpec.of("target_stance", "Stance for maximise_stance: one of negative, neutral, positive.", "negative"),
                    OptionSpec.of("target_theme", "Theme number for spread_theme (1 to 12).", 7L))));

    private final DiluvsionEpisodes episodes;
    private final Objective objective;
    private final Stance targetStance;
    private final int targetTheme;
    private final EnvSpec spec;
    private Stance majority;
    private double score;

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, BotFleetEnvironment::new);

    private BotFleetEnvironment(Options options) {
        episodes = new DiluvsionEpisodes(options, options.intValue("decision_steps", 1, 100_000));
        objective = Objective.valueOf(options.stringValue("objective", Objective.NAMES).toUpperCase());
        targetStance = Stance.valueOf(options.stringValue("target_stance", List.of("negative", "neutral", "positive")).toUpperCase());
        targetTheme = options.intValue("target_theme", 1, 12);
        DictSpace observation = DictSpace.of(
                "stance_shares", Box.of(DType.FLOAT32, 0, 1, 3).named(DiluvsionNames.stances("share of all agents holding")),
                "theme_shares", Box.of(DType.FLOAT32, 0, 1, 12).named(DiluvsionNames.themes("share of all agents holding")),
                "time", Box.of(DType.FLOAT32, -1, 1, 3).named(DiluvsionNames.TIME),
                "bot_shares", Box.of(DType.FLOAT32, 0, 1, 3).named(DiluvsionNames.stances("share of bots among the agents holding")),
                "fleet", Box.of(DType.FLOAT32, 0, 30, 3, 4).named(Components.grid(
                        DiluvsionNames.stances("bots backing"),
                        Components.of("reach", "log1p per bot of the reach into humans' memories in the last period",
                                "likes", "log1p per bot of the likes its tweets drew in the last period",
                                "retweets", "log1p per bot of the retweets its tweets drew in the last period",
                                "replies", "log1p per bot of the replies its tweets drew in the last period"))));
        spec = EnvSpec.builder(INFO, options)
                .agent(AGENT, observation, FleetActionLayout.space())
                .rewardRange(-100, 100)
                .renderModes(Frame.ANSI, Frame.RGB_ARRAY)
                .maxEpisodeSteps(episodes.horizon())
                .build();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        DiluvsionWorld w = episodes.start(start);
        majority = Objective.largest(w);
        score = objective.score(w, targetStance, targetTheme, majority);
        w.fleet().clear();
        return ResetResult.single(AGENT, observation(), info());
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        DiluvsionWorld w = episodes.world();
        apply(w, (Tensor) actions.get(AGENT));
        w.fleet().clear();
        episodes.advance();
        double next = objective.score(w, targetStance, targetTheme, majority);
        double reward = 100 * (next - score);
        score = next;
        return Map.of(AGENT, new Transition(observation(), reward, episodes.finished(), false, info()));
    }

    /** The Diluvsion paper's best fixed tactic as an action: {@link FleetActionLayout#paperTactic()}. */
    public static long[] paperTactic() {
        return FleetActionLayout.paperTactic();
    }

    /** Gives every bot of each group its order: roles by largest remainder over the weights, in bot id order. */
    static void apply(DiluvsionWorld w, Tensor action) {
        for (Stance group : Stance.ALL) {
            int[] bots = w.bots(group);
            if (bots.length == 0) continue;
            FleetActionLayout.GroupOrder order = FleetActionLayout.order(action, group);
            double[] weights = order.roleWeights();
            double sum = 0;
            for (double v : weights) sum += v;
            if (sum == 0) java.util.Arrays.fill(weights, 1);
            int[] perRole = apportion(bots.length, weights);
            int b = 0;
            for (int r = 0; r < perRole.length; r++) {
                for (int k = 0; k < perRole[r]; k++) {
                    w.command(bots[b++], new BotCommand(RoleTable.ROLES.get(r), order.level(), order.tactic(), order.pushedThemes()));
                }
            }
        }
    }

    private static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double v : weights) sum += v;
        int[] out = new int[weights.length];
        double[] rem = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) exact;
            rem[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) if (rem[i] > rem[best]) best = i;
            out[best]++;
            rem[best] = -1;
            given++;
        }
        return out;
    }

    private Value observation() {
        DiluvsionWorld w = episodes.world();
        double n = w.agentCount();
        float[] stances = new float[3];
        float[] bots = new float[3];
        float[] fleet = new float[12];
        FleetLedger ledger = w.fleet();
        for (Stance s : Stance.ALL) {
            int i = s.ordinal();
            stances[i] = (float) (w.stanceCount(s) / n);
            int size = w.bots(s).length;
            bots[i] = w.stanceCount(s) == 0 ? 0 : (float) size / w.stanceCount(s);
            double per = Math.max(1, size);
            fleet[i * 4] = log(ledger.reach(s) / per);
            fleet[i * 4 + 1] = log(ledger.likes(s) / per);
            fleet[i * 4 + 2] = log(ledger.retweets(s) / per);
            fleet[i * 4 + 3] = log(ledger.replies(s) / per);
        }
        float[] themes = new float[12];
        for (int t = 1; t <= 12; t++) themes[t - 1] = (float) (w.themeHolders(t) / n);
        return DictValue.of(
                "stance_shares", Tensor.float32(new int[] {3}, stances),
                "theme_shares", Tensor.float32(new int[] {12}, themes),
                "time", Tensor.float32(new int[] {3}, episodes.time()),
                "bot_shares", Tensor.float32(new int[] {3}, bots),
                "fleet", Tensor.float32(new int[] {3, 4}, fleet));
    }

    private static float log(double v) {
        return (float) Math.min(30, Math.log1p(v));
    }

    private Info info() {
        DiluvsionWorld w = episodes.world();
        return Info.builder()
                .put("step", (long) w.currentStep())
                .put("decision", (long) episodes.decisions())
                .put("score", score)
                .put("negative", (long) w.stanceCount(Stance.NEGATIVE))
                .put("neutral", (long) w.stanceCount(Stance.NEUTRAL))
                .put("positive", (long) w.stanceCount(Stance.POSITIVE))
                .build();
    }

    @Override
    public Frame render(String mode) {
        if (Frame.ANSI.equals(mode)) return new TextFrame(episodes.summary(ID));
        return StanceChart.render(ID + " (" + episodes.scenario().name() + ")", episodes.history(),
                episodes.decisionSteps() / 48.0);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
