package org.infoops.model.diluvsion;

/**
 * Which seen tweet an agent likes, retweets, quotes or replies to (Diluvsion §3.8.2, spec §2.3, §2.8).
 *
 * <p>Candidates: distinct tweets in the agent's seen-tweet bin, not its own, not already acted on with this action.
 * Scores are normalised over the candidates: g (engagement, action-specific weights), c (compatibility), and for
 * bots f (author follower count). Humans draw with probability proportional to p = w_g g + w_c c; bots take the
 * argmax of p = g + c + f, except that for replies and quotes a bot using the "vulnerable" tactic takes the tweet
 * whose author follows the fewest accounts (ties by p). Under targetChoice.botLikes own-stance a bot likes only
 * tweets of its own stance.
 */
final class TweetTargeting {
    private final DiluvsionWorld w;
    private final int[] cand;
    private final double[] g;
    private final double[] c;
    private final double[] f;
    private final double[] stanceTerm = new double[3];
    private int epoch;

    TweetTargeting(DiluvsionWorld world) {
        this.w = world;
        int max = Math.max(world.params.memory().human(), world.params.memory().bot());
        cand = new int[max];
        g = new double[max];
        c = new double[max];
        f = new double[max];
    }

    /** The chosen tweet id, or -1 when there is no candidate (the action is invalid). */
    int choose(int a, Action action) {
        int n = collect(a, Agents.actionSlot(action));
        if (n == 0) return -1;
        DiluvsionParameters.ActionWeights aw = w.params.targetChoice().forAction(action);
        DiluvsionParameters.Compatibility cp = w.params.compatibility();
        DiluvsionParameters.Weights cw = action == Action.REPLY ? cp.reply() : action == Action.QUOTE ? cp.quote() : cp.standard();
        boolean invert = action == Action.REPLY;
        boolean bot = w.agents.bot[a];
        int stance = w.agents.stance[a];
        int themes = w.agents.themes[a];
        Tweets tw = w.tweets;
        Compatibility.stanceTerms(cw, invert, stance, stanceTerm);
        double themeWeight = cw.theme();
        double sg = 0, sc = 0, sf = 0;
        for (int i = 0; i < n; i++) {
            int t = cand[i];
            g[i] = aw.like() * tw.likes(t) + aw.retweet() * tw.retweets(t) + aw.reply() * tw.replies(t);
            c[i] = stanceTerm[tw.stance(t)] + themeWeight * ThemeMask.jaccard(themes, tw.themes(t));
            sg += g[i];
            sc += c[i];
            if (bot) {
                f[i] = w.graph.followerCount(tw.author(t));
                sf += f[i];
            }
        }
        // Normalise over the candidate set; an all-zero term contributes 0 [X spec §2.3].
        double ng = sg > 0 ? 1 / sg : 0, nc = sc > 0 ? 1 / sc : 0, nf = sf > 0 ? 1 / sf : 0;
        if (bot) {
            boolean vulnerable = false;
            if (action == Action.REPLY || action == Action.QUOTE) {
                boolean primary = w.rng.nextDouble() < w.agents.primaryProbability[a];
                vulnerable = primary == w.agents.primaryVulnerable[a];
            }
            return cand[botPick(n, ng, nc, nf, vulnerable)];
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            g[i] = aw.engagement() * g[i] * ng + aw.compatibility() * c[i] * nc; // reuse g[] as p
            total += g[i];
        }
        if (total <= 0) return cand[w.rng.nextInt(n)]; // all p = 0: uniform [X spec §2.3]
        double u = w.rng.nextDouble() * total;
        for (int i = 0; i < n; i++) {
            u -= g[i];
            if (u < 0) return cand[i];
        }
        return cand[n - 1];
    }

    /** Argmax of p = g + c + f (ties: the newest tweet, i.e. the first candidate), or the vulnerable-user pick. */
    private int botPick(int n, double ng, double nc, double nf, boolean vulnerable) {
        int best = -1;
        int bestFollowees = Integer.MAX_VALUE;
        double bestP = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double p = g[i] * ng + c[i] * nc + f[i] * nf;
            if (vulnerable) {
                int followees = w.graph.followeeCount(w.tweets.author(cand[i]));
                if (followees < bestFollowees || (followees == bestFollowees && p > bestP)) {
                    best = i;
                    bestFollowees = followees;
                    bestP = p;
                }
            } else if (p > bestP) {
                best = i;
                bestP = p;
            }
        }
        return best;
    }

    /** Fills cand[] with the distinct eligible tweets of a's seen bin, newest first; returns how many. */
    private int collect(int a, int slot) {
        MemoryBins seen = w.seenTweets;
        Tweets tw = w.tweets;
        int size = seen.size(a);
        int stamp = ++epoch;
        // The tweet's filter of actors (in the record already read) spares most lookups in the agent's acted table.
        int n = 0;
        int onlyStance = w.agents.bot[a] && slot == Agents.actionSlot(Action.LIKE)
                && w.params.targetChoice().botLikes() == DiluvsionParameters.BotLikes.OWN_STANCE ? w.agents.stance[a] : -1;
        for (int i = size - 1; i >= 0; i--) {
            int t = seen.get(a, i);
            if (tw.mark(t) == stamp) continue;
            tw.setMark(t, stamp);
            if (onlyStance >= 0 && tw.stance(t) != onlyStance) continue;
            if (tw.author(t) == a || (tw.mayHaveActed(t, a, slot) && w.agents.hasActed(a, t, slot))) continue;
            cand[n++] = t;
        }
        return n;
    }
}
