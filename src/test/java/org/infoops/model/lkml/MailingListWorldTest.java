package org.infoops.model.lkml;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The informal process of §4.1, checked message by message on whole threads. */
class MailingListWorldTest {
    static final int GROUPS = 4;

    /** Messages of each patch, in log order. */
    static Map<Integer, List<Integer>> threads(MessageLog log) {
        Map<Integer, List<Integer>> t = new HashMap<>();
        for (int m = 0; m < log.size(); m++) t.computeIfAbsent(log.patch(m), k -> new ArrayList<>()).add(m);
        return t;
    }

    @Test
    void everyThreadFollowsTheProcess() {
        Contributors c = WorldFixtures.contributors(80, GROUPS, 0.6);
        MaintainerGroups g = WorldFixtures.groups(c, GROUPS, 10);
        LkmlParameters.Process process = WorldFixtures.process(0.3, 1.5, 0.95, 0.15, 3);
        MessageLog log = WorldFixtures.world(process, c, g, (p, f, r) -> 10L * LkmlParameters.MINUTES_PER_DAY, 3, 120).run();
        Map<Integer, List<Integer>> threads = threads(log);
        assertTrue(threads.size() > 100, "enough patches to check: " + threads.size());
        int accepted = 0, reversed = 0, withQuestions = 0, withBystanders = 0;
        for (var e : threads.entrySet()) {
            List<Integer> ms = e.getValue();
            int first = ms.get(0), author = log.author(first), group = log.group(first);
            assertEquals(MessageType.PROPOSAL, log.type(first), "a thread starts with the proposal");
            assertTrue(log.minute(first) < 120L * LkmlParameters.MINUTES_PER_DAY, "no proposals after the proposal period");
            int[] maintainers = g.maintainers()[group];
            // The maintainer inspects first: a triage comment, before any review.
            int second = ms.get(1);
            boolean triageFirst = false;
            for (int m : ms.subList(1, ms.size())) {
                if (log.type(m) == MessageType.COMMENT && contains(maintainers, log.author(m))) { triageFirst = true; break; }
                assertNotEquals(MessageType.REVIEW, log.type(m), "no review before the maintainer's triage");
            }
            assertTrue(triageFirst || log.type(second) == MessageType.COMMENT, "patch " + e.getKey() + " was inspected");
            int decisions = 0, revisions = 0, reviews = 0;
            long decidedAt = -1;
            boolean acceptedHere = false;
            for (int m : ms) {
                assertEquals(group, log.group(m), "every message of a thread carries its group");
                MessageType t = log.type(m);
                switch (t) {
                    case REVIEW -> {
                        reviews++;
                        assertTrue(contains(g.reviewers()[group], log.author(m)) || contains(maintainers, log.author(m)),
                                "reviews come from the group's reviewers (or its maintainer)");
                        assertNotEquals(author, log.author(m), "no one reviews his own patch");
                        assertEquals(-1, decidedAt, "no review after the decision");
                    }
                    case REVISION -> {
                        revisions++;
                        assertEquals(author, log.author(m), "only the author revises");
                        assertEquals(-1, decidedAt);
                    }
                    case ACCEPTANCE, REJECTION -> {
                        decisions++;
                        decidedAt = log.minute(m);
                        acceptedHere = t == MessageType.ACCEPTANCE;
                        assertTrue(contains(maintainers, log.author(m)), "the maintainer decides");
                        assertTrue(reviews > 0, "a decision follows reviews");
                    }
                    case REVERSAL -> {
                        assertTrue(acceptedHere, "only accepted patches are reversed");
                        assertEquals(10L * LkmlParameters.MINUTES_PER_DAY, log.minute(m) - decidedAt, "at the reversal model's delay");
                        reversed++;
                    }
                    case COMMENT -> {
                        if (log.parent(m) == author && log.author(m) != author && !contains(maintainers, log.author(m))
                                && !contains(g.reviewers()[group], log.author(m))) withBystanders++;
                        if (contains(g.reviewers()[group], log.author(m)) && decidedAt < 0) withQuestions++;
                    }
                    case PROPOSAL -> assertEquals(first, m, "one proposal per thread");
                }
                if (t != MessageType.REVERSAL) {
                    int a = log.author(m);
                    assertTrue(Math.floorMod((int) ((log.minute(m) / 60) % 24) - c.activeStart()[a], 24) < c.activeSpan()[a],
                            "contributors act in their active hours: " + t + " at minute " + log.minute(m) + " by " + a);
                }
            }
            assertTrue(decisions <= 1, "at most one decision");
            assertTrue(revisions <= 3, "revisions stop at revisionsMax");
            if (acceptedHere) accepted++;
        }
        assertTrue(accepted > 50 && reversed == accepted - countLate(log, threads), "every accepted patch reversed (delay 10 days)");
        assertTrue(withQuestions > 0, "reviewers ask questions");
        assertTrue(withBystanders > 0, "bystanders join");
    }

    /** Accepted patches whose 10-day reversal would fall after the world's end. */
    private static int countLate(MessageLog log, Map<Integer, List<Integer>> threads) {
        long end = 180L * LkmlParameters.MINUTES_PER_DAY;
        int late = 0;
        for (List<Integer> ms : threads.values()) {
            for (int m : ms) if (log.type(m) == MessageType.ACCEPTANCE && log.minute(m) + 10L * LkmlParameters.MINUTES_PER_DAY >= end) late++;
        }
        return late;
    }

    /** With no questions, no bystanders and every review recommending, a thread is exactly proposal, triage, reviews, acceptance. */
    @Test
    void aCleanPatchGoesStraightThrough() {
        Contributors c = WorldFixtures.contributors(40, GROUPS, 1.0);
        MaintainerGroups g = WorldFixtures.groups(c, GROUPS, 5);
        MessageLog log = WorldFixtures.world(WorldFixtures.process(0, 0, 1, 0, 4), c, g, (p, f, r) -> -1, 5, 60).run();
        for (List<Integer> ms : threads(log).values()) {
            List<MessageType> types = ms.stream().map(log::type).toList();
            assertEquals(MessageType.PROPOSAL, types.get(0));
            assertEquals(MessageType.COMMENT, types.get(1));
            assertEquals(MessageType.ACCEPTANCE, types.get(types.size() - 1));
            int reviews = types.size() - 3;
            assertTrue(reviews >= 1 && reviews <= 3, "one to three assigned reviewers: " + types);
            assertTrue(types.subList(2, types.size() - 1).stream().allMatch(t -> t == MessageType.REVIEW), types.toString());
        }
    }

    /** When every review asks for a revision, the author revises revisionsMax times and the maintainer then decides. */
    @Test
    void revisionsRunOutThenTheMaintainerDecides() {
        Contributors c = WorldFixtures.contributors(40, GROUPS, 0.0);
        MaintainerGroups g = WorldFixtures.groups(c, GROUPS, 5);
        LkmlParameters.Process noImprovement = new LkmlParameters.Process(24, 48, 12, 72, 24, 36, 1, 3, 0, 2, 2, 0.0, 0, 1, 0, 2.0);
        MessageLog log = WorldFixtures.world(noImprovement, c, g, (p, f, r) -> -1, 9, 60).run();
        for (List<Integer> ms : threads(log).values()) {
            List<MessageType> types = ms.stream().map(log::type).toList();
            if (!types.contains(MessageType.REJECTION) && !types.contains(MessageType.ACCEPTANCE)) continue; // still open at the end
            assertEquals(2, types.stream().filter(t -> t == MessageType.REVISION).count(), types.toString());
            assertEquals(MessageType.REJECTION, types.get(types.size() - 1), "acceptWhenExhausted = 0: rejected");
        }
    }

    @Test
    void sameSeedSameLogOtherSeedOtherLog() {
        Contributors c = WorldFixtures.contributors(60, GROUPS, 0.6);
        MaintainerGroups g = WorldFixtures.groups(c, GROUPS, 10);
        var p = WorldFixtures.process(0.3, 1, 0.95, 0.15, 4);
        String a = csv(WorldFixtures.world(p, c, g, (x, f, r) -> r.nextInt(1000), 11, 90).run());
        String b = csv(WorldFixtures.world(p, c, g, (x, f, r) -> r.nextInt(1000), 11, 90).run());
        String other = csv(WorldFixtures.world(p, c, g, (x, f, r) -> r.nextInt(1000), 12, 90).run());
        assertEquals(a, b);
        assertNotEquals(a, other);
    }

    static String csv(MessageLog log) {
        try {
            java.io.StringWriter w = new java.io.StringWriter();
            LogCsv.write(log, w);
            return w.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) if (v == x) return true;
        return false;
    }
}
