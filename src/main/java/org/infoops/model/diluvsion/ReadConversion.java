package org.infoops.model.diluvsion;

/**
 * read_conversion (Diluvsion §3.4, §3.8.2; spec §2.3): a human reads the tweets it holds (seen bin and its own
 * recent tweets). If U(0,1) exceeds its resistance it is infected: stance s wins with probability proportional to
 * w(s) = r_g(s)/m + m r_c(s), where r_c(s) is the share of compatibility held by s's tweets and r_g(s) the
 * per-engagement-type normalised likes, retweets and replies of s's tweets, weighted {1, 0.5, -0.5}. The infected
 * agent takes the stance, adopts some of its tweets' themes, and its resistance moves by the stance distance.
 */
final class ReadConversion {
    private final DiluvsionWorld w;
    private final double[] compat = new double[3];
    private final double[] likes = new double[3];
    private final double[] retweets = new double[3];
    private final double[] replies = new double[3];
    private final double[] weight = new double[3];
    private final double[] stanceTerm = new double[3];
    /** Theme occurrences per stance over the read tweets, gathered in the same pass for theme adoption. */
    private final int[][] themeFrequency;

    ReadConversion(DiluvsionWorld world) {
        this.w = world;
        this.themeFrequency = new int[3][world.agents.themeCount];
    }

    /** Reads every tweet a holds (seen and own bins). */
    void read(int a) {
        read(a, w.seenTweets.size(a));
    }

    /** Reads the newest {@code seenCount} tweets of a's seen bin and all its own recent tweets. */
    void read(int a, int seenCount) {
        Agents ag = w.agents;
        if (w.rng.nextDouble() <= ag.resistance[a]) return; // the draw must exceed resistance (§3.4)
        java.util.Arrays.fill(compat, 0);
        java.util.Arrays.fill(likes, 0);
        java.util.Arrays.fill(retweets, 0);
        java.util.Arrays.fill(replies, 0);
        for (int[] f : themeFrequency) java.util.Arrays.fill(f, 0);
        accumulate(a, w.seenTweets, seenCount);
        accumulate(a, w.ownTweets, w.ownTweets.size(a));
        DiluvsionParameters.Conversion cv = w.params.conversion();
        double m = w.seenTweets.capacity(a);
        double sumC = compat[0] + compat[1] + compat[2];
        double sumL = likes[0] + likes[1] + likes[2];
        double sumR = retweets[0] + retweets[1] + retweets[2];
        double sumP = replies[0] + replies[1] + replies[2];
        double total = 0;
        for (int s = 0; s < 3; s++) {
            // A zero denominator makes its term 0 [X spec §2.3].
            double rg = (sumL > 0 ? cv.like() * likes[s] / sumL : 0)
                    + (sumR > 0 ? cv.retweet() * retweets[s] / sumR : 0)
                    + (sumP > 0 ? cv.reply() * replies[s] / sumP : 0);
            double rc = sumC > 0 ? compat[s] / sumC : 0;
            double ws = rg / m + m * rc;
            if (cv.clampNegativeWeight() && ws < 0) ws = 0; // [X spec §2.2]
            weight[s] = ws;
            total += ws;
        }
        if (total <= 0) return; // nothing to be infected by
        double u = w.rng.nextDouble() * total;
        int winner = 2;
        for (int s = 0; s < 3; s++) {
            u -= weight[s];
            if (u < 0) { winner = s; break; }
        }
        infect(a, winner);
    }

    private void accumulate(int a, MemoryBins bin, int newest) {
        Agents ag = w.agents;
        Tweets tw = w.tweets;
        DiluvsionParameters.Weights std = w.params.compatibility().standard();
        int stance = ag.stance[a];
        int themes = ag.themes[a];
        Compatibility.stanceTerms(std, false, stance, stanceTerm);
        double themeWeight = std.theme();
        int size = bin.size(a);
        for (int i = size - newest; i < size; i++) {
            int t = bin.get(a, i);
            int s = tw.stance(t);
            compat[s] += stanceTerm[s] + themeWeight * ThemeMask.jaccard(themes, tw.themes(t));
            likes[s] += tw.likes(t);
            retweets[s] += tw.retweets(t);
            replies[s] += tw.replies(t);
            int[] freq = themeFrequency[s];
            for (int m = tw.themes(t); m != 0; m &= m - 1) freq[Integer.numberOfTrailingZeros(m)]++;
        }
    }

    private void infect(int a, int winner) {
        Agents ag = w.agents;
        DiluvsionParameters.Resistance r = w.params.resistance();
        int old = ag.stance[a];
        double delta = switch (Stance.distance(old, winner)) {
            case 0 -> r.sameStance();
            case 1 -> r.neighbourStance();
            default -> r.oppositeStance();
        };
        ag.resistance[a] = Math.max(0, Math.min(1, ag.resistance[a] + delta));
        w.counters.infections++;
        if (old != winner) {
            w.setStance(a, winner);
            ag.conversions[a]++;
            w.counters.conversions++;
        }
        if (old != winner || w.params.themes().adoptOn() == DiluvsionParameters.AdoptOn.INFECTION) {
            w.themeChoice.adoptOnInfection(a, themeFrequency[winner]);
        }
    }
}
