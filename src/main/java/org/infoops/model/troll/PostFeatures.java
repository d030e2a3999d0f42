package org.infoops.model.troll;

import java.util.ArrayList;
import java.util.List;
import org.infoops.learn.Example;
import org.infoops.learn.FeatureSchema;

/**
 * Per-post features for attack prediction, computed when the post is published (or, for an influencer's due
 * post, when it is about to be) from the {@link PublicRecord} only: frequentist properties of the author and the
 * platform that any agent can observe (paper §5.1: "features agnostic to true bot activation rules ... frequency
 * of posts, narrative, number of comments, and other frequentist properties of each post"). This class has no
 * access to the bots or their {@link TriggerRule}; a test checks that structurally and by behaviour.
 *
 * <p>Raw columns (stored per post, {@link #RAW} floats) are expanded into a model row: the 12 numeric columns
 * as they are, then the narrative one-hot and one column per keyword (1 if mentioned). Minute 0 is a Monday 00:00.
 */
public final class PostFeatures {
    public static final List<String> NUMERIC = List.of("influencer", "posts_last_week",
            "hours_since_last_post", "comments_per_post", "author_marked", "attacks_24h",
            "narrative_attacks_7d", "hour", "day_of_week", "subreddit");
    static final int NARRATIVE = 10;
    static final int KEYWORDS = 11;
    public static final int RAW = 12;
    /** Hours since the last post are capped here; an author with no post yet gets the cap. */
    static final float HOURS_CAP = 720;

    private final int narratives;
    private final int keywords;
    private final FeatureSchema schema;

    public PostFeatures(int narratives, int keywords) {
        this.narratives = narratives;
        this.keywords = keywords;
        List<String> names = new ArrayList<>(NUMERIC);
        for (int n = 0; n < narratives; n++) names.add("narrative_" + n);
        for (int k = 0; k < keywords; k++) names.add("keyword_" + k);
        schema = new FeatureSchema(names);
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** Writes the raw features of a post by {@code author} about to be published at {@code now} into out[at..]. */
    public static void capture(PublicRecord rec, int author, boolean influencer, int subreddit,
                               int narrative, int keywordMask, long now, float[] out, int at) {
        int posts = rec.posts(author);
        long since = rec.sinceLastPost(author, now);
        out[at] = influencer ? 1 : 0;
        out[at + 1] = rec.postsLastWeek(author, now);
        out[at + 2] = since < 0 ? HOURS_CAP : Math.min(HOURS_CAP, since / 60f);
        out[at + 3] = posts == 0 ? 0 : (float) rec.commentsReceived(author) / posts;
        out[at + 4] = rec.marks().isMarked(author, now) ? 1 : 0;
        out[at + 5] = rec.attacksWithin(now, TrollParameters.MINUTES_PER_DAY);
        out[at + 6] = rec.narrativeAttacksWithin(narrative, now, 7L * TrollParameters.MINUTES_PER_DAY);
        out[at + 7] = (int) ((now / 60) % 24);
        out[at + 8] = (int) ((now / TrollParameters.MINUTES_PER_DAY) % 7);
        out[at + 9] = subreddit;
        out[at + NARRATIVE] = narrative;
        out[at + KEYWORDS] = keywordMask; // exact in a float: at most 24 keywords
    }

    /** The model row of raw features at raw[at..]. */
    public double[] expand(float[] raw, int at) {
        double[] row = new double[schema.size()];
        for (int i = 0; i < NUMERIC.size(); i++) row[i] = raw[at + i];
        row[NUMERIC.size() + (int) raw[at + NARRATIVE]] = 1;
        int mask = (int) raw[at + KEYWORDS];
        int base = NUMERIC.size() + narratives;
        for (int k = 0; k < keywords; k++) if ((mask & (1 << k)) != 0) row[base + k] = 1;
        return row;
    }

    /** The labelled example of post p of a finished (or far enough advanced) run. */
    public Example example(PostStore posts, int p) {
        return new Example(expand(posts.raw(), posts.rawOffset(p)), posts.attacked(p));
    }
}
