package org.infoops.model.diluvsion;

/**
 * Whom an agent follows or unfollows (Diluvsion §3.2, §3.3; spec §2.6). Follow candidates are the distinct
 * users in the agent's seen-users bin it does not follow yet, weighted by how often they appear (the bin is
 * duplicative) times their compatibility; bots take the argmax of normalised count + compatibility + followers.
 * Unfollow weighs current followees by incompatibility, 1 - c / (w_s + w_t), floored.
 */
final class FollowChoice {
    private final DiluvsionWorld w;
    private final int[] count;   // occurrences per agent in the current bin scan
    private final int[] stamp;   // which scan count[] belongs to
    private final int[] cand;
    private final double[] weight;
    private int scan;

    FollowChoice(DiluvsionWorld world) {
        this.w = world;
        int n = world.agents.n;
        count = new int[n];
        stamp = new int[n];
        int max = Math.max(world.params.memory().human(), world.params.memory().bot());
        cand = new int[max];
        weight = new double[Math.max(max, 16)];
    }

    /** A user to follow, or -1 (invalid action). */
    int chooseFollowee(int a) {
        int size = w.seenTweets.size(a);
        int s = ++scan;
        int n = 0;
        for (int i = 0; i < size; i++) {
            int u = w.seenUser(a, i);
            if (stamp[u] != s) {
                stamp[u] = s;
                count[u] = 0;
                if (u != a && !w.graph.follows(a, u)) cand[n++] = u;
            }
            count[u]++;
        }
        if (n == 0) return -1;
        DiluvsionParameters.Weights std = w.params.compatibility().standard();
        Agents ag = w.agents;
        if (ag.bot[a]) {
            double sc = 0, sk = 0, sf = 0;
            for (int i = 0; i < n; i++) {
                int u = cand[i];
                sc += compat(std, a, u);
                sk += count[u];
                sf += w.graph.followerCount(u);
            }
            int best = -1;
            double bestP = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int u = cand[i];
                double p = (sk > 0 ? count[u] / sk : 0) + (sc > 0 ? compat(std, a, u) / sc : 0)
                        + (sf > 0 ? w.graph.followerCount(u) / sf : 0);
                if (p > bestP) { bestP = p; best = u; }
            }
            return best;
        }
        for (int i = 0; i < n; i++) weight[i] = count[cand[i]] * compat(std, a, cand[i]);
        return cand[pick(n)];
    }

    /** A followee to unfollow, or -1 when the agent follows nobody. */
    int chooseUnfollowee(int a) {
        int k = w.graph.followeeCount(a);
        if (k == 0) return -1;
        int[] followees = w.graph.followeesArray(a);
        double[] wt = k <= weight.length ? weight : new double[k];
        DiluvsionParameters.Weights std = w.params.compatibility().standard();
        double max = std.stance() + std.theme();
        double floor = w.params.follow().unfollowFloor();
        double total = 0;
        for (int i = 0; i < k; i++) {
            wt[i] = Math.max(floor, 1 - compat(std, a, followees[i]) / max);
            total += wt[i];
        }
        double u = w.rng.nextDouble() * total;
        for (int i = 0; i < k; i++) {
            u -= wt[i];
            if (u < 0) return followees[i];
        }
        return followees[k - 1];
    }

    private double compat(DiluvsionParameters.Weights std, int a, int u) {
        Agents ag = w.agents;
        return Compatibility.score(std, false, ag.stance[a], ag.themes[a], ag.stance[u], ag.themes[u]);
    }

    private int pick(int n) {
        double total = 0;
        for (int i = 0; i < n; i++) total += weight[i];
        if (total <= 0) return w.rng.nextInt(n);
        double u = w.rng.nextDouble() * total;
        for (int i = 0; i < n; i++) {
            u -= weight[i];
            if (u < 0) return i;
        }
        return n - 1;
    }
}
