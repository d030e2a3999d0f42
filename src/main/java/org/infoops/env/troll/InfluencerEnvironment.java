package org.infoops.env.troll;

import java.util.ArrayList;
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
import org.infoops.learn.Method;
import org.infoops.learn.ProbabilisticClassifier;
import org.infoops.learn.Trainers;
import org.infoops.model.troll.DuePost;
import org.infoops.model.troll.TrainingData;
import org.infoops.model.troll.TrollWorld;

/**
 * {@code troll/influencer-v0}: one agent decides, for every influencer post that falls due, whether to post now
 * or postpone it by one of several delays up to 7 days (the troll paper's countermeasure, §5.1; a post may be
 * postponed once, so a postponed post is published when due again without asking). With
 * {@code narrative_switch}, each choice also says whether to move the post to another of the influencer's
 * narratives (the paper's other named defence). The episode starts after a warm-up of {@code warmup_days} without
 * rescheduling and runs {@code episode_days}; one step per due post. Reward: minus one per attack any influencer
 * suffered since the previous decision, minus {@code delay_cost} per hour of the chosen delay.
 *
 * <p>Action: Discrete(8), or Discrete(16) with narrative_switch (a = delay + 8 x switch); delays in hours
 * {0, 1, 3, 6, 12, 24, 72, 168}.
 * <p>Observation: Dict of the post's features (the same columns as the classifier's, {@code features.csv}),
 * the influencer's recent history (posts in the last week, share of its posts attacked, marked now, hours left
 * on the mark), time (sin, cos of the day and of the week, share of the episode done), and with
 * {@code prediction} the attack probability from a boosted-trees classifier trained on the warm-up's posts.
 * <p>{@code protocol=figure5}: an episode is the Figure 5 sweep's evaluation of run r = the reset seed (its world,
 * its 6 training months as the warm-up, its 3 evaluation months as the episode; see {@link TrollEpisodes}); info
 * {@code attacks_in_episode} is then the sweep's attack count for the policy played, {@code postponed} its
 * postponed posts.
 */
public final class InfluencerEnvironment implements EnvironmentLogic {
    public static final String ID = "troll/influencer-v0";
    public static final String AGENT = "influencers";

    private static final EnvironmentInfo INFO = new EnvironmentInfo(ID,
            "Reschedule influencers' posts against troll bots (single agent): for each due post, post now or postpone "
                    + "it (once, up to 7 days); reward -1 per attack on an influencer minus a cost per hour of delay.",
            false,
            concat(TrollEpisodes.OPTIONS, List.of(
                    OptionSpec.of("prediction", "Add the classifier's attack probability to the observation (true or false).", false),
                    OptionSpec.of("narrative_switch", "Also choose whether to switch the post's narrative (true or false).", false))));

    /** Makes instances; registered in {@link org.infoops.env.BuiltinEnvironments}. */
    public static final EnvironmentFactory FACTORY = EnvironmentFactory.of(INFO, InfluencerEnvironment::new);

    private final TrollEpisodes episodes;
    private final boolean prediction;
    private final boolean narrativeSwitch;
    private final EnvSpec spec;
    private final int features;
    private ProbabilisticClassifier classifier;
    private DuePost due;
    private int attacksSeen;
    private int decisions;
    private int postponed;
    private int switched;
    private int warmupAttacks;

    private InfluencerEnvironment(Options options) {
        episodes = new TrollEpisodes(options);
        prediction = options.booleanValue("prediction");
        narrativeSwitch = options.booleanValue("narrative_switch");
        var schema = new org.infoops.model.troll.PostFeatures(episodes.parameters().world().narratives(),
                episodes.parameters().world().keywords()).schema();
        features = schema.size();
        List<Object> obs = new ArrayList<>(List.of(
                "post", Box.of(DType.FLOAT32, 0, 1e6, features).named(TrollEpisodes.postFeatures(schema, "the due post's")),
                "history", Box.of(DType.FLOAT32, 0, 1e6, 4).named(TrollEpisodes.HISTORY),
                "time", Box.of(DType.FLOAT32, -1, 1, 5).named(TrollEpisodes.TIME)));
        if (prediction) {
            obs.addAll(List.of("prediction", Box.of(DType.FLOAT32, 0, 1, 1).named(Components.of(
                    "attack_probability", "the classifier's probability that the due post is attacked"))));
        }
        int n = TrollEpisodes.DELAY_HOURS.length * (narrativeSwitch ? 2 : 1);
        spec = EnvSpec.builder(INFO, options)
                .agent(AGENT, DictSpace.of(obs.toArray()), new Discrete(n))
                .renderModes(Frame.ANSI, Frame.RGB_ARRAY)
                .build();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public ResetResult reset(EpisodeStart start) {
        TrollWorld w = episodes.start(start);
        classifier = prediction ? Trainers.centralised(w.features().schema(),
                TrainingData.pooled(w, 0, episodes.decisionStart()), Method.BOOSTED_TREES, start.seed()) : null;
        attacksSeen = warmupAttacks = w.influencerAttacksSoFar();
        decisions = postponed = switched = 0;
        nextDue();
        return ResetResult.single(AGENT, observation(), info());
    }

    @Override
    public Map<String, Transition> step(Map<String, Value> actions) {
        TrollWorld w = episodes.world();
        double reward = 0;
        if (due != null) {
            int a = (int) ((Tensor) actions.get(AGENT)).longAt(0);
            int k = TrollEpisodes.DELAY_HOURS.length;
            long hours = TrollEpisodes.DELAY_HOURS[a % k];
            if (a >= k) {
                w.switchNarrative();
                switched++;
            }
            w.decide(hours * 60);
            if (hours > 0) postponed++;
            decisions++;
            reward -= episodes.delayCost() * hours;
        }
        nextDue();
        int attacks = w.influencerAttacksSoFar();
        reward -= attacks - attacksSeen;
        attacksSeen = attacks;
        return Map.of(AGENT, new Transition(observation(), reward, due == null, false, info()));
    }

    /** Runs the world to the next post that needs a decision (null at the end of the episode). */
    private void nextDue() {
        TrollWorld w = episodes.world();
        due = w.advance(w.end()) >= 0 ? w.due() : null;
    }

    private Value observation() {
        float[] post = new float[features];
        float[] history = new float[4];
        long now = due == null ? episodes.world().end() : due.now();
        float p = 0;
        if (due != null) {
            for (int i = 0; i < features; i++) post[i] = (float) due.features()[i];
            history = episodes.history(due.user(), now);
            if (classifier != null) p = (float) classifier.probability(due.features());
        }
        List<Object> kv = new ArrayList<>(List.of(
                "post", Tensor.float32(new int[] {features}, post),
                "history", Tensor.float32(new int[] {4}, history),
                "time", Tensor.float32(new int[] {5}, episodes.time(now))));
        if (prediction) kv.addAll(List.of("prediction", Tensor.float32(new int[] {1}, new float[] {p})));
        return DictValue.of(kv.toArray());
    }

    private Info info() {
        TrollWorld w = episodes.world();
        return Info.builder()
                .put("minute", w.now())
                .put("influencer", due == null ? -1L : due.influencer())
                .put("decisions", (long) decisions)
                .put("postponed", (long) postponed)
                .put("narrative_switches", (long) switched)
                .put("attacks_in_episode", (long) (w.influencerAttacksSoFar() - warmupAttacks))
                .build();
    }

    @Override
    public Frame render(String mode) {
        TrollWorld w = episodes.world();
        if (Frame.RGB_ARRAY.equals(mode)) return AttackChart.render(ID + " (" + episodes.scenario().name() + ")", w);
        return new TextFrame(String.format("%s (%s): day %.1f, %d decisions, %d postponed, %d attacks on influencers so far",
                ID, episodes.scenario().name(), w.now() / 1440.0, decisions, postponed, w.influencerAttacksSoFar()));
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
