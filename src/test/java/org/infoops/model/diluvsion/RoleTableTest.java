package org.infoops.model.diluvsion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/** Roles x activity levels (spec §4.1; Diluvsion §3.4, §3.6, §3.8.1, §4). */
class RoleTableTest {
    private final RoleTable table = RoleTable.load("default");

    /** Level share x role share per category, read straight from the shipped CSV (the table's inputs). */
    private static double[] categoryShares() throws IOException {
        List<Double> shares = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RoleTable.class.getResourceAsStream(RoleTable.DEFAULT_RESOURCE), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] c = line.split(",");
                shares.add(Double.parseDouble(c[1]) * Double.parseDouble(c[4]));
            }
        }
        return shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void fifteenCategoriesWithTheWeeklyQuotasOfTheirLevel() {
        assertEquals(15, table.categories());
        assertEquals(List.of("high", "medium", "low"), table.levels());
        int[] perLevel = new int[3];
        for (int c = 0; c < table.categories(); c++) {
            int quota = table.weeklyQuota(c);
            switch (table.level(c)) {
                case "high" -> { assertEquals(134, quota); perLevel[0]++; }
                case "medium" -> { assertEquals(66, quota); perLevel[1]++; }
                case "low" -> { assertEquals(10, quota); perLevel[2]++; }
                default -> throw new AssertionError("unexpected level " + table.level(c));
            }
        }
        assertEquals(List.of(5, 5, 5), List.of(perLevel[0], perLevel[1], perLevel[2]));
        for (String level : table.levels()) {
            for (String role : RoleTable.ROLES) {
                int c = table.category(level, role);
                assertEquals(level, table.level(c));
                assertEquals(role, table.role(c));
            }
        }
    }

    @Test
    void eachRowIsAProbabilityDistributionWithTheNamesakeActionOnTop() {
        for (int c = 0; c < table.categories(); c++) {
            double sum = 0;
            for (Action a : Action.ALL) {
                double p = table.actionProbability(c, a);
                assertTrue(p >= 0, "category " + c + " " + a);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-9, "row " + c + " sums to 1");
            assertEquals(0.006667, table.actionProbability(c, Action.FOLLOW), 1e-4, "follow share");
            assertEquals(0.003333, table.actionProbability(c, Action.UNFOLLOW), 1e-4, "unfollow share");
        }
        // Highly active Quoters like more than they quote; moderately active Quoters quote more than they like (§4).
        int hq = table.category("high", "quoter");
        int mq = table.category("medium", "quoter");
        assertTrue(table.actionProbability(hq, Action.LIKE) > table.actionProbability(hq, Action.QUOTE));
        assertTrue(table.actionProbability(mq, Action.QUOTE) > table.actionProbability(mq, Action.LIKE));
        int hr = table.category("high", "replier");
        assertEquals(0.4455, table.actionProbability(hr, Action.REPLY), 1e-9);
    }

    @Test
    void sampledLevelsAndCategoriesFollowTheShares() throws IOException {
        UniformRandomProvider rng = new RandomStreams(7).stream("roles");
        int n = 200_000;
        int[] cat = new int[table.categories()];
        for (int i = 0; i < n; i++) cat[table.sampleCategory(rng)]++;
        double[] level = new double[3];
        for (int c = 0; c < cat.length; c++) level[table.levels().indexOf(table.level(c))] += cat[c] / (double) n;
        assertEquals(0.104, level[0], 0.004, "high");
        assertEquals(0.222, level[1], 0.005, "medium");
        assertEquals(0.674, level[2], 0.005, "low");
        double[] share = categoryShares();
        for (int c = 0; c < cat.length; c++) {
            double se = Math.sqrt(share[c] * (1 - share[c]) / n);
            assertEquals(share[c], cat[c] / (double) n, 5 * se + 1e-4, "category " + c + " " + table.level(c) + "/" + table.role(c));
        }
    }

    @Test
    void sampledActionsFollowTheRow() {
        UniformRandomProvider rng = new RandomStreams(8).stream("actions");
        int c = table.category("high", "quoter");
        int n = 200_000;
        int[] count = new int[Action.ALL.length];
        for (int i = 0; i < n; i++) count[table.sampleAction(c, rng).ordinal()]++;
        for (Action a : Action.ALL) {
            double p = table.actionProbability(c, a);
            assertEquals(p, count[a.ordinal()] / (double) n, 5 * Math.sqrt(p * (1 - p) / n) + 1e-4, a.label());
        }
    }

    /** Spec §4.1 [D]: volume-weighted like:retweet = 2.10 and like:reply = 8.48 (the paper's 2.1 / 8.5, §4 l.394). */
    @Test
    void volumeWeightedRatiosMatchThePaper() throws IOException {
        double[] share = categoryShares();
        double[] volume = new double[Action.ALL.length];
        for (int c = 0; c < table.categories(); c++) {
            double weight = share[c] * table.weeklyQuota(c);
            for (Action a : Action.ALL) volume[a.ordinal()] += weight * table.actionProbability(c, a);
        }
        double like = volume[Action.LIKE.ordinal()];
        assertEquals(2.10, like / volume[Action.RETWEET.ordinal()], 0.02, "like:retweet");
        assertEquals(8.48, like / volume[Action.REPLY.ordinal()], 0.02, "like:reply");
        for (Action a : Action.ALL) assertTrue(volume[a.ordinal()] <= like, "like is the largest aggregate action, not " + a);
    }
}
