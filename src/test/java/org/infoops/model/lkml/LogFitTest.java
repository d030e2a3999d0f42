package org.infoops.model.lkml;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The log fit recovers what a world with known contributors, groups and reversal rate produced. */
class LogFitTest {
    static final int N = 200, GROUPS = 4;

    @Test
    void recoversRatesHoursGroupsMaintainersAndTheReversalHazard() throws Exception {
        Contributors truth = WorldFixtures.contributors(N, GROUPS, 0.7);
        MaintainerGroups groups = WorldFixtures.groups(truth, GROUPS, 10);
        double perDay = 0.01; // known reversal hazard: exponential delays, mean 100 days
        ReversalModel known = (p, f, r) -> (long) (-Math.log(1 - r.nextDouble()) / perDay * LkmlParameters.MINUTES_PER_DAY);
        LkmlParameters params = WorldFixtures.parameters();
        MessageLog log = WorldFixtures.world(params.process(), truth, groups, known, 21, 365).run();
        LogFit.FittedWorld fit = LogFit.fit(log, PatchTable.of(log, params.periods().horizon()), params);
        Contributors c = fit.contributors();

        // Proposal rates: the fitted mean of each rate class within 10% of the known rate (181-day window).
        double prolific = 0, occasional = 0;
        int np = 0, no = 0;
        for (int a = 0; a < N; a++) {
            if (WorldFixtures.rate(a) > 0.1) { prolific += c.proposalsPerDay()[a]; np++; }
            else { occasional += c.proposalsPerDay()[a]; no++; }
        }
        assertEquals(0.2, prolific / np, 0.02, "prolific contributors' fitted rate");
        assertEquals(0.02, occasional / no, 0.002, "occasional contributors' fitted rate");
        for (int a = 0; a < N; a += 5) {
            assertEquals(truth.homeGroup()[a], c.homeGroup()[a], "home group of " + a);
            assertEquals(1.0, c.homeLoyalty()[a], 1e-12);
            // The fitted window lies inside the true 8-hour window (80% of the messages need fewer hours).
            for (int h = 0; h < c.activeSpan()[a]; h++) {
                int hour = (c.activeStart()[a] + h) % 24;
                assertTrue(Math.floorMod(hour - truth.activeStart()[a], 24) < truth.activeSpan()[a], "contributor " + a + " hour " + hour);
            }
        }
        for (int g = 0; g < GROUPS; g++) {
            assertArrayEquals(java.util.Arrays.stream(groups.maintainers()[g]).sorted().toArray(), fit.groups().maintainers()[g], "maintainers of " + g);
            for (int r : fit.groups().reviewers()[g]) {
                assertTrue(contains(groups.reviewers()[g], r) || contains(groups.maintainers()[g], r), "reviewer " + r + " of group " + g);
            }
            for (int f : fit.groups().files()[g]) assertTrue(contains(groups.files()[g], f));
        }
        // A known constant hazard: the base rate within 15%, every factor near 1.
        assertEquals(perDay, fit.reversal().basePerDay(), 0.15 * perDay);
        double[] row = new double[DiscussionTracker.SCHEMA.size()];
        row[0] = 1;
        assertEquals(perDay, fit.reversal().hazard(row), 0.35 * perDay);
    }

    /** The fit reads only the log's columns: the same log through its CSV schema gives the same fitted world. */
    @Test
    void aCsvRoundTripFitsTheSameWorld() throws Exception {
        Contributors truth = WorldFixtures.contributors(60, GROUPS, 0.7);
        MaintainerGroups groups = WorldFixtures.groups(truth, GROUPS, 10);
        LkmlParameters params = WorldFixtures.parameters();
        MessageLog log = WorldFixtures.world(params.process(), truth, groups, (p, f, r) -> r.nextInt(100_000), 4, 200).run();
        String csv = MailingListWorldTest.csv(log);
        MessageLog back = LogCsv.read(new BufferedReader(new StringReader(csv)), "round-trip.csv");
        assertEquals(csv, MailingListWorldTest.csv(back), "write -> read -> write is the identity");
        log = log.canonical();
        assertEquals(csv, MailingListWorldTest.csv(log), "canonical ids keep every name");
        LogFit.FittedWorld a = LogFit.fit(log, PatchTable.of(log, params.periods().horizon()), params);
        LogFit.FittedWorld b = LogFit.fit(back, PatchTable.of(back, params.periods().horizon()), params);
        assertArrayEquals(a.contributors().proposalsPerDay(), b.contributors().proposalsPerDay());
        assertArrayEquals(a.contributors().reviewAcceptance(), b.contributors().reviewAcceptance());
        assertEquals(a.reversal().basePerDay(), b.reversal().basePerDay());
    }

    @Test
    void badLogLinesAreNamed() {
        String header = "time,author,type,patch,files,group,parent\n";
        Exception e = assertThrows(IllegalArgumentException.class, () -> read("time,author\n"));
        assertTrue(e.getMessage().contains("header") && e.getMessage().contains("time,author,type,patch,files,group,parent"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read(header + "2021-01-02T00:00:00Z,alice,like,p1,,net,\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'like'") && e.getMessage().contains("proposal, review"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read(header + "yesterday,alice,proposal,p1,a.c,net,\n"));
        assertTrue(e.getMessage().contains("'yesterday'") && e.getMessage().contains("ISO-8601"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read(header + "2021-01-03T00:00:00Z,a,proposal,p1,a.c,net,\n2021-01-02T00:00:00Z,b,review,p1,,net,a\n"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("time order"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read(header + "2020-12-31T00:00:00Z,a,proposal,p1,a.c,net,\n"));
        assertTrue(e.getMessage().contains("before 2021-01-01"), e.getMessage());
    }

    static MessageLog read(String csv) throws Exception {
        return LogCsv.read(new BufferedReader(new StringReader(csv)), "test.csv");
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) if (v == x) return true;
        return false;
    }
}
