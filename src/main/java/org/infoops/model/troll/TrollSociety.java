package org.infoops.model.troll;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;

/**
 * Who is in the world and what they talk about: the background users, the influencers, and each narrative's
 * keyword set. Built once per seed (synthetic or fitted users) and shared by every run of that seed, so the
 * conditions of an experiment differ only in the influencers' policy.
 */
public final class TrollSociety {
    private final TrollParameters p;
    private final BackgroundUsers users;
    private final InfluencerSet influencers;
    private final int[] narrativeKeywords;

    public TrollSociety(TrollParameters p, BackgroundUsers users, InfluencerSet influencers, int[] narrativeKeywords) {
        this.p = p;
        this.users = users;
        this.influencers = influencers;
        this.narrativeKeywords = narrativeKeywords;
    }

    /** Synthetic society (or fitted background users when the scenario names an activity log). */
    public static TrollSociety build(TrollParameters p, long seed) {
        RandomStreams s = new RandomStreams(seed).child("troll-society");
        BackgroundUsers users = p.background().activityLog() == null
                ? BackgroundUsers.synthetic(p, s.stream("background"))
                : ActivityLogFit.fit(java.nio.file.Path.of(p.background().activityLog()), p);
        return new TrollSociety(p, users, InfluencerSet.synthetic(p, s.stream("influencers")), keywordSets(p, s.stream("keywords")));
    }

    /** Each narrative's keywords: a random set of keywordsPerNarrative of the keywords (sets may overlap). */
    static int[] keywordSets(TrollParameters p, UniformRandomProvider r) {
        int[] sets = new int[p.world().narratives()];
        for (int n = 0; n < sets.length; n++) {
            sets[n] = InfluencerSet.distinct(r, p.world().keywords(), p.posts().keywordsPerNarrative());
        }
        return sets;
    }

    /** The keywords a post on narrative {@code narr} mentions: mostly from its set, some off-narrative. */
    int keywords(int narr, UniformRandomProvider r) {
        int mask = 0;
        for (int k = 0; k < p.posts().keywordsPerPost(); k++) {
            mask |= 1 << (r.nextDouble() < p.posts().offNarrativeKeywordShare()
                    ? r.nextInt(p.world().keywords()) : TrollWorld.pick(r, narrativeKeywords[narr]));
        }
        return mask;
    }

    /**
     * Comments per post per unit of author popularity, chosen so that the expected comments per day equal the
     * sum of the background users' commenting rates: each user comments at its own rate on average.
     */
    double commentScale() {
        double comments = 0, weightedPosts = 0;
        for (int u = 0; u < users.size(); u++) {
            comments += users.commentsPerDay()[u];
            weightedPosts += users.postsPerDay()[u] * users.popularity()[u];
        }
        for (int i = 0; i < influencers.size(); i++) {
            weightedPosts += (double) TrollParameters.MINUTES_PER_DAY / influencers.periodMinutes()[i] * influencers.popularity()[i];
        }
        return weightedPosts == 0 ? 0 : comments / weightedPosts;
    }

    public BackgroundUsers users() {
        return users;
    }

    public InfluencerSet influencers() {
        return influencers;
    }

    public int narrativeKeywords(int narrative) {
        return narrativeKeywords[narrative];
    }
}
