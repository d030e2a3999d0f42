package org.infoops.model.diluvsion;

import java.util.List;

/**
 * Every number of the Diluvsion model, loaded from scenarios/diluvsion/parameters.yaml (which notes the paper
 * section or the spec's reason beside each value) and overridable per scenario. Plain data: no behaviour.
 */
public record DiluvsionParameters(
        Population population,
        Memory memory,
        Themes themes,
        Resistance resistance,
        Compatibility compatibility,
        TargetChoice targetChoice,
        Conversion conversion,
        Activity activity,
        Delivery delivery,
        Follow follow) {

    /** Start counts of the whole population (humans + bots) and the themes-per-agent distribution. */
    public record Population(int agents, StanceCounts startStances, List<Integer> themeCountDistribution,
                             List<Integer> startThemeCounts) {}

    public record StanceCounts(int negative, int neutral, int positive) {
        public int get(int stance) {
            return switch (stance) { case 0 -> negative; case 1 -> neutral; default -> positive; };
        }

        public int total() {
            return negative + neutral + positive;
        }
    }

    /** FIFO memory bins (§3.2, §3.8.2): humans 30, bots 120; poll_tweets returns 30. */
    public record Memory(int human, int bot, int pollSize) {}

    /**
     * 12 themes, at most 5 held, at most 40% of them new per adoption (§3.8.2); humans adopt on every infection
     * (spec §2.7, same-stance reinforcement included) or only when the infection changes their stance.
     */
    public record Themes(int count, int maxPerAgent, double maxNewShare, AdoptOn adoptOn) {}

    /** When a human adopts themes: on every successful infection, or only on a stance conversion. */
    public enum AdoptOn { INFECTION, CONVERSION }

    /** Truncated normal resistance and its updates per infection (§3.8.2). */
    public record Resistance(double low, double mean, double high, double sd,
                             double sameStance, double neighbourStance, double oppositeStance) {}

    public record Weights(double stance, double theme) {}

    /** {w_s, w_t} for ordinary compatibility, replying (stance term inverted) and quoting. */
    public record Compatibility(Weights standard, Weights reply, Weights quote) {}

    /** p = w_g g + w_c c with g = w_like N_like + w_RT N_RT + w_reply N_reply (§3.8.2). */
    public record ActionWeights(double engagement, double compatibility,
                                double like, double retweet, double reply) {}

    public record TargetChoice(ActionWeights like, ActionWeights retweet, ActionWeights quote, ActionWeights reply) {
        public ActionWeights forAction(Action a) {
            return switch (a) {
                case LIKE -> like;
                case RETWEET -> retweet;
                case QUOTE -> quote;
                case REPLY -> reply;
                default -> throw new IllegalArgumentException("no target choice for " + a);
            };
        }
    }

    /** read_conversion: engagement weights {1, 0.5, -0.5}; w = r_g/m + m r_c with m the agent's memory. */
    public record Conversion(double like, double retweet, double reply, boolean clampNegativeWeight) {}

    /**
     * Diurnal waking and quotas (§3.6): wake iff U < damping x P[slot]; past the weekly quota act with
     * overflowProbability. {@code diurnalTable} and {@code rolesTable} are "default" (the shipped spec
     * tables) or a file path.
     */
    public record Activity(String diurnalTable, double damping, double overflowProbability, int startSlot,
                           String rolesTable) {}

    /** A reply is seen by a share of the parent author's followers (§3.8.2: 10%, chosen at random). */
    public record Delivery(double replyAudienceShare) {}

    /** Unfollow weight floor for the most compatible followees (spec §2.6 [X]). */
    public record Follow(double unfollowFloor) {}
}
