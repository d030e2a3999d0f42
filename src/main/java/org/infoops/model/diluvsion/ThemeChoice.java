package org.infoops.model.diluvsion;

import java.util.List;

/**
 * Themes: what an agent's tweets carry, what a human adopts when infected, and a bot's per-step update
 * (Diluvsion §3.4, §3.5, §3.8.2; the open details as spec §2.7 proposes).
 */
final class ThemeChoice {
    private final DiluvsionWorld w;
    private final int themes;
    private final int maxPerAgent;
    private final int maxNew;
    private final double[] themeCountWeights; // P(k themes) for an independent tweet, k = 1..5
    private final double[] score;
    private final int[] frequency;
    /**
     * Per bot, how many tweets in its seen memory carry each theme. Bots consult it every step (theme update),
     * so it is kept up to date on each push/eviction instead of recounting 120 tweets per bot-step. The counts are
     * 16-bit lanes, four themes to a long (three longs for the at most 12 themes; a count is at most memory.bot,
     * validated to fit), so a tweet's whole theme mask is added or removed with three table lookups, not a loop.
     */
    private final long[] botSeenThemes;
    /** LANES[m]: a 1 in the lane of each of the four themes of nibble m. */
    private static final long[] LANES = new long[16];
    static {
        for (int m = 0; m < 16; m++) {
            for (int b = 0; b < 4; b++) if ((m & 1 << b) != 0) LANES[m] |= 1L << 16 * b;
        }
    }

    ThemeChoice(DiluvsionWorld world) {
        this.w = world;
        DiluvsionParameters.Themes t = world.params.themes();
        this.themes = t.count();
        this.maxPerAgent = t.maxPerAgent();
        this.maxNew = (int) Math.floor(t.maxNewShare() * t.maxPerAgent() + 1e-9); // floor(0.4 x 5) = 2
        List<Integer> dist = world.params.population().themeCountDistribution();
        this.themeCountWeights = dist.stream().mapToDouble(Integer::doubleValue).toArray();
        this.score = new double[themes];
        this.frequency = new int[themes];
        this.botSeenThemes = new long[world.agents.n * 3];
    }

    /** Keeps a bot's seen-theme histogram in step with its seen-tweet bin. */
    void seenThemesChanged(int bot, int added, int evicted) {
        int base = bot * 3;
        int m = w.tweets.themes(added);
        botSeenThemes[base] += LANES[m & 15];
        botSeenThemes[base + 1] += LANES[m >>> 4 & 15];
        botSeenThemes[base + 2] += LANES[m >>> 8 & 15];
        if (evicted >= 0) {
            m = w.tweets.themes(evicted);
            botSeenThemes[base] -= LANES[m & 15];
            botSeenThemes[base + 1] -= LANES[m >>> 4 & 15];
            botSeenThemes[base + 2] -= LANES[m >>> 8 & 15];
        }
    }

    private int botSeenCount(int bot, int theme0) {
        return (int) (botSeenThemes[bot * 3 + (theme0 >>> 2)] >>> 16 * (theme0 & 3)) & 0xFFFF;
    }

    /** The themes present in a bot's seen memory, as a mask. */
    private int seenThemes(int bot) {
        int mask = 0;
        for (int t = 0; t < themes; t++) if (botSeenCount(bot, t) > 0) mask |= ThemeMask.of(t);
        return mask;
    }

    private void loadBotSeenThemes(int bot) {
        for (int t = 0; t < themes; t++) frequency[t] = botSeenCount(bot, t);
    }

    /**
     * An independent human tweet (§3.4, themes.humanTweet): by default k themes, k drawn from the start theme-count
     * distribution truncated at the agent's set size, chosen without replacement with weight 1 + uses in its own
     * recent tweets; or the whole set; or one theme picked the same way.
     */
    int humanTweetThemes(int a) {
        int held = w.agents.themes[a];
        int size = ThemeMask.size(held);
        if (size == 0) return 0;
        DiluvsionParameters.TweetThemes rule = w.params.themes().humanTweet();
        if (rule == DiluvsionParameters.TweetThemes.WHOLE_SET) {
            touchHeld(a, held);
            return held;
        }
        int k = rule == DiluvsionParameters.TweetThemes.ONE ? 1 : drawCount(Math.min(size, themeCountWeights.length));
        java.util.Arrays.fill(frequency, 0);
        countThemes(w.ownTweets, a, -1);
        for (int t = 0; t < themes; t++) score[t] = ThemeMask.has(held, t) ? 1 + frequency[t] : 0;
        int chosen = 0;
        for (int i = 0; i < k; i++) {
            int t = weightedPick();
            chosen |= ThemeMask.of(t);
            score[t] = 0;
            w.agents.touchTheme(a, t);
        }
        return chosen;
    }

    /** Human replies and quotes keep the parent's themes: humans do not go off-topic (§3.4). */
    int humanResponseThemes(int a, int parent) {
        int parentThemes = w.tweets.themes(parent);
        touchHeld(a, parentThemes);
        return parentThemes;
    }

    /**
     * Bot tweets (§3.5): conserved themes first; then half (rounded up) of the tweet's k themes from the parent
     * (reply/quote) or from the most common themes in its seen memory (independent tweet); the rest at random
     * from its pool (its own set, every theme, or the themes present in its seen memory: themes.botPool). k is the
     * bot's set size, or for a reply or quote under themes.botResponse parent-size half the parent's themes plus as
     * many (at least one) of the bot's own.
     */
    int botTweetThemes(int a, int parent) {
        Agents ag = w.agents;
        int own = ag.themes[a];
        int k = Math.max(1, ThemeMask.size(own));
        int chosen = ag.conservedThemes[a];
        int half = (k + 1) / 2;
        if (parent >= 0 && w.params.themes().botResponse() == DiluvsionParameters.BotResponse.PARENT_SIZE) {
            int n = ThemeMask.size(w.tweets.themes(parent));
            half = (n + 1) / 2;
            k = Math.min(maxPerAgent, half + Math.max(1, n / 2));
        }
        if (parent >= 0) {
            chosen = addRandom(chosen, w.tweets.themes(parent), half);
        } else {
            loadBotSeenThemes(a);
            chosen = addMostFrequent(chosen, half, -1, Integer.MAX_VALUE);
        }
        int pool = switch (w.params.themes().botPool()) {
            case OWN -> own;
            case ALL -> (1 << themes) - 1;
            case SEEN -> seenThemes(a);
        };
        chosen = addRandom(chosen, pool, k);
        touchHeld(a, chosen);
        return chosen;
    }

    /**
     * Human theme adoption on an infection (spec §2.7): the most frequent not-held themes among the read tweets
     * of the winning stance ({@code winnerThemes}: occurrences per theme), at most floor(40% x 5) new; beyond 5 the
     * least recently used themes are dropped.
     */
    void adoptOnInfection(int a, int[] winnerThemes) {
        adopt(a, winnerThemes);
    }

    /** The same adoption, counting the winning stance's themes in the agent's seen and own bins. */
    void adoptOnInfection(int a, int winner) {
        java.util.Arrays.fill(frequency, 0);
        countThemes(w.seenTweets, a, winner);
        countThemes(w.ownTweets, a, winner);
        adopt(a, frequency.clone());
    }

    private void adopt(int a, int[] winnerThemes) {
        System.arraycopy(winnerThemes, 0, frequency, 0, themes);
        int[] popularity = winnerThemes;
        int before = w.agents.themes[a];
        int held = before;
        if (w.params.themes().adoptMode() == DiluvsionParameters.AdoptMode.REPLACE) {
            held = mostRecentlyUsed(a, before, (int) Math.floor((1 - w.params.themes().maxNewShare()) * ThemeMask.size(before) + 1e-9));
        }
        int count = newThemesPerAdoption(winnerThemes);
        held = switch (w.params.themes().adoptFrom()) {
            case UNHELD -> addMostFrequent(held, ThemeMask.size(held) + count, held, Integer.MAX_VALUE);
            case TOP -> held | addMostFrequent(0, count, -1, Integer.MAX_VALUE);
            case WEIGHTED -> held | drawByOccurrence(count);
        };
        int adopted = held & ~before;
        for (int t = 0; t < themes; t++) {
            if (ThemeMask.has(adopted, t)) w.agents.touchTheme(a, t);
        }
        while (ThemeMask.size(held) > maxPerAgent) held &= ~ThemeMask.of(evict(a, held, adopted, popularity));
        if (held != before) w.setThemes(a, held);
    }

    /** themes.adoptCount: floor(40% x 5) = 2, 40% of the winning stance's distinct themes (at least 1), or one. */
    private int newThemesPerAdoption(int[] winnerThemes) {
        return switch (w.params.themes().adoptCount()) {
            case MAX_NEW -> maxNew;
            case ONE -> 1;
            case SHARE_OF_WINNING -> {
                int distinct = 0;
                for (int f : winnerThemes) if (f > 0) distinct++;
                yield Math.max(1, (int) Math.round(w.params.themes().maxNewShare() * distinct));
            }
        };
    }

    /** themes.eviction: the held theme to drop from a full set; a just-adopted theme goes only if nothing else can. */
    private int evict(int a, int held, int adopted, int[] popularity) {
        int old = held & ~adopted;
        int pool = old != 0 ? old : held;
        return switch (w.params.themes().eviction()) {
            case LEAST_RECENTLY_USED -> leastRecentlyUsed(a, held);
            case RANDOM -> nthBit(pool, w.rng.nextInt(ThemeMask.size(pool)));
            case LEAST_POPULAR -> {
                int best = -1;
                for (int t = 0; t < themes; t++) {
                    if (!ThemeMask.has(pool, t)) continue;
                    if (best < 0 || popularity[t] < popularity[best]
                            || (popularity[t] == popularity[best] && w.agents.themeStamp(a, t) < w.agents.themeStamp(a, best))) best = t;
                }
                yield best;
            }
        };
    }

    /**
     * A bot's per-step update (§3.5, §6.4; spec §2.7): keep half its themes (conserved first, then the most
     * recently used), fill up to 5 with the most common themes in its seen memory, at most 2 of them new.
     */
    void updateBotThemes(int a) {
        Agents ag = w.agents;
        int old = ag.themes[a];
        int conserved = ag.conservedThemes[a];
        if (!ag.adoptThemes[a]) {
            if ((old | conserved) != old) w.setThemes(a, old | conserved);
            return;
        }
        int keep = (ThemeMask.size(old) + 1) / 2;
        int kept = conserved;
        int rest = old & ~conserved;
        while (ThemeMask.size(kept) < keep && rest != 0) {
            int t = mostRecentlyUsed(a, rest);
            kept |= ThemeMask.of(t);
            rest &= ~ThemeMask.of(t);
        }
        loadBotSeenThemes(a);
        int updated = addMostFrequent(kept, maxPerAgent, old, maxNew);
        for (int t = 0; t < themes; t++) {
            if (ThemeMask.has(updated & ~old, t)) ag.touchTheme(a, t);
        }
        if (updated != old) w.setThemes(a, updated);
    }

    /**
     * Adds the most frequent themes (frequency > 0, ties at random) not yet in {@code mask} until it holds
     * {@code target} themes; at most {@code newLimit} of the added ones may be outside {@code previous}.
     */
    private int addMostFrequent(int mask, int target, int previous, int newLimit) {
        int added = 0;
        for (int t = 0; t < themes; t++) score[t] = frequency[t] > 0 && !ThemeMask.has(mask, t) ? frequency[t] + w.rng.nextDouble() * 0.5 : 0;
        while (ThemeMask.size(mask) < target) {
            int best = -1;
            for (int t = 0; t < themes; t++) if (score[t] > 0 && (best < 0 || score[t] > score[best])) best = t;
            if (best < 0) break;
            score[best] = 0;
            boolean isNew = previous != -1 && !ThemeMask.has(previous, best);
            if (isNew && added >= newLimit) continue;
            if (isNew) added++;
            mask |= ThemeMask.of(best);
        }
        return mask;
    }

    /** Up to {@code count} distinct themes drawn without replacement with weight = {@code frequency}. */
    private int drawByOccurrence(int count) {
        int present = 0;
        for (int t = 0; t < themes; t++) {
            score[t] = frequency[t];
            if (frequency[t] > 0) present++;
        }
        int chosen = 0;
        for (int i = 0; i < Math.min(count, present); i++) {
            int t = weightedPick();
            chosen |= ThemeMask.of(t);
            score[t] = 0;
        }
        return chosen;
    }

    /** Adds themes drawn uniformly from {@code pool} (not yet in mask) until mask holds {@code target}. */
    private int addRandom(int mask, int pool, int target) {
        int available = pool & ~mask;
        while (ThemeMask.size(mask) < target && available != 0) {
            int pick = w.rng.nextInt(ThemeMask.size(available));
            int t = nthBit(available, pick);
            mask |= ThemeMask.of(t);
            available &= ~ThemeMask.of(t);
        }
        return mask;
    }

    /** Counts theme occurrences over an agent's bin, only tweets of {@code stance} unless it is -1. */
    private void countThemes(MemoryBins bin, int a, int stance) {
        Tweets tw = w.tweets;
        int size = bin.size(a);
        for (int i = 0; i < size; i++) {
            int t = bin.get(a, i);
            if (stance >= 0 && tw.stance(t) != stance) continue;
            int m = tw.themes(t);
            while (m != 0) {
                int bit = Integer.numberOfTrailingZeros(m);
                if (bit < themes) frequency[bit]++;
                m &= m - 1;
            }
        }
    }

    private int drawCount(int maxK) {
        double total = 0;
        for (int k = 0; k < maxK; k++) total += themeCountWeights[k];
        double u = w.rng.nextDouble() * total;
        for (int k = 0; k < maxK; k++) {
            u -= themeCountWeights[k];
            if (u < 0) return k + 1;
        }
        return maxK;
    }

    private int weightedPick() {
        double total = 0;
        for (double s : score) total += s;
        double u = w.rng.nextDouble() * total;
        int last = -1;
        for (int t = 0; t < themes; t++) {
            if (score[t] <= 0) continue;
            last = t;
            u -= score[t];
            if (u < 0) return t;
        }
        return last;
    }

    private void touchHeld(int a, int used) {
        int m = used & w.agents.themes[a];
        while (m != 0) {
            w.agents.touchTheme(a, Integer.numberOfTrailingZeros(m));
            m &= m - 1;
        }
    }

    /** The {@code keep} most recently used themes of {@code mask}. */
    private int mostRecentlyUsed(int a, int mask, int keep) {
        int kept = 0;
        for (int rest = mask; ThemeMask.size(kept) < keep && rest != 0; ) {
            int t = mostRecentlyUsed(a, rest);
            kept |= ThemeMask.of(t);
            rest &= ~ThemeMask.of(t);
        }
        return kept;
    }

    private int leastRecentlyUsed(int a, int mask) {
        int best = -1;
        for (int t = 0; t < themes; t++) {
            if (ThemeMask.has(mask, t) && (best < 0 || w.agents.themeStamp(a, t) < w.agents.themeStamp(a, best))) best = t;
        }
        return best;
    }

    private int mostRecentlyUsed(int a, int mask) {
        int best = -1;
        for (int t = 0; t < themes; t++) {
            if (ThemeMask.has(mask, t) && (best < 0 || w.agents.themeStamp(a, t) > w.agents.themeStamp(a, best))) best = t;
        }
        return best;
    }

    private static int nthBit(int mask, int n) {
        for (int i = 0; i < n; i++) mask &= mask - 1;
        return Integer.numberOfTrailingZeros(mask);
    }
}
