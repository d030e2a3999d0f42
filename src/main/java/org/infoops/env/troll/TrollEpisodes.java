package org.infoops.env.troll;

import org.infoops.scenario.ScenarioLoader;

import java.util.List;
import org.infoops.env.Component;
import org.infoops.env.Components;
import org.infoops.env.EpisodeStart;
import org.infoops.env.Footprint;
import org.infoops.env.OptionSpec;
import org.infoops.env.Options;
import org.infoops.env.ScenarioOption;
import org.infoops.model.troll.PostingPolicy;
import org.infoops.model.troll.TrollParameters;
import org.infoops.model.troll.TrollSociety;
import org.infoops.model.troll.TrollWorld;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.troll.TrollScenario;

/**
 * What both troll environments share: the scenario, the warm-up (days the world runs with no rescheduling before
 * decisions start; its posts are the classifier's training data), the episode length, the postponement choices
 * and their cost, and the world of the current episode (a new society and world per episode seed).
 *
 * <p>{@code protocol=figure5} makes an episode the troll paper's Figure 5 evaluation, as {@code sweep troll-figure5}
 * runs it: the scenario's own world (its training months are the warm-up, its evaluation months the episode;
 * {@code warmup_days} and {@code episode_days} are ignored), and a reset with seed r builds the world of the
 * sweep's run r ({@code scenario.runSeed(r)}), so seeds 0..runs-1 are the sweep's seeds and larger seeds are
 * other worlds of the same scenario (for training). Later unseeded episodes get worlds from the episode's random
 * streams. Attacks in the episode are then counted exactly as the sweep counts them (attacks on influencers'
 * posts from the end of the training months to the end of the world).
 */
final class TrollEpisodes {
    /** Postponement choices in hours: post now, or one of several delays up to the countermeasure's 7 days. */
    static final long[] DELAY_HOURS = {0, 1, 3, 6, 12, 24, 72, 168};

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("scenario", "An embedded troll scenario (troll/small, troll/default) or a scenario file (over gRPC: only under a serve --scenario-dir).", "troll/small"),
            OptionSpec.of("warmup_days", "Days the world runs before decisions start (no rescheduling; training data); 1 to 3650.", 30L),
            OptionSpec.of("episode_days", "Days of decisions per episode (1 to 3650).", 14L),
            OptionSpec.of("delay_cost", "Reward cost per hour a post is postponed (0 to 100).", 0.002),
            OptionSpec.of("protocol", "One of: episodes (warmup_days + episode_days, world from the episode seed) or figure5 "
                    + "(the sweep's evaluation: the scenario's training months, then its evaluation months; reset seed r "
                    + "= the sweep's run r).", "episodes"));

    static final List<String> PROTOCOLS = List.of("episodes", "figure5");

    private final TrollScenario scenario;
    private final TrollParameters parameters;
    private final double delayCost;
    private final boolean figure5;
    private TrollWorld world;

    TrollEpisodes(Options options) {
        ScenarioOption choice = ScenarioOption.read(options, "scenario", "troll");
        try {
            scenario = new ScenarioLoader().load(choice.reference(), TrollScenario.class);
        } catch (ScenarioException e) {
            throw choice.loadFailure(options, "scenario", "troll", e);
        }
        int warmup = options.intValue("warmup_days", 1, 3650);
        int days = options.intValue("episode_days", 1, 3650);
        delayCost = options.doubleValue("delay_cost", 0, 100);
        figure5 = options.stringValue("protocol", PROTOCOLS).equals("figure5");
        TrollParameters.World w = scenario.parameters().world();
        int worldDays = figure5 ? w.trainingDays() + w.evaluationDays() : warmup + days;
        options.admit(footprint(w.backgroundUsers() + (long) w.influencers(), worldDays,
                figure5 ? "scenario" : "warmup_days", figure5 ? scenario.name() : String.valueOf(warmup)));
        parameters = figure5 ? scenario.parameters() : scenario.parameters().withWorld(new TrollParameters.World(
                w.backgroundUsers(), w.influencers(), w.subreddits(), w.narratives(), w.keywords(), warmup, days));
    }

    /**
     * Heap and work of a world of {@code users} users over {@code days} days. Bytes: about 2 KiB per user and
     * 40 bytes per user-day of posts, comments and attack records (troll/default, 22,000 users x 270 days,
     * peaked at 217 MiB in {@code bench troll}). Work: a reset runs the whole warm-up, about one update per user-day.
     */
    static Footprint footprint(long users, long days, String option, String value) {
        long bytes = Footprint.times(users, 2048 + 40.0 * days) + (16L << 20);
        return new Footprint(bytes, Footprint.times(users, days), option, value);
    }

    /** A new world for the episode, run through the warm-up. */
    TrollWorld start(EpisodeStart start) {
        long seed = figure5 && start.episode() == 0 && start.seed() >= 0 && start.seed() <= Integer.MAX_VALUE
                ? scenario.runSeed((int) start.seed())
                : start.random().derive("troll.world");
        world = new TrollWorld(parameters, TrollSociety.build(parameters, seed), seed, false);
        world.runUntil(parameters.world().trainingMinutes(), PostingPolicy.NONE);
        return world;
    }

    boolean figure5() {
        return figure5;
    }

    TrollWorld world() {
        return world;
    }

    TrollParameters parameters() {
        return parameters;
    }

    TrollScenario scenario() {
        return scenario;
    }

    double delayCost() {
        return delayCost;
    }

    long decisionStart() {
        return parameters.world().trainingMinutes();
    }

    /** Names of {@link #time}'s features, in its order. */
    static final List<Component> TIME = Components.of(
            "day_sin", "sine of the time of day",
            "day_cos", "cosine of the time of day",
            "week_sin", "sine of the position in the week (minute 0 is a Monday 00:00)",
            "week_cos", "cosine of the position in the week (minute 0 is a Monday 00:00)",
            "episode_done", "share of the decision period done, 0 to 1");

    /** Names of {@link #history}'s features, in its order. */
    static final List<Component> HISTORY = Components.of(
            "posts_last_week", "the influencer's posts in the last 7 days",
            "attacked_share", "share of the influencer's posts so far that were attacked",
            "marked", "1 if troll bots mark the influencer as attacked now (a mark lasts 3 days)",
            "mark_hours_left", "hours left on the current mark, 0 when not marked");

    /** One component per column of the attack classifier's post features ({@code features.csv}). */
    static List<Component> postFeatures(org.infoops.learn.FeatureSchema schema, String whose) {
        return Components.each(schema.names(), n -> whose + " feature " + n + ", as the attack classifier's column of that name");
    }

    /** time features: hour of day and day of week as (sin, cos), and the share of the decision period done. */
    float[] time(long now) {
        double day = (now % 1440) / 1440.0 * 2 * Math.PI;
        double week = (now % (7 * 1440)) / (7.0 * 1440) * 2 * Math.PI;
        double done = (double) (now - decisionStart()) / (world.end() - decisionStart());
        return new float[] {(float) Math.sin(day), (float) Math.cos(day), (float) Math.sin(week), (float) Math.cos(week),
                (float) Math.max(0, Math.min(1, done))};
    }

    /** The influencer's recent history: posts in the last week, share of its posts attacked, marked now, hours left on the mark. */
    float[] history(int user, long now) {
        var r = world.record();
        int posts = r.posts(user);
        boolean marked = r.marks().isMarked(user, now);
        return new float[] {r.postsLastWeek(user, now), posts == 0 ? 0 : (float) r.attacksSuffered(user) / posts,
                marked ? 1 : 0, marked ? (r.marks().expiry(user) - now) / 60f : 0};
    }
}
