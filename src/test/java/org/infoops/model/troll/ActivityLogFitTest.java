package org.infoops.model.troll;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ActivityLogFitTest {
    static BackgroundUsers fit(String csv) throws Exception {
        return ActivityLogFit.fit(new BufferedReader(new StringReader(csv)), "test.csv", TrollWorldTest.small().parameters());
    }

    @Test
    void ratesWindowsPreferencesAndPopularity() throws Exception {
        StringBuilder csv = new StringBuilder("user,time,action,subreddit,narrative,parent\n");
        // alice posts every day at 20:00 in "politics" on "elections" for 10 days; bob comments on her posts at 21:00.
        for (int d = 0; d < 10; d++) {
            csv.append("alice,").append(d * 86400L + 20 * 3600).append(",post,politics,elections,\n");
            csv.append("bob,").append(d * 86400L + 21 * 3600).append(",comment,politics,elections,alice\n");
            csv.append("bob,").append(d * 86400L + 21 * 3600 + 60).append(",comment,news,climate,alice\n");
        }
        csv.append("carol,1970-01-03T08:00:00Z,post,news,climate,\n"); // ISO-8601 inside the span
        BackgroundUsers u = fit(csv.toString());
        assertEquals(3, u.size());
        double days = (9 * 86400.0 + 21 * 3600 + 60 - 20 * 3600) / 86400; // the log's span
        assertEquals(10 / days, u.postsPerDay()[0], 1e-9);
        assertEquals(0, u.commentsPerDay()[0]);
        assertEquals(20 / days, u.commentsPerDay()[1], 1e-9);
        assertTrue(Math.floorMod(20 - u.activeStart()[0], 24) < u.activeSpan()[0], "alice's window holds 20:00");
        assertEquals(4, u.activeSpan()[0], "the shortest window holding 80% of actions, at least activeHours.minimum (4)");
        assertEquals(1.0, u.subredditLoyalty()[0]);
        assertEquals(0.5, u.subredditLoyalty()[1], 1e-9, "bob comments half in politics");
        assertTrue(u.popularity()[0] > u.popularity()[2], "alice draws comments, carol none");
    }

    @Test
    void badLinesAreNamed() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> fit("user,time,action\n"));
        assertTrue(e.getMessage().contains("header") && e.getMessage().contains("user,time,action,subreddit,narrative,parent"));
        e = assertThrows(IllegalArgumentException.class, () -> fit("user,time,action,subreddit,narrative,parent\na,5,like,s,n,\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'like'") && e.getMessage().contains("post, comment"));
        e = assertThrows(IllegalArgumentException.class, () -> fit("user,time,action,subreddit,narrative,parent\na,yesterday,post,s,n,\n"));
        assertTrue(e.getMessage().contains("'yesterday'") && e.getMessage().contains("ISO-8601"));
    }

    /** A scenario naming an activity log builds its background users from it and runs. */
    @Test
    void aWorldRunsOnFittedUsers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("user,time,action,subreddit,narrative,parent\n");
        for (int d = 0; d < 20; d++) {
            for (int u = 0; u < 30; u++) {
                csv.append("u").append(u).append(',').append(d * 86400L + (8 + u % 12) * 3600).append(u % 3 == 0 ? ",post," : ",comment,")
                        .append("sub").append(u % 4).append(",narr").append(u % 5).append(u % 3 == 0 ? "," : ",u" + (u / 3 * 3)).append('\n');
            }
        }
        java.nio.file.Path log = dir.resolve("log.csv");
        java.nio.file.Files.writeString(log, csv);
        String yaml = "name: fitted\nmodel: troll\nruns: 1\nseed: 1\nparameters:\n  world: {influencers: 3, trainingDays: 10, evaluationDays: 5}\n"
                + "  background:\n    activityLog: " + log + "\n";
        TrollParameters p = new ScenarioLoader().parse(yaml, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class).parameters();
        TrollWorld w = TrollWorldTest.run(p, 1, PostingPolicy.NONE);
        assertEquals(30, w.backgroundUsers());
        int background = 0;
        for (int q = 0; q < w.posts().size(); q++) if (w.posts().author(q) < 30) background++;
        assertTrue(background > 20, "fitted users post: " + background);
        int comments = 0;
        for (int q = 0; q < w.posts().size(); q++) comments += w.posts().comments(q);
        assertTrue(comments > 0, "fitted users comment");
    }
}
