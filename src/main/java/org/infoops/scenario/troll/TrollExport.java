package org.infoops.scenario.troll;

import org.infoops.scenario.Csv;
import org.infoops.scenario.StagedDirectory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.learn.FeatureSchema;
import org.infoops.model.troll.PostStore;
import org.infoops.model.troll.TrollWorld;

/**
 * Writes a finished troll world as synthetic data (columns documented in the README, section "Troll attacks"):
 * {@code posts.csv}, {@code comments.csv}, {@code attacks.csv}, {@code reschedules.csv} (the event log) and
 * {@code features.csv} (the labelled feature table, one row per post), all into one directory, atomically.
 */
public final class TrollExport {
    private TrollExport() {
    }

    public static void write(TrollWorld w, Path dir) throws IOException {
        StagedDirectory.write(dir, d -> {
            PostStore posts = w.posts();
            int b = w.backgroundUsers();
            try (Writer o = writer(d, "posts.csv")) {
                o.write("post,minute,author,author_type,subreddit,narrative,keywords,comments,attacked,attack_minute,planned_minute\n");
                for (int q = 0; q < posts.size(); q++) {
                    o.write(q + "," + posts.time(q) + "," + posts.author(q) + "," + (posts.author(q) >= b ? "influencer" : "background")
                            + "," + posts.subreddit(q) + "," + posts.narrative(q) + "," + keywords(posts.keywords(q)) + "," + posts.comments(q)
                            + "," + (posts.attacked(q) ? 1 : 0) + "," + (posts.attacked(q) ? posts.attackTime(q) : "") + "," + posts.plannedTime(q) + "\n");
                }
            }
            try (Writer o = writer(d, "comments.csv")) {
                o.write("post,minute,commenter\n");
                for (int c = 0; c < w.commentPosts().size(); c++) {
                    o.write(w.commentPosts().getInt(c) + "," + w.commentTimes().getInt(c) + "," + w.commentAuthors().getInt(c) + "\n");
                }
            }
            try (Writer o = writer(d, "attacks.csv")) {
                o.write("minute,post,target,target_type\n");
                long[] order = attackOrder(posts);
                for (long key : order) {
                    int q = (int) (key & 0xFFFFFFFFL);
                    o.write(posts.attackTime(q) + "," + q + "," + posts.author(q) + "," + (posts.author(q) >= b ? "influencer" : "background") + "\n");
                }
            }
            try (Writer o = writer(d, "reschedules.csv")) {
                o.write("influencer,decided_minute,new_due_minute\n");
                var r = w.reschedules();
                for (int k = 0; k < r.size(); k += 3) {
                    o.write(w.pendingInfluencerUser((int) r.getLong(k)) + "," + r.getLong(k + 1) + "," + r.getLong(k + 2) + "\n");
                }
            }
            try (Writer o = writer(d, "features.csv")) {
                FeatureSchema s = w.features().schema();
                o.write("post,minute," + String.join(",", s.names()) + ",attacked\n");
                for (int q = 0; q < posts.size(); q++) {
                    double[] row = w.features().expand(posts.rawFeatures(q), 0);
                    StringBuilder line = new StringBuilder().append(q).append(',').append(posts.time(q));
                    for (double v : row) line.append(',').append(v == Math.rint(v) ? Csv.number(v) : Float.toString((float) v)); // raw features are floats
                    o.write(line.append(',').append(posts.attacked(q) ? 1 : 0).append('\n').toString());
                }
            }
        });
    }

    /** Attacks in time order (ties by post id): keys of attack minute and post id. */
    private static long[] attackOrder(PostStore posts) {
        return java.util.stream.IntStream.range(0, posts.size()).filter(posts::attacked)
                .mapToLong(q -> (posts.attackTime(q) << 32) | q).sorted().toArray();
    }

    private static String keywords(int mask) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 32; k++) if ((mask & (1 << k)) != 0) s.append(s.length() == 0 ? "" : ";").append(k);
        return s.toString();
    }

    private static Writer writer(Path d, String name) throws IOException {
        return Files.newBufferedWriter(d.resolve(name), StandardCharsets.UTF_8);
    }

    static List<String> files() {
        return List.of("posts.csv", "comments.csv", "attacks.csv", "reschedules.csv", "features.csv");
    }
}
