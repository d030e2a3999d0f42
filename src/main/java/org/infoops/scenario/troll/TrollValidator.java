package org.infoops.scenario.troll;

import org.infoops.scenario.Checks;

import org.infoops.model.troll.TrollParameters.*;

/** Range checks of troll parameters; each failure names the field, the value and what is allowed. */
final class TrollValidator {
    private TrollValidator() {
    }

    static void check(TrollBinder.Spec s, Checks c) {
        String p = "parameters.";
        World w = s.world();
        c.atLeast(p + "world.backgroundUsers", w.backgroundUsers(), 1);
        c.between(p + "world.influencers", w.influencers(), 1, 10_000);
        c.between(p + "world.subreddits", w.subreddits(), 1, 31);
        c.between(p + "world.narratives", w.narratives(), 1, 31);
        c.between(p + "world.keywords", w.keywords(), 1, 24);
        c.between(p + "world.trainingDays", w.trainingDays(), 1, 3650);
        c.between(p + "world.evaluationDays", w.evaluationDays(), 1, 3650);
        Background b = s.background();
        if (b.activityLog() != null && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(b.activityLog()))) {
            throw c.error(p + "background.activityLog", "'" + b.activityLog() + "' is not a file; allowed: null (synthetic users) "
                    + "or the path of a CSV with the header user,time,action,subreddit,narrative,parent");
        }
        logNormal(c, p + "background.postsPerDay", b.postsPerDay());
        logNormal(c, p + "background.commentsPerDay", b.commentsPerDay());
        logNormal(c, p + "background.popularity", b.popularity());
        c.positive(p + "background.rateCap", b.rateCap());
        range(c, p + "background.activeHours", b.activeHours(), 1, 24);
        range(c, p + "background.subredditLoyalty", b.subredditLoyalty(), 0, 1);
        range(c, p + "background.narrativeLoyalty", b.narrativeLoyalty(), 0, 1);
        Influencers i = s.influencers();
        if (i.schedules().isEmpty()) throw c.error(p + "influencers.schedules", "empty; allowed: a list of {periodHours, share}");
        double total = 0;
        for (int k = 0; k < i.schedules().size(); k++) {
            Schedule sc = i.schedules().get(k);
            c.between(p + "influencers.schedules[" + k + "].periodHours", sc.periodHours(), 1.0 / 60, 24 * 365);
            c.nonNegative(p + "influencers.schedules[" + k + "].share", sc.share());
            total += sc.share();
        }
        if (!(total > 0)) throw c.error(p + "influencers.schedules", "shares sum to 0; allowed: shares with a positive sum");
        c.between(p + "influencers.jitterMinutes", i.jitterMinutes(), 0, 7 * 1440);
        c.positive(p + "influencers.popularityMinimum", i.popularityMinimum());
        c.positive(p + "influencers.popularityAlpha", i.popularityAlpha());
        c.between(p + "influencers.narrativesEach", i.narrativesEach(), 1, w.narratives());
        c.between(p + "influencers.subredditsEach", i.subredditsEach(), 1, w.subreddits());
        c.positive(p + "comments.delayMeanMinutes", s.comments().delayMeanMinutes());
        c.between(p + "posts.keywordsPerPost", s.posts().keywordsPerPost(), 1, w.keywords());
        c.between(p + "posts.keywordsPerNarrative", s.posts().keywordsPerNarrative(), 1, w.keywords());
        c.probability(p + "posts.offNarrativeKeywordShare", s.posts().offNarrativeKeywordShare());
        TrollBinder.BotsSpec bots = s.bots();
        range(c, p + "bots.delayMinutes", bots.delayMinutes(), 0, 7 * 1440);
        c.between(p + "bots.markDays", bots.markDays(), 0, 365);
        c.probability(p + "bots.attackProbability", bots.attackProbability());
        c.probability(p + "countermeasure.threshold", s.countermeasure().threshold());
        c.between(p + "countermeasure.maxDelayDays", s.countermeasure().maxDelayDays(), 1, 365);
    }

    private static void logNormal(Checks c, String path, LogNormal d) {
        c.positive(path + ".mean", d.mean());
        c.between(path + ".sigma", d.sigma(), 0, 5);
    }

    private static void range(Checks c, String path, Range r, double min, double max) {
        c.between(path + ".minimum", r.minimum(), min, max);
        c.between(path + ".maximum", r.maximum(), r.minimum(), max);
    }
}
