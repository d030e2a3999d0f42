package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infoops.graph.FollowerGraph;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The world at step 0 (Diluvsion §3.7, §3.8, §5; spec §2.9). */
class WorldBuilderTest {

    private static DiluvsionWorld build(DiluvsionSetup s, int run) {
        return WorldBuilder.build(s, Fixtures.graphFor(s, 20, 1), new RandomStreams(20240206L), run);
    }

    @ParameterizedTest(name = "{0} run {1}")
    @CsvSource({"sim01,0", "sim01,1", "sim06,0", "sim08,2", "sim09,0", "sim10,0", "sim11,0", "sim12,0", "sim13,3", "sim16,0"})
    void startCountsAreExact(String scenario, int run) {
        DiluvsionSetup s = Fixtures.setup(scenario);
        DiluvsionParameters.Population pop = s.parameters().population();
        DiluvsionWorld w = build(s, run);
        Agents ag = w.agents;
        assertEquals(1000, ag.n);

        int[] stance = new int[3];
        int[] botStance = new int[3];
        int[] holders = new int[12];
        int[] bySize = new int[6];
        int bots = 0;
        for (int a = 0; a < ag.n; a++) {
            stance[ag.stance[a]]++;
            assertEquals(ag.stance[a], ag.startStance[a]);
            if (ag.bot[a]) {
                bots++;
                botStance[ag.stance[a]]++;
            }
            for (int t = 0; t < 12; t++) if (ThemeMask.has(ag.themes[a], t)) holders[t]++;
            assertEquals(0, ag.themes[a] >>> 12, "only themes T1..T12");
            bySize[ThemeMask.size(ag.themes[a])]++;
        }
        assertArrayEquals(new int[] {139, 129, 732}, stance, "overall start stances [P Table 1]");
        assertEquals(s.bots().count(), bots);
        assertArrayEquals(BotStances.counts(s.bots(), pop.startStances()), botStance, "bot stances");
        assertArrayEquals(pop.startThemeCounts().stream().mapToInt(Integer::intValue).toArray(), holders, "theme holders");
        assertEquals(0, bySize[0], "every agent holds a theme");
        for (int k = 1; k <= 5; k++) assertEquals(pop.themeCountDistribution().get(k - 1), bySize[k], "agents with " + k + " themes");
        // The incremental counters start from the same numbers.
        assertArrayEquals(stance, w.counters.stanceCount);
        assertArrayEquals(holders, w.counters.themeHolders);
    }

    @Test
    void oneZeroOneBotMixKeepsTheOverallStartCounts() {
        DiluvsionSetup s = Fixtures.setup(1, Fixtures.parameters(), Fixtures.bots(100, 1, 0, 1));
        Agents ag = build(s, 0).agents;
        int[] all = new int[3];
        int[] bots = new int[3];
        for (int a = 0; a < ag.n; a++) {
            all[ag.stance[a]]++;
            if (ag.bot[a]) bots[ag.stance[a]]++;
        }
        assertArrayEquals(new int[] {139, 129, 732}, all);
        assertArrayEquals(new int[] {50, 0, 50}, bots);
    }

    @Test
    void fringeBotsFollowExactlyOneHumanAndHaveNoFollowers() {
        DiluvsionSetup s = Fixtures.setup("sim06");
        assertEquals(BotSettings.Placement.FRINGE, s.bots().placement());
        FollowerGraph base = Fixtures.randomGraph(900, 20, 5);
        long baseEdges = base.edgeCount();
        DiluvsionWorld w = WorldBuilder.build(s, base, new RandomStreams(1), 0);
        assertEquals(1000, w.graph.size());
        assertEquals(baseEdges, base.edgeCount(), "the base graph is not mutated");
        assertEquals(baseEdges + 100, w.graph.edgeCount());
        for (int a = 0; a < 1000; a++) {
            if (a < 900) {
                assertFalse(w.agents.bot[a], "humans keep the base graph's ids");
                assertEquals(base.followeeCount(a), w.graph.followeeCount(a));
                continue;
            }
            assertTrue(w.agents.bot[a], "bots are appended");
            assertEquals(1, w.graph.followeeCount(a), "bot " + a + " follows one account");
            int followee = w.graph.followeesArray(a)[0];
            assertFalse(w.agents.bot[followee], "bot " + a + " follows a human");
            assertEquals(0, w.graph.followerCount(a), "bot " + a + " has no followers");
        }
    }

    @Test
    void embeddedWorldCopiesTheGraph() {
        DiluvsionSetup s = Fixtures.setup("sim01");
        FollowerGraph base = Fixtures.randomGraph(1000, 20, 2);
        long edges = base.edgeCount();
        DiluvsionWorld w = WorldBuilder.build(s, base, new RandomStreams(1), 0);
        assertEquals(edges, w.graph.edgeCount());
        int followee = base.followeesArray(0)[0];
        assertTrue(w.graph.unfollow(0, followee));
        assertEquals(edges, base.edgeCount(), "the world mutates its own copy");
        assertTrue(base.follows(0, followee));
    }

    @Test
    void graphOfTheWrongSizeIsRejected() {
        DiluvsionSetup fringe = Fixtures.setup("sim06");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorldBuilder.build(fringe, Fixtures.randomGraph(1000, 5, 1), new RandomStreams(1), 0));
        assertTrue(e.getMessage().contains("900"), e.getMessage());
    }

    @Test
    void botsBackingMoreThanTheStartCountIsRejected() {
        DiluvsionSetup s = Fixtures.setup(1, Fixtures.parameters(), Fixtures.bots(200, 1, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorldBuilder.build(s, Fixtures.randomGraph(1000, 5, 1), new RandomStreams(1), 0));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void humanResistanceIsTheTruncatedNormalAndBotsNeverConvert() {
        Agents ag = build(Fixtures.setup("sim01"), 0).agents;
        double sum = 0, sq = 0;
        int humans = 0;
        for (int a = 0; a < ag.n; a++) {
            double r = ag.resistance[a];
            if (ag.bot[a]) {
                assertEquals(1.0, r, "bot resistance");
                continue;
            }
            assertTrue(r >= 0.5 && r <= 1.0, "resistance " + r + " within [0.5, 1.0]");
            sum += r;
            sq += r * r;
            humans++;
        }
        double mean = sum / humans;
        double sd = Math.sqrt(sq / humans - mean * mean);
        assertEquals(900, humans);
        assertEquals(0.75, mean, 0.02, "mean");
        // N(0.75, 0.25) truncated at +-1 sd has sd 0.25 sqrt(1 - 2 phi(1) / (2 Phi(1) - 1)) = 0.135.
        assertEquals(0.135, sd, 0.015, "sd");
    }

    @Test
    void fixedBotsShareOneCategoryHumanRoleBotsGetAMix() {
        RoleTable roles = RoleTable.load("default");
        Agents fixed = build(Fixtures.setup("sim01"), 0).agents;
        int replierHigh = roles.category("high", "replier");
        Set<Integer> humanCats = new HashSet<>();
        for (int a = 0; a < fixed.n; a++) {
            if (fixed.bot[a]) {
                assertEquals(replierHigh, fixed.category[a]);
                assertEquals(134, fixed.weeklyQuota[a]);
                assertTrue(fixed.primaryVulnerable[a]);
                assertEquals(0.8095, fixed.primaryProbability[a]); // [C] sim01.yaml
                assertTrue(fixed.adoptThemes[a]);
            } else {
                humanCats.add(fixed.category[a]);
                assertEquals(roles.weeklyQuota(fixed.category[a]), fixed.weeklyQuota[a]);
            }
        }
        assertTrue(humanCats.size() >= 10, "humans draw from all categories: " + humanCats);

        Agents mixed = build(Fixtures.setup("sim08"), 0).agents;
        Set<Integer> botCats = new HashSet<>();
        Set<String> botLevels = new HashSet<>();
        for (int a = 0; a < mixed.n; a++) {
            if (!mixed.bot[a]) continue;
            botCats.add(mixed.category[a]);
            botLevels.add(roles.level(mixed.category[a]));
            assertEquals(roles.weeklyQuota(mixed.category[a]), mixed.weeklyQuota[a]);
        }
        assertTrue(botCats.size() >= 5, "Sim 8 bots draw roles like humans: " + botCats);
        assertTrue(botLevels.containsAll(List.of("low", "medium")), "Sim 8 bots draw levels like humans: " + botLevels);

        Agents engagement = build(Fixtures.setup("sim02"), 0).agents;
        for (int a = 0; a < engagement.n; a++) if (engagement.bot[a]) assertFalse(engagement.primaryVulnerable[a]);
    }

    @Test
    void conservingBotsGetTheirConservedThemeConfigured() {
        Agents ag = build(Fixtures.setup("sim09"), 0).agents;
        for (int a = 0; a < ag.n; a++) {
            assertEquals(ag.bot[a] ? Fixtures.themes(7) : 0, ag.conservedThemes[a], "agent " + a);
        }
    }

    @Test
    void smallConsistentPopulationsAreExactToo() {
        for (int n : new int[] {20, 40, 100}) {
            DiluvsionSetup s = Fixtures.small("sim01", n, 1);
            DiluvsionParameters.Population pop = s.parameters().population();
            Agents ag = build(s, 0).agents;
            int[] holders = new int[12];
            int[] stance = new int[3];
            for (int a = 0; a < n; a++) {
                stance[ag.stance[a]]++;
                for (int t = 0; t < 12; t++) if (ThemeMask.has(ag.themes[a], t)) holders[t]++;
            }
            assertArrayEquals(new int[] {pop.startStances().negative(), pop.startStances().neutral(), pop.startStances().positive()}, stance);
            assertArrayEquals(pop.startThemeCounts().stream().mapToInt(Integer::intValue).toArray(), holders, "n = " + n);
        }
    }
}
