package org.infoops.model.troll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A synthetic society fitted from another world's activity log (the synthetic-data paper's §5: "a mixture of
 * real and synthetic training data"): the real world's background posts and comments of a window are written in
 * the activity-log schema of {@link ActivityLogFit} and fitted back into background users; the influencers (whose
 * schedules the simulation knows, §5.1) are kept, the narratives' keyword sets drawn anew.
 */
public final class FittedSociety {
    private FittedSociety() {
    }

    /** The window's background actions as an activity log (user ids as text, subreddit sN, narrative nN). */
    public static void writeActivityLog(TrollWorld w, long from, long to, Writer out) throws IOException {
        out.write(String.join(",", ActivityLogFit.HEADER));
        out.write('\n');
        PostStore posts = w.posts();
        int b = w.backgroundUsers();
        int c = 0, nc = w.commentPosts().size();
        for (int q = 0; q <= posts.size(); q++) {
            long postTime = q < posts.size() ? posts.time(q) : Long.MAX_VALUE;
            while (c < nc && w.commentTimes().getInt(c) <= postTime) { // comments in time order, interleaved with posts
                int post = w.commentPosts().getInt(c), t = w.commentTimes().getInt(c), who = w.commentAuthors().getInt(c);
                if (t >= from && t < to) {
                    out.write(who + "," + t * 60L + ",comment,s" + posts.subreddit(post) + ",n" + posts.narrative(post) + "," + posts.author(post) + "\n");
                }
                c++;
            }
            if (q < posts.size() && posts.author(q) < b && postTime >= from && postTime < to) {
                out.write(posts.author(q) + "," + postTime * 60L + ",post,s" + posts.subreddit(q) + ",n" + posts.narrative(q) + ",\n");
            }
        }
    }

    /** The society fitted from the background actions of {@code real} (run with comments recorded) in [0, to). */
    public static TrollSociety fit(TrollWorld real, long to, long seed) {
        if (real.commentPosts().isEmpty() && real.posts().size() > 0) {
            throw new IllegalArgumentException("the real world must record its comments (TrollWorld recordComments = true)");
        }
        TrollParameters p = real.parameters();
        try {
            StringWriter log = new StringWriter();
            writeActivityLog(real, 0, to, log);
            BackgroundUsers users = ActivityLogFit.fit(new BufferedReader(new StringReader(log.toString())), "fitted activity log", p);
            org.infoops.kernel.RandomStreams s = new org.infoops.kernel.RandomStreams(seed).child("troll-fitted-society");
            return new TrollSociety(p, users, real.society().influencers(), TrollSociety.keywordSets(p, s.stream("keywords")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
