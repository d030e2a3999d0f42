package org.infoops.model.diluvsion;

/**
 * Stance and theme compatibility of an agent with a tweet (Diluvsion §3.8.2 with spec §2.2's sign fix):
 * c_s = 1 - |s_a - s_x| / 2, c_t = Jaccard(T_a, T_x), c = w_s c_s + w_t c_t; when replying the stance term
 * is inverted, c = w_s (1 - c_s) + w_t c_t, because incompatibility invites replies.
 */
final class Compatibility {
    private Compatibility() {}

    /** c_s for stance indices 0..2 (negative, neutral, positive). */
    static double stance(int agentStance, int tweetStance) {
        return 1.0 - Stance.distance(agentStance, tweetStance) / 2.0;
    }

    /**
     * The stance term w_s c_s (or w_s (1 - c_s) when replying) for each tweet stance 0..2, into {@code out}: the
     * candidate loops add w_t c_t to it, the same two products in the same order as {@link #score}.
     */
    static void stanceTerms(DiluvsionParameters.Weights w, boolean invertStance, int agentStance, double[] out) {
        for (int s = 0; s < 3; s++) {
            double cs = stance(agentStance, s);
            out[s] = w.stance() * (invertStance ? 1.0 - cs : cs);
        }
    }

    static double score(DiluvsionParameters.Weights w, boolean invertStance,
                        int agentStance, int agentThemes, int tweetStance, int tweetThemes) {
        double cs = stance(agentStance, tweetStance);
        return w.stance() * (invertStance ? 1.0 - cs : cs) + w.theme() * ThemeMask.jaccard(agentThemes, tweetThemes);
    }
}
