package org.infoops.model.troll;

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
}
