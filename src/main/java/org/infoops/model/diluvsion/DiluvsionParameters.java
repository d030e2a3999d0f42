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

    /**
     * FIFO memory bins (§3.2, §3.8.2): humans 30, bots 120; poll_tweets returns 30. {@code botActivity} is when a
     * bot polls and updates its themes: "at the start of every time-step" (§3.5) or only when it wakes (§3.2 calls
     * an activation "when an agent wakes during a time-step"). {@code read}: see {@link Reading}.
     */
    public record Memory(int human, int bot, int pollSize, BotActivity botActivity, Reading read) {}

    /**
     * What read_conversion reads: every tweet HELD in the seen bin (spec §2.3), or only the UNREAD ones that arrived
     * since the agent's last activation (§3.2: the bin limits "the number of tweets that an agent sees per
     * activation", and items can be "forgotten before the items have a chance to be seen"); own tweets always.
     */
    public enum Reading { HELD, UNREAD }

    /** When a bot polls tweets and updates its themes. */
    public enum BotActivity { EVERY_STEP, WHEN_AWAKE }

    /**
     * 12 themes, at most 5 held, at most 40% of them new per adoption (§3.8.2); humans adopt on every infection
     * (spec §2.7, same-stance reinforcement included) or only when the infection changes their stance.
     */
    public record Themes(int count, int maxPerAgent, double maxNewShare, AdoptOn adoptOn, AdoptMode adoptMode,
                         AdoptCount adoptCount, AdoptFrom adoptFrom, Eviction eviction, TweetThemes humanTweet, BotPool botPool,
                         BotResponse botResponse, Conservation conservation) {}

    /**
     * Conserving bots (Sim 9, §5 l.455): PRIORITY = the conserved themes always lead when the bot updates its themes
     * and picks a tweet's themes, the usual adoption fills the rest; ONLY = "instead of following the usual theme
     * adoption process" the bot adopts nothing else and keeps its start themes plus the conserved ones.
     */
    public enum Conservation { PRIORITY, ONLY }

    /**
     * ADD: adopted themes join the set (eviction only beyond maxPerAgent). REPLACE: the infecting stance's themes
     * take over part of the set: the agent keeps floor((1 - maxNewShare) x |set|) of its themes (most recently used)
     * and adds the new ones, so a set turns over as the agent is infected instead of only growing.
     */
    public enum AdoptMode { ADD, REPLACE }

    /** When a human adopts themes: on every successful infection, or only on a stance conversion. */
    public enum AdoptOn { INFECTION, CONVERSION }

    /**
     * How many new themes one adoption brings: MAX_NEW = floor(maxNewShare x maxPerAgent) (= 2); SHARE_OF_WINNING =
     * round(maxNewShare x the distinct themes of the winning stance's tweets), at least 1; ONE.
     */
    public enum AdoptCount { MAX_NEW, SHARE_OF_WINNING, ONE }

    /**
     * Which themes an adoption takes: UNHELD = the most popular themes of the winning stance's tweets that the agent
     * does not hold yet (so every adoption brings new themes while there are any); TOP = "a portion of the most
     * popular themes found in the tweets" (§3.4) as they stand, held ones included: the agent gains those of them
     * it lacks, and nothing when it already holds them; WEIGHTED = the same count drawn at random without replacement,
     * each theme with probability proportional to its occurrences in those tweets ("popular" as a weight, not a rank).
     */
    public enum AdoptFrom { UNHELD, TOP, WEIGHTED }

    /** Which held theme goes when a set exceeds maxPerAgent: least recently used, least seen among the read tweets, or random. */
    public enum Eviction { LEAST_RECENTLY_USED, LEAST_POPULAR, RANDOM }

    /**
     * The themes of an independent human tweet: COUNT_DISTRIBUTION = k drawn from the start themes-per-agent
     * distribution (truncated at the set size), picked by recent use; WHOLE_SET = every held theme; ONE = one theme.
     */
    public enum TweetThemes { COUNT_DISTRIBUTION, WHOLE_SET, ONE }

    /**
     * The "bot's pool of themes" its random half is drawn from (§3.5): its own set, all themes of the simulation,
     * or the distinct themes present in its seen memory (what it has encountered, each equally likely).
     */
    public enum BotPool { OWN, ALL, SEEN }

    /**
     * How many themes a bot's reply or quote carries (§3.5 l.328: "half of the themes from parent tweets, while the
     * other half is drawn randomly from each bot's pool"): OWN_SIZE = as many as the bot holds, half of them (rounded
     * up) from the parent; PARENT_SIZE = half of the parent's themes (rounded up) and as many again, at least one,
     * from the pool, so a reply is about the size of its parent.
     */
    public enum BotResponse { OWN_SIZE, PARENT_SIZE }

    /**
     * Which seen tweets a bot may like: ANY (the argmax of g + c + f over every candidate, §3.8.2 l.380) or only
     * OWN_STANCE ones ("Liker bots who back a minority stance will favor liking tweets advocating the minority
     * stance", §6.3 l.585); with none left the like is invalid and the bot tweets instead (§3.3 l.255).
     */
    public enum BotLikes { ANY, OWN_STANCE }

    /** Truncated normal resistance and its updates per infection (§3.8.2). */
    public record Resistance(double low, double mean, double high, double sd,
                             double sameStance, double neighbourStance, double oppositeStance) {}

    public record Weights(double stance, double theme) {}

    /** {w_s, w_t} for ordinary compatibility, replying (stance term inverted) and quoting. */
    public record Compatibility(Weights standard, Weights reply, Weights quote) {}

    /** p = w_g g + w_c c with g = w_like N_like + w_RT N_RT + w_reply N_reply (§3.8.2). */
    public record ActionWeights(double engagement, double compatibility,
                                double like, double retweet, double reply) {}

    public record TargetChoice(ActionWeights like, ActionWeights retweet, ActionWeights quote, ActionWeights reply,
                               BotLikes botLikes) {
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

    /**
     * A reply is seen by a share of the parent author's followers (§3.8.2: 10%, chosen at random); {@code replyAudience}
     * says which replies (every reply, §3.8.2, or only replies to a reply, §3.3); {@code repliesToFollowers} whether
     * a reply or quote also reaches its author's own followers like a tweet does.
     */
    public record Delivery(double replyAudienceShare, ReplyAudience replyAudience, boolean repliesToFollowers) {}

    /** Which replies reach a share of the parent author's followers. */
    public enum ReplyAudience { ALL_REPLIES, REPLIES_TO_REPLIES }

    /** Unfollow weight floor for the most compatible followees (spec §2.6 [X]). */
    public record Follow(double unfollowFloor) {}
}
